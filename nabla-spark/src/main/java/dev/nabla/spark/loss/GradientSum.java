package dev.nabla.spark.loss;

import java.io.Serializable;

/**
 * A running sum of losses and gradients, compensated (Neumaier) so that the total does not depend
 * on how the records were split into partitions beyond the last bits: the distributed sum equals
 * the single-machine one to about 1e-15 relative. An infinite record loss makes the sum infinite
 * (not NaN), so that a line search can step back from it.
 */
public final class GradientSum implements Serializable {
    private static final long serialVersionUID = 1L;

    private double loss;
    private double lossCompensation;
    private final double[] gradient;
    private final double[] gradientCompensation;
    private long records;
    private long skipped;

    /** An empty sum for {@code parameters} parameters. */
    public GradientSum(int parameters) {
        gradient = new double[parameters];
        gradientCompensation = new double[parameters];
    }

    /** Adds one record's loss and gradient. */
    public void add(double recordLoss, double[] recordGradient) {
        double t = loss + recordLoss;
        lossCompensation += compensation(loss, recordLoss, t);
        loss = t;
        for (int i = 0; i < gradient.length; i++) {
            double s = gradient[i], g = recordGradient[i], u = s + g;
            gradientCompensation[i] += compensation(s, g, u);
            gradient[i] = u;
        }
        records++;
    }

    /** Counts one record left out by {@link BadRows#SKIP}. */
    public void skip() { skipped++; }

    /** Adds another partial sum to this one and returns this. */
    public GradientSum merge(GradientSum other) {
        if (other.gradient.length != gradient.length) {
            throw new IllegalArgumentException("gradient sum: merging " + other.gradient.length + " parameters into " + gradient.length);
        }
        double t = loss + other.loss;
        lossCompensation += compensation(loss, other.loss, t) + other.lossCompensation;
        loss = t;
        for (int i = 0; i < gradient.length; i++) {
            double s = gradient[i], g = other.gradient[i], u = s + g;
            gradientCompensation[i] += compensation(s, g, u) + other.gradientCompensation[i];
            gradient[i] = u;
        }
        records += other.records;
        skipped += other.skipped;
        return this;
    }

    /** The compensated totals. */
    public LossAndGradient result() {
        double[] g = new double[gradient.length];
        for (int i = 0; i < g.length; i++) g[i] = gradient[i] + gradientCompensation[i];
        return new LossAndGradient(loss + lossCompensation, g, records, skipped);
    }

    /** The rounding error of {@code t = a + b}; none once the sum is infinite or NaN (an infinite loss stays infinite). */
    private static double compensation(double a, double b, double t) {
        if (!Double.isFinite(t)) return 0;
        return Math.abs(a) >= Math.abs(b) ? (a - t) + b : (b - t) + a;
    }
}
