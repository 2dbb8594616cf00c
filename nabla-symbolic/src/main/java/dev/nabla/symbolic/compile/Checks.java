package dev.nabla.symbolic.compile;

/** Argument checks called by the generated classes (same package, so package access suffices). */
final class Checks {
    private Checks() {}

    /**
     * @throws IllegalArgumentException unless {@code x} holds one value for each of the {@code n}
     *                                  variables called {@code names}
     */
    static void inputs(double[] x, int n, String operation, String names) {
        if (x == null || x.length != n) {
            throw new IllegalArgumentException(operation + ": expected " + n + " value" + (n == 1 ? "" : "s")
                    + " (" + names + "), got " + (x == null ? "null" : Integer.toString(x.length)));
        }
    }

    /** @throws IllegalArgumentException unless {@code out} has room for the {@code m} outputs */
    static void outputs(double[] out, int m, String operation) {
        if (out == null || out.length != m) {
            throw new IllegalArgumentException(operation + ": the output array must have length " + m + ", got "
                    + (out == null ? "null" : Integer.toString(out.length)));
        }
    }
}
