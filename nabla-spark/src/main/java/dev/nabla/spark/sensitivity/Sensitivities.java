package dev.nabla.spark.sensitivity;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.reverse.Tape;
import dev.nabla.core.reverse.TapeVar;
import dev.nabla.core.rules.MissingRuleException;
import dev.nabla.spark.compiled.CompiledPerJvm;
import dev.nabla.spark.loss.BadRows;
import dev.nabla.symbolic.jit.Compiled;
import dev.nabla.symbolic.jit.CompiledGradient;
import dev.nabla.symbolic.jit.ValueDependentException;
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
import java.util.Locale;
import java.util.Set;

/**
 * Adds a formula's value and its partial derivatives as new columns: for each record,
 * {@code value = f(fields)} and {@code d_<c> = ∂f/∂c} for each chosen input column {@code c}. The
 * formula is compiled once per executor into one straight-line program computing the value and the
 * chosen partials together (method {@code compiled}); a formula that cannot be compiled — it branches
 * on a value, or uses a custom primitive without an algebra rule — runs on one reused tape per
 * partition instead (method {@code reverse}), as does every formula after {@link #onTape()}. Either way
 * it is one forward and one backward pass per record, whatever the number of derivatives.
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
    private final boolean tapeOnly;

    private Sensitivities(RecordFormula formula, String[] inputs, String[] wrt, String valueColumn, String prefix, BadRows badRows,
                          boolean tapeOnly) {
        this.tapeOnly = tapeOnly;
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
        return new Sensitivities(formula, inputs.clone(), inputs.clone(), "value", "d_", BadRows.FAIL, false);
    }

    /** The inputs to differentiate by: a subset of the input columns. */
    public Sensitivities withRespectTo(String... columns) {
        if (columns == null || columns.length == 0) throw new IllegalArgumentException("sensitivities: no columns to differentiate by");
        List<String> in = Arrays.asList(inputs);
        Set<String> seen = new HashSet<>();
        for (String c : columns) {
            if (!in.contains(c)) throw new IllegalArgumentException("sensitivities: '" + c + "' is not an input (inputs: " + String.join(", ", inputs) + ")");
            if (!seen.add(c)) throw new IllegalArgumentException("sensitivities: '" + c + "' given twice to differentiate by");
        }
        return new Sensitivities(formula, inputs, columns.clone(), valueColumn, prefix, badRows, tapeOnly);
    }

    /** The name of the value column ({@code value} by default). */
    public Sensitivities valueColumn(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("sensitivities: value column name is empty");
        return new Sensitivities(formula, inputs, wrt, name, prefix, badRows, tapeOnly);
    }

    /** The prefix of the derivative columns ({@code d_} by default: {@code d_S}). */
    public Sensitivities derivativePrefix(String p) {
        if (p == null || p.isEmpty()) throw new IllegalArgumentException("sensitivities: derivative prefix is empty");
        return new Sensitivities(formula, inputs, wrt, valueColumn, p, badRows, tapeOnly);
    }

    /**
     * A record with a null or non-finite input: {@link BadRows#FAIL} stops with a message naming the
     * record and column; {@link BadRows#SKIP} keeps the record with null in the new columns.
     */
    public Sensitivities badRows(BadRows policy) {
        if (policy == null) throw new IllegalArgumentException("sensitivities: bad-row policy is null");
        return new Sensitivities(formula, inputs, wrt, valueColumn, prefix, policy, tapeOnly);
    }

    /** The same sensitivities computed on the tape, record by record, even where the formula compiles. */
    public Sensitivities onTape() {
        return new Sensitivities(formula, inputs, wrt, valueColumn, prefix, badRows, true);
    }

    /**
     * How the derivatives are computed: {@code compiled}, or {@code reverse} (the tape) after
     * {@link #onTape()} or for a formula that cannot be compiled. Compiles the formula on first call.
     */
    public String method() {
        return tapeOnly || compiled(fingerprint()) == null ? "reverse" : "compiled";
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
        // Spark resolves column names ignoring case unless spark.sql.caseSensitive is set
        boolean caseSensitive = Boolean.parseBoolean(data.sparkSession().conf().get("spark.sql.caseSensitive", "false"));
        Set<String> names = new HashSet<>();
        for (String c : schema.fieldNames()) names.add(caseSensitive ? c : c.toLowerCase(Locale.ROOT));
        int[] columnIndex = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) columnIndex[i] = numericColumn(schema, inputs[i]);
        StructType out = schema;
        Set<String> added = new HashSet<>();
        for (String c : newColumns()) {
            String name = caseSensitive ? c : c.toLowerCase(Locale.ROOT);
            if (names.contains(name)) throw new IllegalArgumentException("sensitivities: the data already has a column '" + c + "'"
                    + (caseSensitive ? "" : " (Spark compares column names ignoring case)"));
            if (!added.add(name)) throw new IllegalArgumentException("sensitivities: two new columns would be named '" + c + "'"
                    + (caseSensitive ? "" : " (ignoring case, as Spark compares them)") + ": the value column and a derivative");
            out = out.add(new StructField(c, DataTypes.DoubleType, true, org.apache.spark.sql.types.Metadata.empty()));
        }
        int[] wrtIndex = new int[wrt.length];
        for (int k = 0; k < wrt.length; k++) wrtIndex[k] = Arrays.asList(inputs).indexOf(wrt[k]);
        String key = tapeOnly ? null : fingerprint();
        PartitionWork work = new PartitionWork(formula, inputs, columnIndex, wrtIndex, badRows, schema.length(),
                key != null && compiled(key) != null ? key : null, order());
        return data.mapPartitions((MapPartitionsFunction<Row, Row>) work::rows, Encoders.row(out));
    }

    /**
     * The input positions in the compiled program's order: the inputs differentiated by first (in the
     * order of {@code wrt}), then the others.
     */
    private int[] order() {
        List<String> in = Arrays.asList(inputs);
        int[] order = new int[inputs.length];
        int k = 0;
        for (String c : wrt) order[k++] = in.indexOf(c);
        for (int i = 0; i < inputs.length; i++) if (!Arrays.asList(wrt).contains(inputs[i])) order[k++] = i;
        return order;
    }

    /**
     * The compiled value and partials of the formula of fingerprint {@code key}, from this JVM's cache;
     * null where the formula branches on a value or uses a custom primitive without an algebra rule
     * (the tape takes those).
     *
     * @throws IllegalArgumentException for any other failure the trace reports (the formula returns null,
     *                                  reads past its inputs), which the tape would meet as well; what the
     *                                  formula itself throws otherwise passes unchanged
     */
    private CompiledGradient compiled(String key) {
        try {
            return compiledFor(formula, order(), wrt.length, key);
        } catch (ValueDependentException | MissingRuleException e) {
            return null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("sensitivities: the formula of " + String.join(", ", inputs) + ": " + e.getMessage(), e);
        }
    }

    /** The formula's fingerprint, taken once per use on the driver; {@link CompiledPerJvm#NONE} if it cannot be serialized. */
    private String fingerprint() {
        return CompiledPerJvm.fingerprint(formula);
    }

    private static CompiledGradient compiledFor(RecordFormula formula, int[] order, int wrt, String key) {
        int n = order.length;
        String shape = "formula of " + n + " inputs in the order " + Arrays.toString(order) + ", by the first " + wrt;
        return CompiledPerJvm.gradient(key, shape, () -> {
            ScalarFunction reordered = x -> {
                Num[] fields = new Num[n];
                for (int i = 0; i < n; i++) fields[order[i]] = x[i];
                try {
                    return formula.value(fields);
                } catch (IndexOutOfBoundsException e) {
                    throw new IllegalArgumentException("the formula reads past its " + n + " input columns: " + e.getMessage(), e);
                }
            };
            return Compiled.gradient(reordered, n, wrt);
        });
    }

    /**
     * What each partition runs: the compiled program of the formula's fingerprint {@code key}, or
     * (key null) one tape reset per record; rows are produced as they are read.
     */
    private record PartitionWork(RecordFormula formula, String[] inputs, int[] columnIndex, int[] wrtIndex,
                                 BadRows policy, int width, String key, int[] order) implements Serializable {
        Iterator<Row> rows(Iterator<Row> in) {
            RecordDerivatives derivatives = key != null ? new CompiledProgram(compiledFor(formula, order, wrtIndex.length, key), order)
                    : new Taped(formula, wrtIndex, inputs.length);
            double[] x = new double[inputs.length];
            double[] g = new double[wrtIndex.length];
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
                        values[width] = derivatives.valueAndPartials(x, g);
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

    /** One record's value and chosen partials. */
    private interface RecordDerivatives {
        /** Writes the partials into {@code partials} and returns the value at {@code x}. */
        double valueAndPartials(double[] x, double[] partials);
    }

    /** On one tape, reset per record. */
    private static final class Taped implements RecordDerivatives {
        private final RecordFormula formula;
        private final int[] wrtIndex;
        private final int inputs;
        private final Tape tape = new Tape();
        private final TapeVar[] by;

        Taped(RecordFormula formula, int[] wrtIndex, int inputs) {
            this.formula = formula;
            this.wrtIndex = wrtIndex;
            this.inputs = inputs;
            this.by = new TapeVar[wrtIndex.length];
        }

        @Override public double valueAndPartials(double[] x, double[] partials) {
            tape.reset();
            TapeVar[] vars = tape.variables(x);
            Num v;
            try {
                v = formula.value(vars);
            } catch (IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("sensitivities: the formula reads past its " + inputs + " input columns: " + e.getMessage(), e);
            }
            if (v == null) throw new IllegalStateException("sensitivities: the formula returned null");
            for (int k = 0; k < by.length; k++) by[k] = vars[wrtIndex[k]];
            System.arraycopy(tape.gradient(v, by), 0, partials, 0, partials.length);
            return v.doubleValue();
        }
    }

    /** The compiled program, its inputs permuted to put the differentiated ones first. */
    private static final class CompiledProgram implements RecordDerivatives {
        private final CompiledGradient compiled;
        private final int[] order;
        private final double[] in;

        CompiledProgram(CompiledGradient compiled, int[] order) {
            this.compiled = compiled;
            this.order = order;
            this.in = new double[order.length];
        }

        @Override public double valueAndPartials(double[] x, double[] partials) {
            for (int i = 0; i < in.length; i++) in[i] = x[order[i]];
            return compiled.gradient(in, partials);
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
