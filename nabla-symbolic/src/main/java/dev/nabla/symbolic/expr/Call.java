package dev.nabla.symbolic.expr;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;

/** A function of the rule table applied to its operands: {@code sin(x)}, {@code atan2(y, x)}, {@code max(a, b)}. */
public final class Call extends Expr {
    private final Primitive primitive;
    private final Expr[] args;

    private Call(Primitive primitive, Expr[] args) {
        super(hash(primitive, args));
        this.primitive = primitive;
        this.args = args;
    }

    private static long hash(Primitive p, Expr[] args) {
        long h = hashString("call:" + p.name());
        for (Expr a : args) h = combine(h, a.structuralHash());
        return h;
    }

    /** The primitive: a {@link UnaryPrimitive} or a {@link BinaryPrimitive} of {@link Primitives}. */
    public Primitive primitive() { return primitive; }

    /** The function name ({@code sin}). */
    public String name() { return primitive.name(); }

    @Override public Kind kind() { return Kind.CALL; }
    @Override public int arity() { return args.length; }

    @Override
    public Expr arg(int i) {
        if (i < 0 || i >= args.length) throw new IllegalArgumentException("arg(" + i + "): " + name() + " has " + args.length + " operands");
        return args[i];
    }

    @Override
    boolean sameNode(Expr other) {
        Call c = (Call) other;
        if (c.primitive != primitive || c.args.length != args.length) return false;
        for (int i = 0; i < args.length; i++) if (c.args[i] != args[i]) return false;
        return true;
    }

    /**
     * {@code p(args)}: the arithmetic primitives build sums, products and powers; the others a call,
     * folded when the operands are numbers and the result is exact (see {@link #of(UnaryPrimitive, Expr)}).
     *
     * @throws IllegalArgumentException if the number of operands is not the primitive's arity
     */
    public static Expr of(Primitive p, Expr... args) {
        if (args.length != p.arity()) {
            throw new IllegalArgumentException(p.name() + ": takes " + p.arity() + " operand" + (p.arity() == 1 ? "" : "s")
                    + ", got " + args.length);
        }
        if (p instanceof UnaryPrimitive u) return args[0].apply(u);
        return args[0].apply((BinaryPrimitive) p, args[1]);
    }

    /**
     * {@code p(a)}, folded when {@code a} is a float (to a float), when {@code p} is {@code abs},
     * {@code sign} or {@code heaviside} of a rational (exactly), when {@code a ∈ {-1, 0, 1}} and the
     * value is an integer ({@code sin(0) = 0}, {@code exp(0) = 1}, {@code log(1) = 0} …), and for
     * exact cube roots.
     */
    public static Expr of(UnaryPrimitive p, Expr a) {
        if (a instanceof Decimal d) return Decimal.of(p.value().applyAsDouble(d.value()));
        if (a instanceof Rational r) {
            if (p == Primitives.ABS) return r.signum() < 0 ? r.negate() : r;
            if (p == Primitives.SIGN) return Rational.of(r.signum());
            if (p == Primitives.HEAVISIDE) return r.signum() > 0 ? Rational.ONE : r.signum() < 0 ? Rational.ZERO : Rational.HALF;
            if (p == Primitives.CBRT) {
                Rational root = r.root(3);
                if (root != null) return root;
            }
            if (r.isInteger() && r.numerator().abs().compareTo(java.math.BigInteger.ONE) <= 0) {
                double v = p.value().applyAsDouble(r.value());
                if (Double.isFinite(v) && v == Math.rint(v)) return Rational.of((long) v);
            }
        }
        if ((p == Primitives.ABS || p == Primitives.SIGN) && a instanceof Call c && c.primitive == p) return a;
        return Interner.intern(new Call(p, new Expr[] {a}));
    }

    /**
     * {@code p(a, b)}, folded when both are numbers and one is a float, or for {@code min}/{@code max} of
     * rationals, of equal operands, and with a NaN operand (NaN, as {@code Math.min}; SymPy cannot compare NaN).
     */
    public static Expr of(BinaryPrimitive p, Expr a, Expr b) {
        boolean minmax = p == Primitives.MIN || p == Primitives.MAX;
        if (minmax && (Numbers.isNaN(a) || Numbers.isNaN(b))) return Decimal.NAN;
        if (a.isNumber() && b.isNumber()) {
            if (a instanceof Decimal || b instanceof Decimal) {
                return Decimal.of(p.value().applyAsDouble(((Constant) a).value(), ((Constant) b).value()));
            }
            if (minmax) {
                int c = ((Rational) a).compareTo((Rational) b);
                return (p == Primitives.MIN) == (c <= 0) ? a : b;
            }
        }
        if (minmax && a == b) return a;
        return Interner.intern(new Call(p, new Expr[] {a, b}));
    }
}
