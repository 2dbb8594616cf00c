package dev.nabla.numeric.richardson;

import dev.nabla.numeric.DifferenceScheme;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.difference.Direction;
import dev.nabla.numeric.difference.Placement;
import dev.nabla.numeric.step.Bounds;
import dev.nabla.numeric.step.StepRule;
import dev.nabla.numeric.stencil.Sample;
import dev.nabla.numeric.stencil.Stencil;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;

/**
 * Richardson extrapolation of finite differences with an error estimate (see {@link Extrapolation}):
 *
 * <pre>{@code
 * Estimate d = Richardson.central().derivative(x -> x.atan(), 1.0);   // ≈ 1e-15 relative, 2·steps evaluations
 * }</pre>
 *
 * <p>The base quotient is the central difference of accuracy 2 (error in {@code h², h⁴, …}), or the forward or
 * backward one of accuracy 1 (error in {@code h, h², …}); one-sided ones are used near a bound. The steps are
 * {@code hᵢ = h₀ / 2ⁱ}, {@code i < steps}, from {@code h₀ = s / 4} with the natural scale {@code s} of
 * {@link StepRule#naturalScale(double)}, unless a {@link StepRule} gives {@code h₀}. Defaults: 8 steps,
 * 4 extrapolation levels.
 */
public final class Richardson implements DifferenceScheme {

    /** {@code h₀ / s} by default: large enough that the smallest step keeps rounding low. */
    static final double INITIAL_RELATIVE_STEP = 0.25;
    private static final double RATIO = 2;

    private final Direction direction;
    private final int steps;
    private final int levels;
    /** The rule for the largest step, or {@code null} for {@code s/4} with the natural scale {@code s}. */
    private final StepRule initial;
    private final Bounds bounds;

    private Richardson(Direction direction, int steps, int levels, StepRule initial, Bounds bounds) {
        this.direction = direction;
        this.steps = steps;
        this.levels = levels;
        this.initial = initial;
        this.bounds = bounds;
    }

    /** Extrapolated central differences: 8 steps, 4 levels. */
    public static Richardson central() {
        return new Richardson(Direction.CENTRAL, 8, 4, null, Bounds.NONE);
    }

    /** Extrapolated forward differences. */
    public static Richardson forward() {
        return new Richardson(Direction.FORWARD, 8, 4, null, Bounds.NONE);
    }

    /** Extrapolated backward differences. */
    public static Richardson backward() {
        return new Richardson(Direction.BACKWARD, 8, 4, null, Bounds.NONE);
    }

    /** The same scheme with {@code n ≥ 2} steps. */
    public Richardson steps(int n) {
        if (n < 2 || n > 60) throw new IllegalArgumentException("richardson: steps must be from 2 to 60, got " + n);
        return new Richardson(direction, n, levels, initial, bounds);
    }

    /** The same scheme with at most {@code l ≥ 1} extrapolation levels. */
    public Richardson levels(int l) {
        if (l < 1 || l > 20) throw new IllegalArgumentException("richardson: levels must be from 1 to 20, got " + l);
        return new Richardson(direction, steps, l, initial, bounds);
    }

    /** The same scheme starting from the step {@code rule} gives (the largest step of the sequence). */
    public Richardson initialStep(StepRule rule) {
        if (rule == null) throw new IllegalArgumentException("richardson: initial step rule is null");
        return new Richardson(direction, steps, levels, rule, bounds);
    }

    @Override
    public Richardson withBounds(Bounds bounds) {
        if (bounds == null) throw new IllegalArgumentException("richardson: bounds are null");
        return new Richardson(direction, steps, levels, initial, bounds);
    }

    private double initialStep(double x, Stencil s) {
        if (initial != null) return initial.step(x, s);
        double h = INITIAL_RELATIVE_STEP * StepRule.naturalScale(x);
        double r = (x + h) - x;
        return r > 0 ? r : h;
    }

    private static int baseAccuracy(Direction d) {
        return d == Direction.CENTRAL ? 2 : 1;
    }

    @Override
    public Estimate[] derivatives(DoubleFunction<double[]> f, double x, int order) {
        String operation = "richardson derivative of order " + order;
        if (f == null) throw new IllegalArgumentException(operation + ": the function is null");
        bounds.requireInside(operation, x);
        Placement p = Placement.choose(operation, direction, null, d -> d.stencil(order, baseAccuracy(d)),
                s -> initialStep(x, s), bounds, x);
        Sample[] samples = new Sample[steps];
        double[] h = new double[steps];
        for (int i = 0; i < steps; i++) {
            h[i] = p.step() / Math.pow(RATIO, i);
            samples[i] = Sample.line(p.stencil(), f, x, h[i]);
        }
        return extrapolate(samples, h, p.stencil().accuracy(), p.direction().accuracyStep(),
                p.stencil().absoluteWeightSum(), StepRule.naturalScale(x), order);
    }

    /**
     * {@code ∂²f/∂x∂y} by the four-point product of central differences,
     * {@code (f(x+hx, y+hy) - f(x+hx, y-hy) - f(x-hx, y+hy) + f(x-hx, y-hy)) / (4 hx hy)}, extrapolated over the
     * step sequence (its error expands in {@code h², h⁴, …}). Bounds do not apply here.
     */
    @Override
    public Estimate mixed(DoubleBinaryOperator f, double x, double y) {
        if (f == null) throw new IllegalArgumentException("richardson mixed partial: the function is null");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("richardson mixed partial: the point must be finite, got (" + x + ", " + y + ")");
        }
        Stencil s = Stencil.central(1, 2);
        double hx0 = initialStep(x, s), hy0 = initialStep(y, s);
        Sample[] samples = new Sample[steps];
        double[] h = new double[steps];
        for (int i = 0; i < steps; i++) {
            double shrink = Math.pow(RATIO, i);
            samples[i] = Sample.mixed(s, f, x, y, hx0 / shrink, hy0 / shrink);
            h[i] = Math.sqrt(hx0 * hy0) / shrink;
        }
        double sum = s.absoluteWeightSum();
        return extrapolate(samples, h, 2, 2, sum * sum, Math.sqrt(StepRule.naturalScale(x) * StepRule.naturalScale(y)), 2)[0];
    }

    private Estimate[] extrapolate(Sample[] samples, double[] h, int p, int s, double weightSum, double scale, int k) {
        int m = samples[0].values().length;
        int evaluations = 0;
        for (Sample sample : samples) evaluations += sample.evaluations();
        Estimate[] out = new Estimate[m];
        for (int c = 0; c < m; c++) {
            double[] d = new double[steps], r = new double[steps];
            for (int i = 0; i < steps; i++) {
                d[i] = samples[i].values()[c];
                r[i] = Math.max(samples[i].rounding()[c], Sample.roundingFloor(d[i], weightSum, scale, k, h[i]));
            }
            Extrapolation.Best best = Extrapolation.best(d, r, p, s, RATIO, levels);
            out[c] = new Estimate(best.value(), best.error(), evaluations, h[best.row()]);
        }
        return out;
    }

    @Override
    public String toString() {
        return "richardson (" + direction.name().toLowerCase() + ", " + steps + " steps, " + levels + " levels, initial step " + (initial == null ? "s/4" : initial.toString()) + ")";
    }
}
