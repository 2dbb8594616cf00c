package dev.nabla.numeric.step;

import dev.nabla.numeric.stencil.Stencil;

/**
 * The closed interval {@code [lower, upper]} where a function may be evaluated (e.g. {@code [0, ∞)} for
 * {@code √x}). A stencil that would reach outside it is replaced by a one-sided one.
 *
 * @param lower the lower bound, possibly {@code -∞}
 * @param upper the upper bound, possibly {@code +∞}
 */
public record Bounds(double lower, double upper) {

    /** No bounds: the whole real line. */
    public static final Bounds NONE = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** @throws IllegalArgumentException if a bound is NaN or {@code lower ≥ upper} */
    public Bounds {
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("bounds: need lower < upper, got [" + lower + ", " + upper + "]");
        }
    }

    /** Whether {@code x} lies in the interval. */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    /** Whether every point {@code x + oⱼh} of {@code stencil} lies in the interval. */
    public boolean fits(Stencil stencil, double x, double h) {
        return contains(x + stencil.minOffset() * h) && contains(x + stencil.maxOffset() * h);
    }

    /** The largest step {@code ≤ h} with which {@code stencil} fits at {@code x} (0 if none does). */
    public double largestFittingStep(Stencil stencil, double x, double h) {
        double room = h;
        if (stencil.minOffset() < 0) room = Math.min(room, (x - lower) / -stencil.minOffset());
        if (stencil.maxOffset() > 0) room = Math.min(room, (upper - x) / stencil.maxOffset());
        while (room > 0 && !fits(stencil, x, room)) room = Math.nextDown(room);
        return room;
    }

    /** Throws unless {@code x} is finite and inside the interval. */
    public void requireInside(String operation, double x) {
        if (!Double.isFinite(x)) throw new IllegalArgumentException(operation + ": the point must be finite, got " + x);
        if (!contains(x)) {
            throw new IllegalArgumentException(operation + ": the point " + x + " is outside the bounds [" + lower + ", " + upper + "]");
        }
    }
}
