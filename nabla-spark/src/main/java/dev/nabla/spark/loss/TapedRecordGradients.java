package dev.nabla.spark.loss;

/** A {@link RecordLoss} on the tape: one tape per partition, nothing to prepare. */
record TapedRecordGradients(RecordLoss loss) implements RecordGradients {
    private static final long serialVersionUID = 1L;

    @Override public RecordGradient newWorker() { return new TapedRecordGradient(loss); }

    @Override public void prepare(int parameters, int features) {}

    @Override public String method() { return "reverse"; }
}
