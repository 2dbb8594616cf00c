package dev.nabla.spark.loss;

/**
 * A record that cannot enter a sum: a missing or non-finite value, or a feature vector of the wrong
 * length. The message names the partition, the record's position in it, the record's values (when
 * known, abbreviated), the column and the problem. Thrown in a Spark task, it reaches the caller as
 * the cause of Spark's {@code SparkException}.
 */
public final class BadRecordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 160;

    private final int partition;
    private final long position;
    private final String column;
    private final String problem;

    /**
     * A bad value in {@code column} of the record at {@code position} of {@code partition} (a negative
     * partition: a record of a collection on this machine).
     */
    public BadRecordException(int partition, long position, String column, String problem) {
        this(partition, position, column, problem, null);
    }

    private BadRecordException(int partition, long position, String column, String problem, String record) {
        super("bad record " + position + (partition >= 0 ? " of partition " + partition : "")
                + (record == null ? "" : " " + abbreviate(record)) + ": " + (column == null ? "" : "column '" + column + "' ")
                + problem + " (choose BadRows.SKIP to leave such records out)");
        this.partition = partition;
        this.position = position;
        this.column = column;
        this.problem = problem;
    }

    /** A null where a record should be, at {@code position} of {@code partition}. */
    public static BadRecordException nullRecord(int partition, long position) {
        return new BadRecordException(partition, position, null, "the record is null", null);
    }

    /** The same problem, its message showing the record's values too. */
    public BadRecordException withRecord(String values) {
        return new BadRecordException(partition, position, column, problem, values);
    }

    private static String abbreviate(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN - 1) + "…";
    }
}
