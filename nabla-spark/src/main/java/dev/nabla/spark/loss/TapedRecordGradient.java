package dev.nabla.spark.loss;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.reverse.Tape;
import dev.nabla.core.reverse.TapeVar;

/** A {@link RecordLoss} recorded record after record on one reused tape and swept backwards. */
final class TapedRecordGradient implements RecordGradient {
    private final RecordLoss loss;
    private final Tape tape = new Tape();

    TapedRecordGradient(RecordLoss loss) {
        this.loss = loss;
    }

    @Override
    public double gradient(double[] params, double[] features, double label, double[] gradient) {
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
        System.arraycopy(tape.gradient(l, w), 0, gradient, 0, params.length);
        return l.doubleValue();
    }
}
