package dev.nabla.spark.loss;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A loss written once per record, summed with its gradient over a distributed data set:
 * {@code L(θ) = Σᵢ ℓ(θ; xᵢ, yᵢ)} and {@code ∇L(θ) = Σᵢ ∇θ ℓ(θ; xᵢ, yᵢ)}.
 *
 * <p>The parameters are broadcast; each partition computes its records' gradients one after another
 * — compiled ({@link #compiled}: one straight-line program per executor serves every record) or on
 * one reused tape ({@link #of}: any Java code) — and keeps a compensated partial sum; the partial sums
 * are combined with {@code treeAggregate}, as Spark MLlib combines its own gradients.
 *
 * <pre>{@code
 * DistributedLoss loss = DistributedLoss.compiled(logistic, 21).features("features").label("label");
 * LossAndGradient at = loss.evaluate(dataset, theta);
 * }</pre>
 *
 * Immutable: each {@code with…} method returns a new value.
 */
public final class DistributedLoss implements Serializable {
    private static final long serialVersionUID = 1L;

    private final RecordGradients gradients;
    private final int parameterCount;
    private final String[] featureColumns;
    private final String labelColumn;
    private final BadRows badRows;
    private final int depth;

    private DistributedLoss(RecordGradients gradients, int parameterCount, String[] featureColumns, String labelColumn,
                            BadRows badRows, int depth) {
        this.gradients = gradients;
        this.parameterCount = parameterCount;
        this.featureColumns = featureColumns;
        this.labelColumn = labelColumn;
        this.badRows = badRows;
        this.depth = depth;
    }

    /**
     * The sum of {@code loss} over a data set, for a model of {@code parameterCount} parameters, each
     * record recorded on a tape (method {@code reverse}): the loss may be any Java code, branches
     * included. By default the features are the column {@code features} and the label the column
     * {@code label}; a bad record fails the sum.
     */
    public static DistributedLoss of(RecordLoss loss, int parameterCount) {
        if (loss == null) throw new IllegalArgumentException("distributed loss: the record loss is null");
        return create(new TapedRecordGradients(loss), parameterCount);
    }

    /**
     * The sum of {@code loss} over a data set with the records' gradients compiled (method
     * {@code compiled}): the loss is traced once per executor and record size into one straight-line
     * program, its reverse sweep included, whose inputs are the parameters and the record's fields;
     * each record then costs one run of that program, which records no tape and allocates nothing.
     * Defaults as {@link #of}.
     *
     * <p>The program is compiled once per JVM — the driver's and each executor's — for each record size
     * and each state of the loss: what the lambda captures is part of it (a captured value changed
     * between two evaluations gives a new program, as on the tape). For a {@code Dataset} and for a fit
     * the loss is first compiled on the driver, so a loss that cannot be compiled fails there with a
     * message saying why; for a {@code JavaRDD} of records it fails in the tasks, or in {@link #prepare}.
     */
    public static DistributedLoss compiled(TraceableRecordLoss loss, int parameterCount) {
        if (loss == null) throw new IllegalArgumentException("distributed loss: the record loss is null");
        return create(new CompiledRecordGradients(loss), parameterCount);
    }

    private static DistributedLoss create(RecordGradients gradients, int parameterCount) {
        if (parameterCount < 1) throw new IllegalArgumentException("distributed loss: parameter count must be at least 1, got " + parameterCount);
        return new DistributedLoss(gradients, parameterCount, new String[] {"features"}, "label", BadRows.FAIL, 2);
    }

    /** The feature columns, in order: numeric columns give one feature each, vector columns their entries. */
    public DistributedLoss features(String... columns) {
        if (columns == null || columns.length == 0) throw new IllegalArgumentException("distributed loss: no feature columns");
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] == null) throw new IllegalArgumentException("distributed loss: feature column " + i + " is null");
        }
        return new DistributedLoss(gradients, parameterCount, columns.clone(), labelColumn, badRows, depth);
    }

    /** The label column; {@code null} for a loss without labels (the label passed is then 0). */
    public DistributedLoss label(String column) {
        return new DistributedLoss(gradients, parameterCount, featureColumns, column, badRows, depth);
    }

    /** What to do with a record whose value is missing or not finite. */
    public DistributedLoss badRows(BadRows policy) {
        if (policy == null) throw new IllegalArgumentException("distributed loss: bad-row policy is null");
        return new DistributedLoss(gradients, parameterCount, featureColumns, labelColumn, policy, depth);
    }

    /** The depth of the {@code treeAggregate} that combines the partitions' sums (2 by default, as MLlib). */
    public DistributedLoss aggregationDepth(int depth) {
        if (depth < 1) throw new IllegalArgumentException("distributed loss: aggregation depth must be at least 1, got " + depth);
        return new DistributedLoss(gradients, parameterCount, featureColumns, labelColumn, badRows, depth);
    }

    /**
     * A worker computing one record's loss and gradient after another, as each partition does: use one
     * per thread. For records of a known size, {@link #prepare} first reports a loss that cannot be
     * compiled on the calling thread. The worker does not check the record's values ({@link #checked}
     * does).
     */
    public RecordGradient newRecordGradient() { return gradients.newWorker(); }

    /**
     * This loss with what its workers need from the function taken now: for a compiled loss, the
     * digest that identifies its program ({@link dev.nabla.spark.compiled.CompiledPerJvm#fingerprint}),
     * so that tasks receiving the pinned loss look their program up without serializing the loss
     * again. What the loss captures is taken to stay as it is while the pinned loss is used (a fit
     * pins its loss once).
     */
    public DistributedLoss pinned() {
        return new DistributedLoss(gradients.pinned(), parameterCount, featureColumns, labelColumn, badRows, depth);
    }

    /**
     * Compiles the loss for records of {@code featureCount} features, if it is compiled, so that it
     * fails here rather than in the tasks.
     *
     * @throws IllegalArgumentException if the loss cannot be compiled, saying why
     */
    public void prepare(int featureCount) { gradients.prepare(parameterCount, featureCount); }

    /** How the records' gradients are computed: {@code compiled} or {@code reverse} (the tape). */
    public String method() { return gradients.method(); }

    /** The number of parameters. */
    public int parameterCount() { return parameterCount; }

    /** The bad-row policy. */
    public BadRows badRowPolicy() { return badRows; }

    /**
     * The loss and gradient summed over {@code data} at {@code params}.
     *
     * @throws IllegalArgumentException if {@code params} has the wrong length, a column is missing, or a
     *                                  compiled loss cannot be compiled for the data's record size
     * @throws org.apache.spark.SparkException for a bad record under {@link BadRows#FAIL}, with a
     *                                  {@link BadRecordException} naming it as the cause
     */
    public LossAndGradient evaluate(Dataset<Row> data, double[] params) {
        checkParams(params);
        RowReader reader = reader(data);
        prepare(reader.featureCount());
        return sum(data.toJavaRDD(), params, rowDecoder(reader));
    }

    /**
     * The loss and gradient summed over {@code records} at {@code params}; a record with a non-finite
     * value is failed or left out as the bad-row policy says. The record size is known only in the
     * tasks, so a compiled loss that cannot be compiled fails there (its message as the cause of the
     * {@code SparkException}); {@link #prepare} checks it beforehand.
     *
     * @throws org.apache.spark.SparkException as {@link #evaluate(Dataset, double[])}
     */
    public LossAndGradient evaluate(JavaRDD<LabeledRecord> records, double[] params) {
        checkParams(params);
        if (records == null) throw new IllegalArgumentException("distributed loss: the data set is null");
        return sum(records, params, DistributedLoss::checked);
    }

    /**
     * The same sum on this machine, record after record: the reference the distributed sum must equal.
     * Bad records are failed ({@link BadRecordException} naming the record's position) or left out as
     * the policy says.
     */
    public LossAndGradient evaluateLocally(Iterable<LabeledRecord> records, double[] params) {
        checkParams(params);
        if (records == null) throw new IllegalArgumentException("distributed loss: the data set is null");
        RecordGradient worker = gradients.newWorker();
        GradientSum sum = new GradientSum(parameterCount);
        double[] g = new double[parameterCount];
        long position = 0;
        for (LabeledRecord r : records) {
            try {
                checked(r, -1, position++);
            } catch (BadRecordException e) {
                if (badRows == BadRows.FAIL) throw e;
                sum.skip();
                continue;
            }
            sum.add(worker.gradient(params, r.features(), r.label(), g), g);
        }
        return sum.result();
    }

    /**
     * {@code records} as this loss sums them: a record with a non-finite value fails the job or is
     * left out, as the bad-row policy says.
     */
    public JavaRDD<LabeledRecord> checked(JavaRDD<LabeledRecord> records) {
        if (records == null) throw new IllegalArgumentException("distributed loss: the data set is null");
        return decoded(records, DistributedLoss::checked);
    }

    /**
     * The records of {@code data} as read by this loss's columns, bad records failed or dropped as
     * the policy says; the feature count is fixed by the schema and, for vector columns, the first row.
     */
    public JavaRDD<LabeledRecord> records(Dataset<Row> data) {
        return decoded(data.toJavaRDD(), rowDecoder(reader(data)));
    }

    /** {@code r} if it is a record whose values are all finite; a {@link BadRecordException} otherwise. */
    private static LabeledRecord checked(LabeledRecord r, int partition, long position) {
        if (r == null) throw BadRecordException.nullRecord(partition, position);
        return r.checked(partition, position);
    }

    private <T> JavaRDD<LabeledRecord> decoded(JavaRDD<T> items, RecordDecoder<T> decode) {
        BadRows policy = badRows;
        return items.mapPartitions(rows -> {
            int partition = TaskContext.getPartitionId();
            List<LabeledRecord> out = new ArrayList<>();
            long position = 0;
            while (rows.hasNext()) {
                T row = rows.next();
                try {
                    out.add(decode.decode(row, partition, position++));
                } catch (BadRecordException e) {
                    if (policy == BadRows.FAIL) throw e;
                }
            }
            return out.iterator();
        });
    }

    private static RecordDecoder<Row> rowDecoder(RowReader reader) {
        int n = reader.featureCount();
        return (row, partition, position) -> {
            double[] x = new double[n];
            try {
                return new LabeledRecord(x, reader.read(row, x, partition, position));
            } catch (BadRecordException e) {
                throw e.withRecord(String.valueOf(row));
            }
        };
    }

    private RowReader reader(Dataset<Row> data) {
        if (data == null) throw new IllegalArgumentException("distributed loss: the data set is null");
        StructType schema = data.schema();
        List<String> vectorColumns = new ArrayList<>();
        for (String c : featureColumns) {
            if (RowReader.isVectorType(schema.fields()[RowReader.indexOf(schema, c)].dataType())) vectorColumns.add(c);
        }
        int[] sizes = new int[vectorColumns.size()];
        if (!vectorColumns.isEmpty()) {
            Row first = firstRow(data, vectorColumns);
            for (int i = 0; i < sizes.length; i++) sizes[i] = first == null || first.isNullAt(i) ? 0 : ((Vector) first.get(i)).size();
        }
        return RowReader.resolve(schema, featureColumns, labelColumn, sizes);
    }

    private static Row firstRow(Dataset<Row> data, List<String> columns) {
        List<Row> rows = data.selectExpr(columns.stream().map(c -> "`" + c.replace("`", "``") + "`").toArray(String[]::new))
                .na().drop().limit(1).collectAsList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private <T> LossAndGradient sum(JavaRDD<T> items, double[] params, RecordDecoder<T> decode) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(items.context());
        Broadcast<double[]> theta = sc.broadcast(params.clone());
        RecordGradients f = gradients.pinned();
        int p = parameterCount;
        BadRows policy = badRows;
        try {
            return items.mapPartitions(rs -> {
                int partition = TaskContext.getPartitionId();
                double[] w = theta.value();
                RecordGradient worker = f.newWorker();
                GradientSum sum = new GradientSum(p);
                double[] g = new double[p];
                long position = 0;
                while (rs.hasNext()) {
                    LabeledRecord r;
                    try {
                        r = decode.decode(rs.next(), partition, position++);
                    } catch (BadRecordException e) {
                        if (policy == BadRows.FAIL) throw e;
                        sum.skip();
                        continue;
                    }
                    sum.add(worker.gradient(w, r.features(), r.label(), g), g);
                }
                return List.of(sum).iterator();
            }).treeAggregate(new GradientSum(p), GradientSum::merge, GradientSum::merge, depth).result();
        } finally {
            theta.destroy();
        }
    }

    private void checkParams(double[] params) {
        if (params == null || params.length != parameterCount) {
            throw new IllegalArgumentException("distributed loss: " + parameterCount + " parameters expected, got "
                    + (params == null ? "null" : params.length));
        }
    }
}
