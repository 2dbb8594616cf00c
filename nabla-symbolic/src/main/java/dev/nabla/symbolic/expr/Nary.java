package dev.nabla.symbolic.expr;

/** Shared storage of the n-ary nodes {@link Add} and {@link Mul}: children in canonical order. */
public abstract sealed class Nary extends Expr permits Add, Mul {
    /**
     * A sum (product) nested in a sum (product) is flattened into it only up to this many operands;
     * a wider one stays a single operand. This keeps building a long chain {@code s = s + t} linear
     * instead of quadratic, at the price of not collecting like terms across such wide operands.
     */
    public static final int FLATTEN_LIMIT = 128;

    final Expr[] args;

    Nary(long seed, Expr[] args) {
        super(hash(seed, args));
        this.args = args;
    }

    private static long hash(long seed, Expr[] args) {
        long h = seed;
        for (Expr a : args) h = combine(h, a.structuralHash());
        return h;
    }

    @Override public final int arity() { return args.length; }

    @Override
    public final Expr arg(int i) {
        if (i < 0 || i >= args.length) {
            throw new IllegalArgumentException("arg(" + i + "): a " + kind() + " node has " + args.length + " children");
        }
        return args[i];
    }

    @Override
    final boolean sameNode(Expr other) {
        Expr[] o = ((Nary) other).args;
        if (o.length != args.length) return false;
        for (int i = 0; i < args.length; i++) if (o[i] != args[i]) return false;
        return true;
    }
}
