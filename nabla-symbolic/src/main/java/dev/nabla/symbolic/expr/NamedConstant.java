package dev.nabla.symbolic.expr;

/** {@code pi} or {@code e}: kept exact in expressions ({@code pi - pi = 0}), rounded only on evaluation. */
public final class NamedConstant extends Constant {
    /** π. */
    public static final NamedConstant PI = Interner.intern(new NamedConstant("pi", Math.PI));
    /** Euler's number e; {@code e^x} is built as {@code exp(x)}. */
    public static final NamedConstant E = Interner.intern(new NamedConstant("e", Math.E));

    private final String name;
    private final double value;

    private NamedConstant(String name, double value) {
        super(Expr.hashString("const:" + name));
        this.name = name;
        this.value = value;
    }

    /** {@code pi} or {@code e}. */
    public String name() { return name; }

    @Override public double value() { return value; }
    @Override public Kind kind() { return Kind.NAMED_CONSTANT; }

    @Override
    boolean sameNode(Expr other) {
        return name.equals(((NamedConstant) other).name);
    }
}
