package dev.nabla.numeric.step;

import dev.nabla.numeric.stencil.Sample;
import dev.nabla.numeric.stencil.Stencil;

/**
 * How the step {@code h} of a finite difference is chosen at a point {@code x}.
 *
 * <p>The default is the asymptotically optimal step. A stencil of derivative order {@code k}, accuracy
 * {@code p}, weights {@code w} and error constant {@code C} makes two errors: rounding
 * {@code ε |f| Σ|wⱼ| / hᵏ} and truncation {@code |C| |f⁽ᵏ⁺ᵖ⁾| hᵖ}. Their sum is smallest at
 * {@code hᵏ⁺ᵖ = k ε Σ|wⱼ| |f| / (p |C| |f⁽ᵏ⁺ᵖ⁾|)}. Taking the function to vary on the scale of its argument,
 * {@code |f⁽ᵏ⁺ᵖ⁾| ≈ |f| / sᵏ⁺ᵖ} with {@code s = max(|x|, typical)} (Dennis and Schnabel's rule; typical = 1 by
 * default), gives
 *
 * <pre>{@code h = s · (k ε Σ|wⱼ| / (p |C|))^(1/(k+p))}</pre>
 *
 * e.g. {@code s · (3ε)^(1/3) ≈ 8.7e-6 s} for the two-point central first derivative and
 * {@code s · 2√ε ≈ 3e-8 s} for the two-point forward one. The step is then rounded so that {@code x + h}
 * is a floating-point number and {@code (x + h) - x = h} exactly.
 */
public final class StepRule {

    private enum Kind { OPTIMAL, ABSOLUTE, RELATIVE }

    private final Kind kind;
    private final double amount;

    private StepRule(Kind kind, double amount) {
        this.kind = kind;
        this.amount = amount;
    }

    /** The asymptotically optimal step with typical magnitude 1. */
    public static StepRule optimal() {
        return new StepRule(Kind.OPTIMAL, 1);
    }

    /** The asymptotically optimal step, with {@code s = max(|x|, typicalMagnitude)}. */
    public static StepRule optimal(double typicalMagnitude) {
        return new StepRule(Kind.OPTIMAL, positive("typical magnitude", typicalMagnitude));
    }

    /** Always the step {@code h}. */
    public static StepRule absolute(double h) {
        return new StepRule(Kind.ABSOLUTE, positive("step", h));
    }

    /** The step {@code r · max(|x|, 1)}. */
    public static StepRule relative(double r) {
        return new StepRule(Kind.RELATIVE, positive("relative step", r));
    }

    private static double positive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("step rule: the " + what + " must be positive and finite, got " + v);
        }
        return v;
    }

    /** Whether the user fixed the step (absolute or relative) rather than leaving it to the rule. */
    public boolean isUserGiven() {
        return kind != Kind.OPTIMAL;
    }

    /** The scale {@code s} of the argument at {@code x}: {@code max(|x|, typical)}. */
    public double scale(double x) {
        return Math.max(Math.abs(x), kind == Kind.OPTIMAL ? amount : 1);
    }

    /** The step for {@code stencil} at {@code x}. */
    public double step(double x, Stencil stencil) {
        return step(x, stencil.order(), stencil.accuracy(), stencil.absoluteWeightSum(), stencil.errorConstant());
    }

    /**
     * The step at {@code x} for a formula of derivative order {@code k} and accuracy {@code p} with weight sum
     * {@code Σ|wⱼ|} and error constant {@code C}; the user's step if one was given.
     */
    public double step(double x, int k, int p, double absoluteWeightSum, double errorConstant) {
        double h = switch (kind) {
            case ABSOLUTE -> amount;
            case RELATIVE -> amount * scale(x);
            case OPTIMAL -> scale(x) * optimalFactor(k, p, absoluteWeightSum, errorConstant);
        };
        return representable(x, h);
    }

    /** {@code (k ε Σ|wⱼ| / (p |C|))^(1/(k+p))}, the optimal step for a unit scale. */
    public static double optimalFactor(int k, int p, double absoluteWeightSum, double errorConstant) {
        return Math.pow(k * Sample.EPSILON * absoluteWeightSum / (p * Math.abs(errorConstant)), 1.0 / (k + p));
    }

    /** {@code h} nudged so that {@code (x + h) - x == h}, as long as that keeps it positive. */
    static double representable(double x, double h) {
        double r = (x + h) - x;
        return r > 0 ? r : h;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case OPTIMAL -> "optimal step (typical magnitude " + amount + ")";
            case ABSOLUTE -> "step " + amount;
            case RELATIVE -> "relative step " + amount;
        };
    }
}
