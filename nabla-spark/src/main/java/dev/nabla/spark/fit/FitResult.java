package dev.nabla.spark.fit;

import java.util.Arrays;

/**
 * The outcome of a fit.
 *
 * @param parameters  the parameters found
 * @param lossHistory the objective (mean loss plus penalty) at the start and after each iteration
 */
public record FitResult(double[] parameters, double[] lossHistory) {

    /** The number of iterations taken. */
    public int iterations() { return Math.max(0, lossHistory.length - 1); }

    /** The objective at the parameters found. */
    public double finalLoss() { return lossHistory[lossHistory.length - 1]; }

    @Override public boolean equals(Object o) {
        return o instanceof FitResult r && Arrays.equals(parameters, r.parameters) && Arrays.equals(lossHistory, r.lossHistory);
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(parameters) + Arrays.hashCode(lossHistory); }

    @Override public String toString() {
        return "FitResult[parameters=" + Arrays.toString(parameters) + ", iterations=" + iterations() + ", loss=" + finalLoss() + "]";
    }
}
