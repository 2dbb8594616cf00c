package dev.nabla.symbolic.jit;

/**
 * Per-thread working memory of a compiled object: the kernel's scratch array and any staging
 * buffers, allocated once per thread on first use, so calls allocate nothing and two threads
 * never share one.
 */
final class Scratch {
    private final ThreadLocal<double[][]> local;

    /** Buffers of the given lengths; a length of 0 gives {@code null}. */
    Scratch(int... lengths) {
        int[] copy = lengths.clone();
        this.local = ThreadLocal.withInitial(() -> {
            double[][] buffers = new double[copy.length][];
            for (int i = 0; i < copy.length; i++) buffers[i] = copy[i] == 0 ? null : new double[copy[i]];
            return buffers;
        });
    }

    /** The calling thread's buffers, in the order of the lengths. */
    double[][] get() {
        return local.get();
    }
}
