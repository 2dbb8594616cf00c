package dev.nabla.spark.loss;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.reverse.Tape;
import dev.nabla.core.reverse.TapeVar;

/**
 * The loss and gradient of one record after another on one reused tape: the work of one partition.
 * Not thread-safe; make one per partition (or per thread).
 */
public final class RecordGradient {
    private final RecordLoss loss;
    private final Tape tape = new Tape();
    private double lastLoss;

    /** A worker for {@code loss}. */
    public RecordGradient(RecordLoss loss) {
        this.loss = loss;
    }

    /**
     * The gradient of the record's loss at {@code params}; the loss itself is {@link #lastLoss()}.
     *
     * @throws IllegalStateException if the loss function returns null
     */
    public double[] gradient(double[] params, double[] features, double label) {
        tape.reset();
        TapeVar[] w = tape.variables(params);
        Num l;
        try {
            l = loss.loss(w, features, label);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("record loss: reading past the record " + new LabeledRecord(features, label)
                    + " (" + features.length + " features) or the " + params.length + " parameters: " + e.getMessage(), e);
        }
        if (l == null) throw new IllegalStateException("record loss: the function returned null for record " + new LabeledRecord(features, label));
        lastLoss = l.doubleValue();
        return tape.gradient(l, w);
    }

    /** The loss of the record last passed to {@link #gradient}. */
    public double lastLoss() { return lastLoss; }

    /** Adds the record's loss and gradient to {@code sum}. */
    public void accumulate(double[] params, double[] features, double label, GradientSum sum) {
        double[] g = gradient(params, features, label);
        sum.add(lastLoss, g);
    }
}
