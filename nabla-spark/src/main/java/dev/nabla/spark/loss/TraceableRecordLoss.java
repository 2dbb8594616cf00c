package dev.nabla.spark.loss;

import dev.nabla.core.algebra.Num;

import java.io.Serializable;

/**
 * The loss of one record with its features and label as values of the algebra too, so that the loss
 * can be traced once and compiled ({@link DistributedLoss#compiled}): one straight-line program, its
 * reverse sweep included, serves every record, the record's fields being inputs of the program that
 * are read but not differentiated by. For logistic regression, {@code log(1 + e^z) - y·z} with
 * {@code z = w·x}, the overflow-free {@code log(1 + e^z) = max(z, 0) + log(1 + e^(-|z|))}:
 *
 * <pre>{@code
 * TraceableRecordLoss logistic = (w, x, y) -> {
 *     Num z = w[0];
 *     for (int j = 0; j < x.length; j++) z = z.add(w[j + 1].mul(x[j]));
 *     return z.max(z.constant(0)).add(z.abs().neg().exp().log1p()).sub(z.mul(y));
 * };
 * }</pre>
 *
 * <p>The body is the same source as a {@link RecordLoss}'s as long as it only combines the fields
 * with the parameters. It must not ask for a value ({@code doubleValue()}, typically to branch):
 * branches are written with the primitives {@code abs}, {@code sign}, {@code heaviside}, {@code min}
 * and {@code max}, whose derivatives at their kinks follow the rule table. A loss that must branch
 * runs on the tape: {@code DistributedLoss.of(loss.onTape(), n)}.
 */
@FunctionalInterface
public interface TraceableRecordLoss extends Serializable {
    /** The loss of the record {@code (features, label)} at {@code params}. */
    Num loss(Num[] params, Num[] features, Num label);

    /**
     * The same loss as a {@link RecordLoss}, for the tape: each record's fields become constants of
     * the parameters' backend. The gradients equal the compiled ones term for term.
     */
    default RecordLoss onTape() {
        return (params, features, label) -> {
            if (params.length == 0) throw new IllegalArgumentException("record loss: no parameters");
            Num[] x = new Num[features.length];
            for (int j = 0; j < x.length; j++) x[j] = params[0].constant(features[j]);
            return loss(params, x, params[0].constant(label));
        };
    }
}
