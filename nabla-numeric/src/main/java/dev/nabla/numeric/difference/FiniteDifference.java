package dev.nabla.numeric.difference;

import dev.nabla.numeric.DifferenceScheme;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.step.Bounds;
import dev.nabla.numeric.step.StepRule;
import dev.nabla.numeric.stencil.Sample;
import dev.nabla.numeric.stencil.Stencil;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;

/**
 * A finite difference at one step, {@code f⁽ᵏ⁾(x) ≈ Σ wⱼ f(x + oⱼh) / hᵏ}. Immutable; configure by chaining:
 *
 * <pre>{@code
 * Estimate d = FiniteDifference.central().derivative(x -> x.sin(), 1.0);          // accuracy 4, optimal step
 * Estimate d2 = FiniteDifference.forward().accuracy(2).step(StepRule.absolute(1e-4))
 *         .derivative(x -> x.exp(), 0.0);
 * Estimate seed = FiniteDifference.seedCentral(1e-3).derivative(x -> x.pow(2), 2.0);   // (f(x+h/2) - f(x-h/2)) / h
 * }</pre>
 *
 * <p>Defaults: central differences of accuracy 4 ({@code -2, -1, 1, 2}: four evaluations, error
 * {@code ≈ ε^(4/5)}, about {@code 1e-13} relative for a well-scaled function), one-sided ones of accuracy 2;
 * the step by {@link StepRule#optimal()}. The seed notebooks' central difference evaluates at
 * {@code x ± h/2} with a fixed {@code h}; {@link #seedCentral(double)} reproduces it. The default differs
 * because a fixed step is only right for one scale of {@code x} and {@code f}, and accuracy 2 at its best step
 * leaves {@code ε^(2/3) ≈ 4e-11} where accuracy 4 leaves {@code 1e-13}.
 *
 * <p>The error estimate is the rounding bound {@code u ε max(Σ |wⱼ fⱼ|, Σ|wⱼ| |f⁽ᵏ⁾| sᵏ) / hᵏ} (see
 * {@link Sample}; the second term covers functions whose value is a cancelling sum) plus the truncation error. When the
 * stencil has a lower-accuracy sub-stencil (accuracy {@code q}, constant {@code C'}), the truncation error is
 * taken from the difference {@code Δ} of the two on the same evaluations:
 * {@code |C / C'| · |Δ| · (h/s)^(p - q)}; otherwise from the model behind the optimal step,
 * {@code |C| hᵖ |f| / sᵏ⁺ᵖ}. Both lean on the scale {@code s} of the argument (the lower stencil's difference also
 * shrinks it when the function visibly varies faster), so the reported error is
 * {@code rounding + 10 · truncation}. It is the error's typical size, not a bound: on random points of
 * well-conditioned functions it is below the actual error in about 1.6% of the cases, by at most a factor of
 * about 4; and a function that loses relative accuracy inside (such as {@code log(cosh x)} near 0, where
 * {@code cosh x} rounds to 1) has rounding errors no model of its values can see.
 * {@link dev.nabla.numeric.richardson.Richardson} measures the error instead of modelling it.
 */
public final class FiniteDifference implements DifferenceScheme {

    /**
     * The truncation models assume a scale the function may not have; this factor covers that mismatch (chosen
     * on the accuracy suite, where it makes the estimate at least the actual error in nearly every case).
     */
    static final double TRUNCATION_SAFETY = 10;

    private final Direction direction;
    private final int accuracy;
    private final double[] offsets;
    private final StepRule rule;
    private final Bounds bounds;

    private FiniteDifference(Direction direction, int accuracy, double[] offsets, StepRule rule, Bounds bounds) {
        this.direction = direction;
        this.accuracy = accuracy;
        this.offsets = offsets;
        this.rule = rule;
        this.bounds = bounds;
    }

    /** Central differences, accuracy 4, optimal step. */
    public static FiniteDifference central() {
        return new FiniteDifference(Direction.CENTRAL, 4, null, StepRule.optimal(), Bounds.NONE);
    }

    /** Forward differences, accuracy 2, optimal step. */
    public static FiniteDifference forward() {
        return new FiniteDifference(Direction.FORWARD, 2, null, StepRule.optimal(), Bounds.NONE);
    }

    /** Backward differences, accuracy 2, optimal step. */
    public static FiniteDifference backward() {
        return new FiniteDifference(Direction.BACKWARD, 2, null, StepRule.optimal(), Bounds.NONE);
    }

    /** The stencil on the user's {@code offsets} (in steps), weights by Fornberg's algorithm, optimal step. */
    public static FiniteDifference onOffsets(double... offsets) {
        if (offsets == null) throw new IllegalArgumentException("finite difference: offsets are null");
        Stencil.of(1, offsets);
        return new FiniteDifference(Direction.CENTRAL, 0, offsets.clone(), StepRule.optimal(), Bounds.NONE);
    }

    /** The seed notebooks' central difference {@code (f(x + h/2) - f(x - h/2)) / h} with their fixed step {@code h}. */
    public static FiniteDifference seedCentral(double h) {
        return onOffsets(-0.5, 0.5).step(StepRule.absolute(h));
    }

    /** The same difference with accuracy order {@code p} (even for central differences). */
    public FiniteDifference accuracy(int p) {
        if (offsets != null) throw new IllegalArgumentException("finite difference: accuracy cannot be set on a stencil of given offsets");
        direction.stencil(1, p);
        return new FiniteDifference(direction, p, null, rule, bounds);
    }

    /** The same difference with the step chosen by {@code rule}. */
    public FiniteDifference step(StepRule rule) {
        if (rule == null) throw new IllegalArgumentException("finite difference: step rule is null");
        return new FiniteDifference(direction, accuracy, offsets, rule, bounds);
    }

    /** The same difference, evaluating only inside {@code [lower, upper]}. */
    public FiniteDifference bounds(double lower, double upper) {
        return withBounds(new Bounds(lower, upper));
    }

    @Override
    public FiniteDifference withBounds(Bounds bounds) {
        if (bounds == null) throw new IllegalArgumentException("finite difference: bounds are null");
        return new FiniteDifference(direction, accuracy, offsets, rule, bounds);
    }

    /** The stencil used away from the bounds for a derivative of {@code order}. */
    public Stencil stencil(int order) {
        return offsets != null ? Stencil.of(order, offsets) : direction.stencil(order, accuracy);
    }

    @Override
    public Estimate[] derivatives(DoubleFunction<double[]> f, double x, int order) {
        String operation = "finite difference of order " + order;
        if (f == null) throw new IllegalArgumentException(operation + ": the function is null");
        bounds.requireInside(operation, x);
        Stencil custom = offsets != null ? Stencil.of(order, offsets) : null;
        Placement p = Placement.choose(operation, direction, custom, d -> d.stencil(order, accuracy),
                s -> rule.step(x, s), bounds, x);
        Sample sample = Sample.line(p.stencil(), f, x, p.step());
        return estimates(sample, p.stencil(), p.step(), rule.scale(x));
    }

    /**
     * {@code ∂²f/∂x∂y} by the product of two central first-derivative stencils of this accuracy (rounded up to
     * even; the user's offsets if given), each step optimal for a second derivative. Bounds do not apply here.
     */
    @Override
    public Estimate mixed(DoubleBinaryOperator f, double x, double y) {
        if (f == null) throw new IllegalArgumentException("mixed partial: the function is null");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("mixed partial: the point must be finite, got (" + x + ", " + y + ")");
        }
        Stencil s = offsets != null ? Stencil.of(1, offsets) : Direction.CENTRAL.stencil(1, Math.max(2, accuracy + accuracy % 2));
        double sum = s.absoluteWeightSum(), c = 2 * s.errorConstant();
        double hx = rule.step(x, 2, s.accuracy(), sum * sum, c);
        double hy = rule.step(y, 2, s.accuracy(), sum * sum, c);
        Sample sample = Sample.mixed(s, f, x, y, hx, hy);
        double scale = Math.sqrt(rule.scale(x) * rule.scale(y));
        double h = Math.sqrt(hx * hy);
        Estimate e = estimate(sample, 0, s, s.lower().orElse(null), 2, h, scale);
        return new Estimate(e.value(), e.error(), e.evaluations(), h);
    }

    private static Estimate[] estimates(Sample sample, Stencil s, double h, double scale) {
        Estimate[] out = new Estimate[sample.values().length];
        for (int c = 0; c < out.length; c++) out[c] = estimate(sample, c, s, s.lower().orElse(null), s.order(), h, scale);
        return out;
    }

    /**
     * The estimate of component {@code c}: rounding plus {@code TRUNCATION_SAFETY ·} truncation, where the
     * truncation is {@code |C| hᵖ D / σ^(p-q)} with {@code D ≈ |f⁽ᵏ⁺ᵠ⁾| = |Δ| / (|C'| hᵠ)} measured from the
     * lower stencil, and the scale {@code σ = min(s, (M / D)^(1/(k+q)))} shrunk when the data show the function
     * varying faster than {@code s} says ({@code M = max(|f|, |f⁽ᵏ⁾| sᵏ)}); without a lower stencil, the model
     * {@code |C| hᵖ M / sᵏ⁺ᵖ}.
     */
    private static Estimate estimate(Sample sample, int c, Stencil s, Stencil lower, int k, double h, double scale) {
        double value = sample.values()[c];
        double weightSum = k == s.order() ? s.absoluteWeightSum() : s.absoluteWeightSum() * s.absoluteWeightSum();
        double meanF = sample.rounding()[c] * Math.pow(h, k) / (Sample.ROUNDING_ULPS * Sample.EPSILON * weightSum);
        double rounding = Math.max(sample.rounding()[c], Sample.roundingFloor(value, weightSum, scale, k, h));
        double magnitude = Math.max(meanF, Math.abs(value) * Math.pow(scale, k));
        int p = s.accuracy();
        double c0 = k == s.order() ? s.errorConstant() : 2 * s.errorConstant();
        double truncation;
        if (lower != null && !Double.isNaN(sample.lower()[c])) {
            int q = lower.accuracy();
            double cl = k == s.order() ? lower.errorConstant() : 2 * lower.errorConstant();
            double higher = Math.abs(value - sample.lower()[c]) / (Math.abs(cl) * Math.pow(h, q));
            double sigma = higher > 0 ? Math.min(scale, Math.pow(magnitude / higher, 1.0 / (k + q))) : scale;
            truncation = Math.abs(c0) * Math.pow(h, p) * higher / Math.pow(sigma, p - q);
        } else {
            truncation = Math.abs(c0) * Math.pow(h, p) * magnitude / Math.pow(scale, k + p);
        }
        return new Estimate(value, rounding + TRUNCATION_SAFETY * truncation, sample.evaluations(), h);
    }

    @Override
    public String toString() {
        return (offsets != null ? "stencil on offsets " + java.util.Arrays.toString(offsets)
                : direction.name().toLowerCase() + " difference, accuracy " + accuracy) + ", " + rule;
    }
}
