package dev.nabla.core.algebra;

/** Helpers every backend shares when it meets an operand. */
public final class Backends {
    private Backends() {}

    /** The plain values of {@code args}. */
    public static double[] values(Num[] args) {
        double[] v = new double[args.length];
        for (int i = 0; i < args.length; i++) v[i] = args[i].doubleValue();
        return v;
    }

    /**
     * {@code args} with every {@link Real} replaced by a constant of {@code model}'s backend, so that
     * {@code model.apply(p, result)} sees operands of one backend only.
     */
    public static Num[] lift(Num[] args, Num model) {
        Num[] lifted = new Num[args.length];
        for (int i = 0; i < args.length; i++) {
            lifted[i] = args[i] instanceof Real r ? model.constant(r.value()) : args[i];
        }
        return lifted;
    }

    /**
     * {@code y} as backend type {@code type}, or an exception naming the operation and both backends.
     */
    public static <T extends Num> T require(Class<T> type, Num y, String operation) {
        if (type.isInstance(y)) return type.cast(y);
        throw mismatch(type, y, operation);
    }

    /** The exception for an operand {@code y} that a {@code type} cannot combine with. */
    public static IllegalArgumentException mismatch(Class<?> type, Num y, String operation) {
        if (y == null) return new IllegalArgumentException(operation + ": operand is null");
        return new IllegalArgumentException(operation + ": cannot combine a " + type.getSimpleName()
                + " with a " + y.getClass().getSimpleName() + " (operands must come from the same backend)");
    }
}
