package dev.nabla.spark.loss;

import dev.nabla.core.algebra.Num;

import java.io.Serializable;

/**
 * The loss of one record as a function of the parameters, written once on Nabla's algebra — for
 * logistic regression {@code log(1 + e^(w·x)) - y·(w·x)}:
 *
 * <pre>{@code
 * RecordLoss logistic = (w, x, y) -> {
 *     Num z = w[0];
 *     for (int j = 0; j < x.length; j++) z = z.add(w[j + 1].mul(x[j]));
 *     return z.exp().log1p().sub(z.mul(y));
 * };
 * }</pre>
 *
 * <p>It is shipped to Spark's executors, so it is {@link Serializable}: a lambda is, as long as what
 * it captures is.
 */
@FunctionalInterface
public interface RecordLoss extends Serializable {
    /** The loss of the record {@code (features, label)} at {@code params}. */
    Num loss(Num[] params, double[] features, double label);
}
