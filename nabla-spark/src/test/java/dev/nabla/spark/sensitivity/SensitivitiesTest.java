package dev.nabla.spark.sensitivity;

import dev.nabla.spark.LocalSpark;
import dev.nabla.spark.examples.BlackScholes;
import dev.nabla.spark.loss.BadRows;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import dev.nabla.core.rules.CustomPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class SensitivitiesTest {
    private static final String[] FIELDS = {"S", "K", "T", "r", "sigma"};

    private static StructType schema() {
        StructType s = new StructType().add("id", DataTypes.LongType);
        for (String f : FIELDS) s = s.add(f, DataTypes.DoubleType, true);
        return s;
    }

    private static Dataset<Row> options(int n) {
        SplittableRandom random = new SplittableRandom(17);
        List<Row> rows = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            rows.add(RowFactory.create(i, 50 + 100 * random.nextDouble(), 50 + 100 * random.nextDouble(),
                    0.05 + 3 * random.nextDouble(), 0.1 * random.nextDouble() - 0.02, 0.05 + 0.6 * random.nextDouble()));
        }
        return LocalSpark.get().createDataFrame(rows, schema()).repartition(4);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void blackScholesGreeksAgreeWithTheirClosedForms(boolean onTape) {
        Sensitivities greeks = Sensitivities.of(BlackScholes::call, FIELDS).valueColumn("price");
        if (onTape) greeks = greeks.onTape();
        assertEquals(onTape ? "reverse" : "compiled", greeks.method());
        Dataset<Row> out = greeks.apply(options(2_000));
        assertEquals(List.of("id", "S", "K", "T", "r", "sigma", "price", "d_S", "d_K", "d_T", "d_r", "d_sigma"),
                List.of(out.columns()));
        List<Row> rows = out.collectAsList();
        assertEquals(2_000, rows.size());
        for (Row row : rows) {
            double[] expected = BlackScholes.closedForm(row.getDouble(1), row.getDouble(2), row.getDouble(3), row.getDouble(4), row.getDouble(5));
            for (int k = 0; k < expected.length; k++) {
                double got = row.getDouble(6 + k);
                assertEquals(expected[k], got, 1e-10 * Math.max(1, Math.abs(expected[k])),
                        "option " + row.getLong(0) + ", " + out.columns()[6 + k]);
            }
        }
    }

    @Test
    void aFormulaThatBranchesOnAValueRunsOnTheTape() {
        RecordFormula payoff = f -> f[0].doubleValue() > f[1].doubleValue() ? f[0].sub(f[1]).mul(f[2]) : f[0].constant(0);
        Sensitivities s = Sensitivities.of(payoff, "S", "K", "T").withRespectTo("S", "T");
        assertEquals("reverse", s.method());
        Row row = s.apply(LocalSpark.get().createDataFrame(List.of(RowFactory.create(1L, 120.0, 100.0, 2.0, 0.0, 0.1)), schema())).first();
        assertEquals(40.0, row.getDouble(6));
        assertEquals(2.0, row.getDouble(7));
        assertEquals(20.0, row.getDouble(8));
    }

    @Test
    void differentChoicesOfDerivativesAreDifferentPrograms() {
        Sensitivities all = Sensitivities.of(BlackScholes::call, FIELDS);
        Row delta = all.withRespectTo("S").apply(options(3)).orderBy("id").first();
        Row vega = all.withRespectTo("sigma").apply(options(3)).orderBy("id").first();
        double[] expected = BlackScholes.closedForm(delta.getDouble(1), delta.getDouble(2), delta.getDouble(3), delta.getDouble(4), delta.getDouble(5));
        assertEquals(expected[1], delta.getDouble(7), 1e-10);
        assertEquals(expected[5], vega.getDouble(7), 1e-10 * expected[5]);
    }

    @Test
    void aFormulaReadingPastItsInputsOrReturningNullIsNamedOnTheDriver() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sensitivities.of(f -> f[0].mul(f[5]), FIELDS).apply(options(3)));
        assertTrue(e.getMessage().startsWith("sensitivities: the formula of S, K, T, r, sigma: the formula reads past its 5 input columns"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Sensitivities.of(f -> null, "S", "K").method());
        assertTrue(e.getMessage().contains("returned null"), e.getMessage());
        SparkException onTape = assertThrows(SparkException.class,
                () -> Sensitivities.of(f -> f[0].mul(f[5]), FIELDS).onTape().apply(options(3)).collectAsList());
        StringBuilder all = new StringBuilder();
        for (Throwable t = onTape; t != null; t = t.getCause()) all.append(t.getMessage());
        assertTrue(all.toString().contains("sensitivities: the formula reads past its 5 input columns"), all.toString());
    }

    /** A custom primitive given without an algebra rule; static, as a lambda shipped to Spark must not capture it. */
    private static final CustomPrimitive CUBE = CustomPrimitive.<Double>of("cube", 1,
            a -> new CustomPrimitive.Evaluation<>(a[0] * a[0] * a[0], a[0]), (x, upstream) -> new double[] {3 * x * x * upstream});

    @Test
    void aCustomPrimitiveWithoutAnAlgebraRuleRunsOnTheTape() {
        Sensitivities s = Sensitivities.of(f -> CUBE.apply(f[0]).mul(f[1]), "S", "K");
        assertEquals("reverse", s.method());
        Row row = s.apply(options(1)).first();
        double x = row.getDouble(1), k = row.getDouble(2);
        assertEquals(x * x * x * k, row.getDouble(6), 1e-9 * x * x * x * k);
        assertEquals(3 * x * x * k, row.getDouble(7), 1e-9 * x * x * k);
    }

    @Test
    void chosenDerivativesOnly() {
        Dataset<Row> out = Sensitivities.of(BlackScholes::call, FIELDS).withRespectTo("sigma", "S").apply(options(10));
        assertEquals(List.of("id", "S", "K", "T", "r", "sigma", "value", "d_sigma", "d_S"), List.of(out.columns()));
        Row row = out.orderBy("id").first();
        double[] expected = BlackScholes.closedForm(row.getDouble(1), row.getDouble(2), row.getDouble(3), row.getDouble(4), row.getDouble(5));
        assertEquals(expected[5], row.getDouble(7), 1e-10 * Math.abs(expected[5]));
        assertEquals(expected[1], row.getDouble(8), 1e-10);
    }

    private static Dataset<Row> withNull() {
        List<Row> rows = new ArrayList<>(options(5).orderBy("id").collectAsList());
        rows.set(2, RowFactory.create(2L, 100.0, null, 1.0, 0.01, 0.2));
        return LocalSpark.get().createDataFrame(rows, schema()).coalesce(1);
    }

    @Test
    void aBadRecordIsNamedOrKeptWithNullResults() {
        SparkException e = assertThrows(SparkException.class,
                () -> Sensitivities.of(BlackScholes::call, FIELDS).apply(withNull()).collectAsList());
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) all.append(t.getMessage());
        assertTrue(all.toString().contains("record 2 of partition 0: column 'K' is null"), all.toString());
        List<Row> kept = Sensitivities.of(BlackScholes::call, FIELDS).badRows(BadRows.SKIP).apply(withNull()).orderBy("id").collectAsList();
        assertEquals(5, kept.size());
        assertTrue(kept.get(2).isNullAt(6) && kept.get(2).isNullAt(7));
        assertFalse(kept.get(3).isNullAt(6));
    }

    @Test
    void misuseIsNamed() {
        Dataset<Row> data = options(3);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sensitivities.of(BlackScholes::call, "S", "X").apply(data))
                .getMessage().contains("no column 'X'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sensitivities.of(BlackScholes::call, FIELDS).withRespectTo("q"))
                .getMessage().contains("'q' is not an input"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sensitivities.of(BlackScholes::call, FIELDS).valueColumn("S").apply(data))
                .getMessage().contains("already has a column 'S'"));
        assertThrows(IllegalArgumentException.class, () -> Sensitivities.of(BlackScholes::call, "S", "S"));
        assertEquals("sensitivities: 'S' given twice to differentiate by", assertThrows(IllegalArgumentException.class,
                () -> Sensitivities.of(BlackScholes::call, FIELDS).withRespectTo("S", "S")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sensitivities.of(BlackScholes::call, FIELDS).valueColumn("d_S").apply(data))
                .getMessage().contains("two new columns would be named 'd_S'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sensitivities.of(BlackScholes::call, FIELDS).valueColumn("D_S").apply(data))
                .getMessage().contains("ignoring case"), "Spark resolves column names ignoring case by default");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sensitivities.of(BlackScholes::call, FIELDS).valueColumn("s").apply(data))
                .getMessage().contains("the data already has a column 's'"));
    }
}
