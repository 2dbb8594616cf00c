package dev.nabla.spark.sensitivity;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.reverse.Tape;
import dev.nabla.core.reverse.TapeVar;
import dev.nabla.spark.loss.BadRows;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Adds a formula's value and its partial derivatives as new columns: for each record,
 * {@code value = f(fields)} and {@code d_<c> = ∂f/∂c} for each chosen input column {@code c}, computed
 * per partition on one reused tape (one recording and one backward sweep per record, whatever the
 * number of derivatives).
 *
 * <pre>{@code
 * Dataset<Row> greeks = Sensitivities.of(BlackScholes::call, "S", "K", "T", "r", "sigma")
 *         .withRespectTo("S", "sigma").valueColumn("price")
 *         .apply(options);                 // adds price, d_S (delta), d_sigma (vega)
 * }</pre>
 *
 * Immutable: each setting returns a new value.
 */
public final class Sensitivities implements Serializable {
    private static final long serialVersionUID = 1L;

    private final RecordFormula formula;
    private final String[] inputs;
    private final String[] wrt;
    private final String valueColumn;
    private final String prefix;
    private final BadRows badRows;

    private Sensitivities(RecordFormula formula, String[] inputs, String[] wrt, String valueColumn, String prefix, BadRows badRows) {
        this.formula = formula;
        this.inputs = inputs;
        this.wrt = wrt;
        this.valueColumn = valueColumn;
        this.prefix = prefix;
        this.badRows = badRows;
    }

    /**
     * The sensitivities of {@code formula}, whose arguments are the numeric columns {@code inputs} in
     * order; by default with respect to every input, the value in column {@code value}.
     */
    public static Sensitivities of(RecordFormula formula, String... inputs) {
        if (formula == null) throw new IllegalArgumentException("sensitivities: the formula is null");
        if (inputs == null || inputs.length == 0) throw new IllegalArgumentException("sensitivities: no input columns");
        Set<String> seen = new HashSet<>();
        for (String c : inputs) {
            if (c == null) throw new IllegalArgumentException("sensitivities: an input column name is null");
            if (!seen.add(c)) throw new IllegalArgumentException("sensitivities: input column '" + c + "' given twice");
        }
        return new Sensitivities(formula, inputs.clone(), inputs.clone(), "value", "d_", BadRows.FAIL);
    }

    /** The inputs to differentiate by: a subset of the input columns. */
    public Sensitivities withRespectTo(String... columns) {
        if (columns == null || columns.length == 0) throw new IllegalArgumentException("sensitivities: no columns to differentiate by");
        List<String> in = Arrays.asList(inputs);
        for (String c : columns) {
            if (!in.contains(c)) throw new IllegalArgumentException("sensitivities: '" + c + "' is not an input (inputs: " + String.join(", ", inputs) + ")");
        }
        return new Sensitivities(formula, inputs, columns.clone(), valueColumn, prefix, badRows);
    }

    /** The name of the value column ({@code value} by default). */
    public Sensitivities valueColumn(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("sensitivities: value column name is empty");
        return new Sensitivities(formula, inputs, wrt, name, prefix, badRows);
    }

    /** The prefix of the derivative columns ({@code d_} by default: {@code d_S}). */
    public Sensitivities derivativePrefix(String p) {
        if (p == null || p.isEmpty()) throw new IllegalArgumentException("sensitivities: derivative prefix is empty");
        return new Sensitivities(formula, inputs, wrt, valueColumn, p, badRows);
    }

    /**
     * A record with a null or non-finite input: {@link BadRows#FAIL} stops with a message naming the
     * record and column; {@link BadRows#SKIP} keeps the record with null in the new columns.
     */
    public Sensitivities badRows(BadRows policy) {
        if (policy == null) throw new IllegalArgumentException("sensitivities: bad-row policy is null");
        return new Sensitivities(formula, inputs, wrt, valueColumn, prefix, policy);
    }

    /** The names of the columns this adds: the value, then one derivative per differentiated input. */
    public List<String> newColumns() {
        List<String> names = new ArrayList<>();
        names.add(valueColumn);
        for (String c : wrt) names.add(prefix + c);
        return names;
    }

    /**
     * {@code data} with the value and derivative columns appended.
     *
     * @throws IllegalArgumentException if an input column is missing or not numeric, or a new column's
     *                                  name is taken
     */
    public Dataset<Row> apply(Dataset<Row> data) {
        if (data == null) throw new IllegalArgumentException("sensitivities: the data set is null");
        StructType schema = data.schema();
        Set<String> names = new HashSet<>(Arrays.asList(schema.fieldNames()));
        int[] columnIndex = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) columnIndex[i] = numericColumn(schema, inputs[i]);
        StructType out = schema;
        for (String c : newColumns()) {
            if (names.contains(c)) throw new IllegalArgumentException("sensitivities: the data already has a column '" + c + "'");
            out = out.add(new StructField(c, DataTypes.DoubleType, true, org.apache.spark.sql.types.Metadata.empty()));
        }
        int[] wrtIndex = new int[wrt.length];
        for (int k = 0; k < wrt.length; k++) wrtIndex[k] = Arrays.asList(inputs).indexOf(wrt[k]);
        PartitionWork work = new PartitionWork(formula, inputs, columnIndex, wrtIndex, badRows, schema.length());
        return data.mapPartitions((MapPartitionsFunction<Row, Row>) work::rows, Encoders.row(out));
    }

    /** What each partition runs: one tape, reset per record; rows are produced as they are read. */
    private record PartitionWork(RecordFormula formula, String[] inputs, int[] columnIndex, int[] wrtIndex,
                                 BadRows policy, int width) implements Serializable {
        Iterator<Row> rows(Iterator<Row> in) {
            Tape tape = new Tape();
            double[] x = new double[inputs.length];
            TapeVar[] by = new TapeVar[wrtIndex.length];
            int partition = TaskContext.getPartitionId();
            return new Iterator<>() {
                private long position;

                @Override public boolean hasNext() { return in.hasNext(); }

                @Override public Row next() {
                    Row row = in.next();
                    Object[] values = new Object[width + 1 + wrtIndex.length];
                    for (int i = 0; i < width; i++) values[i] = row.get(i);
                    String bad = read(row, columnIndex, inputs, x);
                    if (bad == null) {
                        tape.reset();
                        TapeVar[] vars = tape.variables(x);
                        Num v = formula.value(vars);
                        if (v == null) throw new IllegalStateException("sensitivities: the formula returned null");
                        values[width] = v.doubleValue();
                        for (int k = 0; k < by.length; k++) by[k] = vars[wrtIndex[k]];
                        double[] g = tape.gradient(v, by);
                        for (int k = 0; k < g.length; k++) values[width + 1 + k] = g[k];
                    } else if (policy == BadRows.FAIL) {
                        throw new IllegalArgumentException("sensitivities: record " + position + " of partition " + partition
                                + ": " + bad + " (choose BadRows.SKIP to keep such records with null results)");
                    }
                    position++;
                    return RowFactory.create(values);
                }
            };
        }
    }

    private static String read(Row row, int[] columnIndex, String[] names, double[] x) {
        for (int i = 0; i < columnIndex.length; i++) {
            if (row.isNullAt(columnIndex[i])) return "column '" + names[i] + "' is null";
            x[i] = ((Number) row.get(columnIndex[i])).doubleValue();
            if (!Double.isFinite(x[i])) return "column '" + names[i] + "' is " + x[i];
        }
        return null;
    }

    private static int numericColumn(StructType schema, String name) {
        for (int i = 0; i < schema.length(); i++) {
            StructField field = schema.fields()[i];
            if (field.name().equals(name)) {
                if (!(field.dataType() instanceof NumericType)) {
                    throw new IllegalArgumentException("sensitivities: column '" + name + "' has type "
                            + field.dataType().simpleString() + "; inputs must be numeric");
                }
                return i;
            }
        }
        throw new IllegalArgumentException("sensitivities: no column '" + name + "' (columns: " + String.join(", ", schema.fieldNames()) + ")");
    }
}
