package dev.nabla.symbolic.compile;

/** One point of a batch, with the point's index added to an argument error. */
final class Batches {
    private Batches() {}

    static double scalarAt(CompiledFunction f, double[] x, int i) {
        try {
            return f.applyAsDouble(x);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("applyBatch: point " + i + ": " + e.getMessage(), e);
        }
    }

    static void vectorAt(CompiledVectorFunction f, double[] x, double[] out, int i) {
        try {
            f.apply(x, out);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("applyBatch: point " + i + ": " + e.getMessage(), e);
        }
    }
}
