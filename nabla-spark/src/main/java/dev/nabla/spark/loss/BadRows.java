package dev.nabla.spark.loss;

/** What to do with a record whose feature or label is missing (null) or not finite. */
public enum BadRows {
    /** Stop with a {@link BadRecordException} that names the record and the column (the default). */
    FAIL,
    /** Leave the record out of every sum and count it in {@link LossAndGradient#skipped()}. */
    SKIP
}
