package dev.nabla.core.rules;

/**
 * A point where a primitive is not smooth and the derivative every mode returns there, chosen once.
 *
 * @param at       the operands
 * @param partials the partial derivatives every mode must give at {@code at}
 * @param why      the convention in words (e.g. {@code "subgradient 0, as PyTorch"})
 */
public record SpecialPoint(double[] at, double[] partials, String why) {
    /** A special point of a one-operand primitive. */
    public static SpecialPoint of(double x, double derivative, String why) {
        return new SpecialPoint(new double[] {x}, new double[] {derivative}, why);
    }

    /** A special point of a two-operand primitive. */
    public static SpecialPoint of(double x, double y, double dx, double dy, String why) {
        return new SpecialPoint(new double[] {x, y}, new double[] {dx, dy}, why);
    }
}
