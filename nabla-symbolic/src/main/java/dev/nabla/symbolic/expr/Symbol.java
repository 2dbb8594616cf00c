package dev.nabla.symbolic.expr;

/** A variable, named by an identifier ({@code x}, {@code theta_1}). */
public final class Symbol extends Expr {
    private final String name;

    private Symbol(String name) {
        super(Expr.hashString("sym:" + name));
        this.name = name;
    }

    /**
     * The symbol called {@code name}.
     *
     * @throws IllegalArgumentException if {@code name} is not an identifier (a letter or {@code _}, then
     *                                  letters, ASCII digits and {@code _}), or is reserved
     *                                  ({@link Functions#isReserved}: a constant or function name, which would not read back)
     */
    public static Symbol of(String name) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("symbol: the name is empty");
        if (!Character.isLetter(name.codePointAt(0)) && name.charAt(0) != '_') {
            throw new IllegalArgumentException("symbol: '" + name + "' is not an identifier (must start with a letter or _)");
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!Character.isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                throw new IllegalArgumentException("symbol: '" + name + "' is not an identifier (character U+"
                        + String.format("%04X", c) + " at " + i + "; letters, ASCII digits and _ only)");
            }
            i += Character.charCount(c);
        }
        if (Functions.isReserved(name)) {
            throw new IllegalArgumentException("symbol: '" + name + "' is reserved (a constant or function name: "
                    + String.join(", ", Functions.reservedWords()) + ", " + String.join(", ", Functions.names()) + ", "
                    + String.join(", ", Functions.sympySpellings()) + ")");
        }
        return Interner.intern(new Symbol(name));
    }

    /** The name. */
    public String name() { return name; }

    @Override public Kind kind() { return Kind.SYMBOL; }

    @Override
    boolean sameNode(Expr other) {
        return name.equals(((Symbol) other).name);
    }
}
