package dev.nabla.symbolic.expr;

/**
 * A floating-point constant, from a decimal literal ({@code 0.5}, {@code 1e-3}) or from an operation
 * involving one. Arithmetic with a float gives a float, as in SymPy. NaN stands for undefined results
 * such as division by exact zero.
 */
public final class Decimal extends Constant {
    /** NaN: the value of {@code 1/0}, {@code 0·∞} and other undefined constants. */
    public static final Decimal NAN = of(Double.NaN);

    private final double value;

    private Decimal(double value) {
        super(Expr.combine(0xDEC1L, Double.doubleToLongBits(value)));
        this.value = value;
    }

    /** The float {@code v}. */
    public static Decimal of(double v) {
        return Interner.intern(new Decimal(v));
    }

    @Override public double value() { return value; }
    @Override public Kind kind() { return Kind.FLOAT; }
    @Override public boolean isNumber() { return true; }

    @Override
    boolean sameNode(Expr other) {
        return Double.doubleToLongBits(value) == Double.doubleToLongBits(((Decimal) other).value);
    }
}
