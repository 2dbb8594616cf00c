package dev.nabla.spark.loss;

/**
 * A record that cannot enter a sum: a missing or non-finite value, or a feature vector of the wrong
 * length. The message names the partition, the record's position in it, the column and the value.
 */
public final class BadRecordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** A bad value in {@code column} of the record at {@code position} of {@code partition}. */
    public BadRecordException(int partition, long position, String column, String problem) {
        super("bad record " + position + " of partition " + partition + ": column '" + column + "' " + problem
                + " (choose BadRows.SKIP to leave such records out)");
    }
}
