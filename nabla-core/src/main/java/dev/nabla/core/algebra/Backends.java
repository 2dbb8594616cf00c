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
     * {@code y} as backend type {@code type}, or an exception naming the operation and both backends.
     * A {@link Real} is accepted by every backend as a constant by the callers that check for it first.
     */
    public static <T extends Num> T require(Class<T> type, Num y, String operation) {
        if (type.isInstance(y)) return type.cast(y);
        if (y == null) throw new IllegalArgumentException(operation + ": operand is null");
        throw new IllegalArgumentException(operation + ": cannot combine a " + type.getSimpleName()
                + " with a " + y.getClass().getSimpleName() + " (operands must come from the same backend)");
    }
}
