package dev.nabla.spark.loss;

import java.util.Arrays;

/**
 * A loss summed over a data set and its gradient: {@code loss = Σᵢ ℓ(θ; xᵢ, yᵢ)},
 * {@code gradient = Σᵢ ∇θ ℓ(θ; xᵢ, yᵢ)}.
 *
 * @param loss     the sum of the records' losses
 * @param gradient the sum of their gradients, one entry per parameter
 * @param records  how many records were summed
 * @param skipped  how many bad records were left out ({@link BadRows#SKIP}); 0 under {@link BadRows#FAIL}
 */
public record LossAndGradient(double loss, double[] gradient, long records, long skipped) {

    /** The mean loss {@code loss / records}. */
    public double meanLoss() { return loss / records; }

    /** The mean gradient {@code gradient / records}. */
    public double[] meanGradient() {
        double[] g = gradient.clone();
        for (int i = 0; i < g.length; i++) g[i] /= records;
        return g;
    }

    @Override public boolean equals(Object o) {
        return o instanceof LossAndGradient r && Double.compare(loss, r.loss) == 0 && Arrays.equals(gradient, r.gradient)
                && records == r.records && skipped == r.skipped;
    }

    @Override public int hashCode() { return Double.hashCode(loss) * 31 + Arrays.hashCode(gradient); }

    @Override public String toString() {
        return "LossAndGradient[loss=" + loss + ", gradient=" + Arrays.toString(gradient) + ", records=" + records
                + ", skipped=" + skipped + "]";
    }
}
