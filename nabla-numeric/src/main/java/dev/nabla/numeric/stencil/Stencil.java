package dev.nabla.numeric.stencil;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A finite-difference formula {@code f⁽ᵏ⁾(x) ≈ Σ wⱼ f(x + oⱼh) / hᵏ}, with the accuracy it really has:
 * {@code Σ wⱼ f(x + oⱼh) / hᵏ = f⁽ᵏ⁾(x) + C hᵖ f⁽ᵏ⁺ᵖ⁾(x) + O(hᵖ⁺¹)}, where the accuracy order {@code p} and
 * the error constant {@code C = Σ wⱼ oⱼᵏ⁺ᵖ / (k + p)!} come from the moments of the weights, so a symmetric
 * stencil gets its extra order for free. Offsets whose weight is zero (the centre of an odd-order central
 * stencil) are left out: they cost an evaluation and contribute nothing.
 */
public final class Stencil {

    /** The largest derivative order a stencil may have. */
    public static final int MAX_ORDER = 10;
    /** The largest accuracy order the factories accept. */
    public static final int MAX_ACCURACY = 16;

    private final int order;
    private final double[] offsets;
    private final double[] weights;
    private final int accuracy;
    private final double errorConstant;
    private final Stencil lower;

    private Stencil(int order, double[] offsets, double[] weights) {
        this.order = order;
        this.offsets = offsets;
        this.weights = weights;
        int p = 1;
        while (p < offsets.length + 2 && isZeroMoment(order + p)) p++;
        this.accuracy = p;
        this.errorConstant = moment(order + p) / factorial(order + p);
        this.lower = computeLower();
    }

    /**
     * The stencil of the {@code order}-th derivative on {@code offsets} (in units of the step).
     *
     * @throws IllegalArgumentException if the order is out of {@code 1..10} or the offsets cannot carry it
     */
    public static Stencil of(int order, double... offsets) {
        checkOrder("stencil", order);
        double[] o = offsets == null ? null : offsets.clone();
        double[] w = Fornberg.weights(o, order);
        int[] keep = IntStream.range(0, o.length).filter(j -> w[j] != 0).toArray();
        return new Stencil(order, pick(o, keep), pick(w, keep));
    }

    /** The central stencil {@code -m..m} of {@code order} and even {@code accuracy}, {@code m = ⌊(k+1)/2⌋ + p/2 - 1}. */
    public static Stencil central(int order, int accuracy) {
        checkOrder("central difference", order);
        if (accuracy < 2 || accuracy > MAX_ACCURACY || accuracy % 2 != 0) {
            throw new IllegalArgumentException("central difference: accuracy must be an even number from 2 to "
                    + MAX_ACCURACY + ", got " + accuracy);
        }
        int m = (order + 1) / 2 + accuracy / 2 - 1;
        double[] o = IntStream.rangeClosed(-m, m).filter(j -> order % 2 == 0 || j != 0).asDoubleStream().toArray();
        return of(order, o);
    }

    /** The forward stencil {@code 0, 1, …, k + p - 1} of {@code order} and {@code accuracy}. */
    public static Stencil forward(int order, int accuracy) {
        return oneSided("forward difference", order, accuracy, 1);
    }

    /** The backward stencil {@code 0, -1, …, -(k + p - 1)} of {@code order} and {@code accuracy}. */
    public static Stencil backward(int order, int accuracy) {
        return oneSided("backward difference", order, accuracy, -1);
    }

    private static Stencil oneSided(String what, int order, int accuracy, int direction) {
        checkOrder(what, order);
        if (accuracy < 1 || accuracy > MAX_ACCURACY) {
            throw new IllegalArgumentException(what + ": accuracy must be from 1 to " + MAX_ACCURACY + ", got " + accuracy);
        }
        double[] o = new double[order + accuracy];
        for (int j = 0; j < o.length; j++) o[j] = direction * j;
        return of(order, o);
    }

    private static void checkOrder(String what, int order) {
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException(what + ": derivative order must be from 1 to " + MAX_ORDER + ", got " + order);
        }
    }

    /** The derivative order {@code k}. */
    public int order() { return order; }

    /** The accuracy order {@code p}: the error falls as {@code hᵖ}. */
    public int accuracy() { return accuracy; }

    /** The leading error constant {@code C}: error {@code ≈ C hᵖ f⁽ᵏ⁺ᵖ⁾(x)}. */
    public double errorConstant() { return errorConstant; }

    /** The number of function evaluations, one per offset. */
    public int points() { return offsets.length; }

    /** {@code Σ |wⱼ|}: how much the stencil amplifies rounding errors in the function values. */
    public double absoluteWeightSum() {
        double s = 0;
        for (double w : weights) s += Math.abs(w);
        return s;
    }

    /** The smallest offset (most negative), in steps. */
    public double minOffset() { return Arrays.stream(offsets).min().orElseThrow(); }

    /** The largest offset, in steps. */
    public double maxOffset() { return Arrays.stream(offsets).max().orElseThrow(); }

    /** The offsets, in steps. */
    public double[] offsets() { return offsets.clone(); }

    /** The weights, in the order of {@link #offsets()}. */
    public double[] weights() { return weights.clone(); }

    double offset(int j) { return offsets[j]; }

    double weight(int j) { return weights[j]; }

    /**
     * The stencil of lower accuracy on a subset of these offsets — the outermost one (a symmetric pair for a
     * symmetric stencil) left out — if it can still carry the derivative. Comparing the two on the same
     * evaluations estimates the truncation error for free.
     */
    public Optional<Stencil> lower() {
        return Optional.ofNullable(lower);
    }

    private Stencil computeLower() {
        boolean symmetric = isSymmetric();
        int drop = symmetric ? 2 : 1;
        if (offsets.length - drop <= order) return null;
        Integer[] byDistance = IntStream.range(0, offsets.length).boxed()
                .sorted((a, b) -> Double.compare(Math.abs(offsets[a]), Math.abs(offsets[b]))).toArray(Integer[]::new);
        int[] keep = Arrays.stream(byDistance, 0, offsets.length - drop).mapToInt(Integer::intValue).sorted().toArray();
        return new Stencil(order, pick(offsets, keep), Fornberg.weights(pick(offsets, keep), order));
    }

    /** The index of {@code offset} among these offsets, or -1. */
    int indexOf(double offset) {
        for (int j = 0; j < offsets.length; j++) if (offsets[j] == offset) return j;
        return -1;
    }

    private boolean isSymmetric() {
        for (double o : offsets) if (indexOf(-o) < 0) return false;
        return true;
    }

    private boolean isZeroMoment(int power) {
        double scale = 0;
        for (int j = 0; j < offsets.length; j++) scale += Math.abs(weights[j] * Math.pow(offsets[j], power));
        return Math.abs(moment(power)) <= 1e-9 * scale;
    }

    private double moment(int power) {
        double m = 0;
        for (int j = 0; j < offsets.length; j++) m += weights[j] * Math.pow(offsets[j], power);
        return m;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }

    private static double[] pick(double[] values, int[] keep) {
        double[] out = new double[keep.length];
        for (int i = 0; i < keep.length; i++) out[i] = values[keep[i]];
        return out;
    }

    @Override
    public String toString() {
        return "Stencil[order " + order + ", accuracy " + accuracy + ", offsets " + Arrays.toString(offsets)
                + ", weights " + Arrays.toString(weights) + "]";
    }
}
