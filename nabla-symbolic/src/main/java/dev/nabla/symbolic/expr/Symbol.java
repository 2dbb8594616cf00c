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
     * @throws IllegalArgumentException if {@code name} is not an identifier, or is {@code pi}, {@code e}
     *                                  or a function name (they would not read back)
     */
    public static Symbol of(String name) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("symbol: the name is empty");
        if (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
            throw new IllegalArgumentException("symbol: '" + name + "' is not an identifier (must start with a letter or _)");
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                throw new IllegalArgumentException("symbol: '" + name + "' is not an identifier (character '" + c + "' at " + i + ")");
            }
        }
        if (name.equals("pi") || name.equals("e") || name.equals("nan") || name.equals("inf") || Functions.named(name).isPresent()) {
            throw new IllegalArgumentException("symbol: '" + name + "' is reserved (a constant or function name: pi, e, nan, inf, " + String.join(", ", Functions.names()) + ")");
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
