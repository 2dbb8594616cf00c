package dev.nabla.symbolic.expr;

import dev.nabla.core.rules.CustomPrimitive;

/**
 * A user-defined {@link CustomPrimitive} applied to operands. Differentiating it needs the
 * primitive's algebra rule ({@link CustomPrimitive#withRule}).
 */
public final class CustomCall extends Expr {
    private final CustomPrimitive primitive;
    private final Expr[] args;

    private CustomCall(CustomPrimitive primitive, Expr[] args) {
        super(hash(primitive, args));
        this.primitive = primitive;
        this.args = args;
    }

    private static long hash(CustomPrimitive p, Expr[] args) {
        long h = hashString("custom:" + p.name());
        for (Expr a : args) h = combine(h, a.structuralHash());
        return h;
    }

    /** {@code p(args)}. */
    public static Expr of(CustomPrimitive p, Expr... args) {
        if (args.length != p.arity()) {
            throw new IllegalArgumentException("custom primitive '" + p.name() + "' takes " + p.arity() + " operands, got " + args.length);
        }
        return Interner.intern(new CustomCall(p, args.clone()));
    }

    /** The primitive. */
    public CustomPrimitive primitive() { return primitive; }

    @Override public Kind kind() { return Kind.CUSTOM; }
    @Override public int arity() { return args.length; }

    @Override
    public Expr arg(int i) {
        if (i < 0 || i >= args.length) throw new IllegalArgumentException("arg(" + i + "): " + primitive.name() + " has " + args.length + " operands");
        return args[i];
    }

    @Override
    boolean sameNode(Expr other) {
        CustomCall c = (CustomCall) other;
        if (c.primitive != primitive || c.args.length != args.length) return false;
        for (int i = 0; i < args.length; i++) if (c.args[i] != args[i]) return false;
        return true;
    }
}
