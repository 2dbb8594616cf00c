package dev.nabla.numeric.difference;

import dev.nabla.numeric.step.Bounds;
import dev.nabla.numeric.stencil.Stencil;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A stencil and step that keep every evaluation inside the bounds: the preferred stencil if it fits, else
 * the one-sided stencil pointing into the domain, else whichever of them fits with the largest shortened step.
 *
 * @param stencil   the stencil to use
 * @param step      the step to use
 * @param direction the direction of {@code stencil}, or {@code null} for a stencil on the user's own offsets
 */
public record Placement(Stencil stencil, double step, Direction direction) {

    /**
     * Places a stencil at {@code x}.
     *
     * @param preferred the user's direction, or {@code null} when {@code custom} is the only stencil
     * @param custom    the user's own stencil, used instead of {@code stencilOf} when not null
     * @param stencilOf the stencil of each direction
     * @param stepOf    the step each stencil wants at {@code x}
     * @throws IllegalArgumentException if no stencil fits in the bounds at any positive step
     */
    public static Placement choose(String operation, Direction preferred, Stencil custom,
                                   Function<Direction, Stencil> stencilOf, ToDoubleFunction<Stencil> stepOf,
                                   Bounds bounds, double x) {
        Stencil first = custom != null ? custom : stencilOf.apply(preferred);
        double h = stepOf.applyAsDouble(first);
        if (bounds.fits(first, x, h)) return new Placement(first, h, custom != null ? null : preferred);
        Placement best = new Placement(first, bounds.largestFittingStep(first, x, h), custom != null ? null : preferred);
        if (custom == null) {
            Direction inward = bounds.upper() - x >= x - bounds.lower() ? Direction.FORWARD : Direction.BACKWARD;
            for (Direction d : new Direction[] {inward, inward == Direction.FORWARD ? Direction.BACKWARD : Direction.FORWARD}) {
                if (d == preferred) continue;
                Stencil s = stencilOf.apply(d);
                double hs = stepOf.applyAsDouble(s);
                if (bounds.fits(s, x, hs)) return new Placement(s, hs, d);
                double shortened = bounds.largestFittingStep(s, x, hs);
                if (shortened > best.step) best = new Placement(s, shortened, d);
            }
        }
        if (!(best.step > 0)) {
            throw new IllegalArgumentException(operation + ": no stencil fits inside the bounds [" + bounds.lower()
                    + ", " + bounds.upper() + "] at " + x);
        }
        return best;
    }
}
