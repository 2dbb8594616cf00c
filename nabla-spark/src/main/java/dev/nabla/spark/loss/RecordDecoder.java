package dev.nabla.spark.loss;

import java.io.Serializable;

/** Turns one item of a distributed collection into a record, or throws {@link BadRecordException}. */
@FunctionalInterface
interface RecordDecoder<T> extends Serializable {
    /** The record held by {@code item}, the {@code position}-th item of partition {@code partition}. */
    LabeledRecord decode(T item, int partition, long position);
}
