package dev.nabla.core.rules;

import java.util.List;

/**
 * Where a primitive is defined and smooth: one open interval per operand, plus a sentence for
 * the documentation. Outside it the value and derivatives follow IEEE arithmetic (usually NaN).
 *
 * @param description the domain in words, e.g. {@code "x > 0"}
 * @param intervals   for each operand, the open interval test points are drawn from
 */
public record Domain(String description, List<Interval> intervals) {

    /** An open interval {@code (lower, upper)}; infinite bounds allowed. */
    public record Interval(double lower, double upper) {
        /** Whether {@code lower < x < upper}. */
        public boolean contains(double x) { return lower < x && x < upper; }
    }

    /** Every real number, for each of {@code arity} operands. */
    public static Domain everywhere(int arity) {
        Interval all = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        return new Domain("all real numbers", java.util.Collections.nCopies(arity, all));
    }

    /** One operand in {@code (lower, upper)}. */
    public static Domain open(String description, double lower, double upper) {
        return new Domain(description, List.of(new Interval(lower, upper)));
    }

    /** Whether every operand lies inside its interval. */
    public boolean contains(double... args) {
        for (int i = 0; i < args.length; i++) if (!intervals.get(i).contains(args[i])) return false;
        return true;
    }
}
