package dev.nabla.numeric.check;

/**
 * One component of a gradient check.
 *
 * @param index          the coordinate
 * @param claimed        the gradient component under test
 * @param reference      the finite-difference reference
 * @param referenceError the reference's own error estimate
 * @param absoluteError  {@code |claimed - reference|}
 * @param relativeError  {@code |claimed - reference| / |reference|} (infinite when the reference is 0 and they differ)
 * @param tolerance      the largest absolute difference accepted
 */
public record ComponentCheck(int index, double claimed, double reference, double referenceError,
                             double absoluteError, double relativeError, double tolerance) {

    /** Whether the claimed value is within the tolerance of the reference (never, if either is NaN). */
    public boolean passed() {
        return absoluteError <= tolerance;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "component %d: claimed %.17g, finite differences %.17g ± %.2g, absolute error %.3g,"
                        + " relative error %.3g, tolerance %.3g: %s", index, claimed, reference, referenceError,
                absoluteError, relativeError, tolerance, passed() ? "ok" : "FAILED");
    }
}
