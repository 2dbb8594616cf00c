package dev.nabla.numeric.step;

import dev.nabla.numeric.stencil.Sample;
import dev.nabla.numeric.stencil.Stencil;

/**
 * How the step {@code h} of a finite difference is chosen at a point {@code x}.
 *
 * <p>The default is the asymptotically optimal step. A stencil of derivative order {@code k}, accuracy
 * {@code p}, weights {@code w} and error constant {@code C} makes two errors: rounding
 * {@code ε |f| Σ|wⱼ| / hᵏ} and truncation {@code |C| |f⁽ᵏ⁺ᵖ⁾| hᵖ}. Their sum is smallest at
 * {@code hᵏ⁺ᵖ = k ε Σ|wⱼ| |f| / (p |C| |f⁽ᵏ⁺ᵖ⁾|)}. Taking the function to vary on a scale {@code s} of its
 * argument, {@code |f⁽ᵏ⁺ᵖ⁾| ≈ |f| / sᵏ⁺ᵖ}, gives
 *
 * <pre>{@code h = s · (k ε Σ|wⱼ| / (p |C|))^(1/(k+p))}</pre>
 *
 * e.g. {@code s · (3ε)^(1/3) ≈ 8.7e-6 s} for the two-point central first derivative, {@code s · 2√ε ≈ 3e-8 s}
 * for the two-point forward one, and {@code s · (45ε/4)^(1/5) ≈ 1.1e-3 s} for the four-point central one.
 *
 * <p>The scale is {@code s = |x|} for {@code 0 < |x| ≤ 1} (near 0 a function such as {@code log x} or
 * {@code 1/x} varies on the scale of {@code x} itself), {@code s = 1 + ln|x|} for {@code |x| > 1} (growing
 * with {@code x} like numdifftools' {@code log(1 + |x|)}, since a function such as {@code sin x} does not vary
 * more slowly at {@code x = 1000}), and {@code s = 1} at {@code x = 0}. A user who knows the function's scale
 * gives it with {@link #optimal(double)}: {@code s = max(|x|, typical)}, Dennis and Schnabel's rule. The optimal
 * step is finally rounded so that {@code x + h} is a floating-point number and {@code (x + h) - x = h} exactly.
 * A user's absolute step, or relative step {@code r · max(|x|, 1)}, overrides all this and is used as given.
 */
public final class StepRule {

    private enum Kind { OPTIMAL, ABSOLUTE, RELATIVE }

    private final Kind kind;
    private final double amount;

    private StepRule(Kind kind, double amount) {
        this.kind = kind;
        this.amount = amount;
    }

    /** The asymptotically optimal step on the natural scale {@link #naturalScale(double)}. */
    public static StepRule optimal() {
        return new StepRule(Kind.OPTIMAL, 0);
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

    /**
     * The scale {@code s} of the argument at {@code x}: {@code max(|x|, typical)} when a typical magnitude was
     * given, {@code max(|x|, 1)} for a relative step, else {@link #naturalScale(double)}.
     */
    public double scale(double x) {
        if (kind == Kind.OPTIMAL && amount == 0) return naturalScale(x);
        return Math.max(Math.abs(x), kind == Kind.OPTIMAL ? amount : 1);
    }

    /** {@code |x|} for {@code 0 < |x| ≤ 1}, {@code 1 + ln|x|} above, 1 at 0. */
    public static double naturalScale(double x) {
        double a = Math.abs(x);
        if (a == 0) return 1;
        return a <= 1 ? a : 1 + Math.log(a);
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
        return switch (kind) {
            case ABSOLUTE -> amount;
            case RELATIVE -> amount * scale(x);
            case OPTIMAL -> representable(x, scale(x) * optimalFactor(k, p, absoluteWeightSum, errorConstant));
        };
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
            case OPTIMAL -> amount == 0 ? "optimal step" : "optimal step (typical magnitude " + amount + ")";
            case ABSOLUTE -> "step " + amount;
            case RELATIVE -> "relative step " + amount;
        };
    }
}
