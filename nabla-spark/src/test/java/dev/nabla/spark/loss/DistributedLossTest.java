package dev.nabla.spark.loss;

import dev.nabla.core.algebra.Num;
import dev.nabla.spark.LocalSpark;
import dev.nabla.spark.examples.LogisticRegression;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class DistributedLossTest {
    private static final int FEATURES = 6;
    private static final DistributedLoss LOSS = DistributedLoss.compiled(LogisticRegression.LOSS, FEATURES + 1);
    private static final DistributedLoss TAPED = DistributedLoss.of(LogisticRegression.LOSS.onTape(), FEATURES + 1);

    private static DistributedLoss byMethod(String method) {
        return method.equals("compiled") ? LOSS : TAPED;
    }

    static List<LabeledRecord> records(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LabeledRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] x = new double[FEATURES];
            for (int j = 0; j < FEATURES; j++) x[j] = random.nextDouble() * 4 - 2;
            out.add(new LabeledRecord(x, random.nextBoolean() ? 1 : 0));
        }
        return out;
    }

    static double[] params() {
        return new double[] {0.3, -1.2, 0.7, 2.5, -0.4, 0.05, 1.1};
    }

    private static JavaSparkContext sc() {
        return JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    }

    static void assertClose(LossAndGradient expected, LossAndGradient actual, double relative) {
        assertEquals(expected.records(), actual.records(), "records");
        assertEquals(expected.loss(), actual.loss(), relative * Math.abs(expected.loss()), "loss");
        double scale = 0;
        for (double g : expected.gradient()) scale = Math.max(scale, Math.abs(g));
        for (int i = 0; i < expected.gradient().length; i++) {
            assertEquals(expected.gradient()[i], actual.gradient()[i], relative * scale, "gradient[" + i + "]");
        }
    }

    @ParameterizedTest
    @CsvSource({"compiled, 1", "compiled, 2", "compiled, 7", "compiled, 64", "reverse, 1", "reverse, 2", "reverse, 7", "reverse, 64"})
    void theDistributedSumEqualsTheSingleMachineOneForEveryPartitioning(String method, int partitions) {
        DistributedLoss loss = byMethod(method);
        assertEquals(method, loss.method());
        List<LabeledRecord> data = records(3_000, 11);
        LossAndGradient local = loss.evaluateLocally(data, params());
        LossAndGradient distributed = loss.evaluate(sc().parallelize(data, partitions), params());
        assertClose(local, distributed, 1e-12);
        assertEquals(3_000, distributed.records());
    }

    @Test
    void theCompiledGradientsAreTheTapesTermForTerm() {
        List<LabeledRecord> data = records(1_000, 12);
        for (double[] p : new double[][] {params(), new double[FEATURES + 1], {40, 9, -9, 9, -9, 9, -9}}) {
            LossAndGradient compiled = LOSS.evaluateLocally(data, p), taped = TAPED.evaluateLocally(data, p);
            assertClose(taped, compiled, 1e-15);
        }
        LossAndGradient atZero = LOSS.evaluateLocally(data.subList(0, 1), new double[FEATURES + 1]);
        assertEquals(Math.log(2), atZero.loss(), 1e-16);
        assertEquals(0.5 - data.get(0).label(), atZero.gradient()[0], 1e-16, "softplus'(0) = 1/2 by the kinks' conventions");
    }

    @Test
    void recordsOfDifferentSizesEachGetTheirProgram() {
        TraceableRecordLoss sumOfFeatures = (w, x, y) -> {
            Num s = w[0].mul(y);
            for (Num xi : x) s = s.add(w[1].mul(xi).square());
            return s;
        };
        DistributedLoss loss = DistributedLoss.compiled(sumOfFeatures, 2);
        List<LabeledRecord> data = List.of(new LabeledRecord(new double[] {1}, 2), new LabeledRecord(new double[] {1, 2, 3}, 1),
                new LabeledRecord(new double[0], 5));
        LossAndGradient r = loss.evaluate(sc().parallelize(data, 2), new double[] {1, 3});
        // Σ (w0·y + Σ (w1·x)²) = 8 + 9·(1 + 1 + 4 + 9); ∂w0 = Σ y, ∂w1 = Σ 2·w1·x²
        assertEquals(8 + 9 * 15, r.loss(), 1e-12);
        assertArrayEquals(new double[] {8, 2 * 3 * 15}, r.gradient(), 1e-12);
    }

    @Test
    void anInfiniteRecordLossMakesTheSumInfiniteNotNaN() {
        TraceableRecordLoss negativeLog = (w, x, y) -> w[0].mul(x[0]).log().neg();
        List<LabeledRecord> data = List.of(new LabeledRecord(new double[] {2}, 0), new LabeledRecord(new double[] {0}, 0),
                new LabeledRecord(new double[] {3}, 0));
        for (DistributedLoss loss : List.of(DistributedLoss.compiled(negativeLog, 1), DistributedLoss.of(negativeLog.onTape(), 1))) {
            assertEquals(Double.POSITIVE_INFINITY, loss.evaluateLocally(data, new double[] {1}).loss(), loss.method());
            assertEquals(Double.POSITIVE_INFINITY, loss.evaluate(sc().parallelize(data, 2), new double[] {1}).loss(), loss.method());
        }
    }

    @Test
    void aRecordWithANonFiniteValueInARecordCollectionIsNamedOrSkipped() {
        List<LabeledRecord> data = new ArrayList<>(records(10, 4));
        data.set(3, new LabeledRecord(new double[] {1, 2, Double.NaN, 4, 5, 6}, 1));
        data.set(6, new LabeledRecord(new double[FEATURES], Double.POSITIVE_INFINITY));
        SparkException e = assertThrows(SparkException.class, () -> LOSS.evaluate(sc().parallelize(data, 1), params()));
        String message = rootMessage(e);
        assertTrue(message.contains("bad record 3 of partition 0 ([1.0, 2.0, NaN, 4.0, 5.0, 6.0], 1.0): column 'features[2]' is NaN"), message);
        BadRecordException local = assertThrows(BadRecordException.class, () -> LOSS.evaluateLocally(data, params()));
        assertTrue(local.getMessage().startsWith("bad record 3 ("), local.getMessage());

        DistributedLoss skipping = LOSS.badRows(BadRows.SKIP);
        List<LabeledRecord> good = new ArrayList<>(data);
        good.remove(6);
        good.remove(3);
        LossAndGradient r = skipping.evaluate(sc().parallelize(data, 3), params());
        assertEquals(8, r.records());
        assertEquals(2, r.skipped());
        assertClose(LOSS.evaluateLocally(good, params()), r, 1e-12);
        LossAndGradient l = skipping.evaluateLocally(data, params());
        assertEquals(2, l.skipped());
        assertClose(LOSS.evaluateLocally(good, params()), l, 1e-12);
        assertEquals(8, skipping.checked(sc().parallelize(data, 2)).count());

        List<LabeledRecord> withNull = new ArrayList<>(records(4, 5));
        withNull.set(2, null);
        String nullMessage = rootMessage(assertThrows(SparkException.class, () -> LOSS.evaluate(sc().parallelize(withNull, 1), params())));
        assertTrue(nullMessage.contains("bad record 2 of partition 0: the record is null"), nullMessage);
        assertEquals(1, skipping.evaluate(sc().parallelize(withNull, 2), params()).skipped());
    }

    @Test
    void aPinnedLossKeepsItsProgramAndGivesTheSameSums() {
        List<LabeledRecord> data = records(300, 6);
        DistributedLoss pinned = LOSS.pinned();
        assertEquals("compiled", pinned.method());
        assertClose(LOSS.evaluate(sc().parallelize(data, 3), params()), pinned.evaluate(sc().parallelize(data, 3), params()), 0);
    }

    @Test
    void aCompiledLossFollowsTheValuesItCaptures() {
        double[] scale = {1};
        TraceableRecordLoss scaled = (w, x, y) -> w[0].mul(x[0]).mul(scale[0]);
        DistributedLoss compiled = DistributedLoss.compiled(scaled, 1);
        List<LabeledRecord> data = List.of(new LabeledRecord(new double[] {2}, 0), new LabeledRecord(new double[] {3}, 0));
        assertEquals(5.0, compiled.evaluate(sc().parallelize(data, 2), new double[] {1}).loss());
        scale[0] = 10;
        assertEquals(50.0, compiled.evaluate(sc().parallelize(data, 2), new double[] {1}).loss(), "a captured value is part of the program");
        assertEquals(50.0, compiled.evaluateLocally(data, new double[] {1}).loss());
        assertEquals(50.0, DistributedLoss.of(scaled.onTape(), 1).evaluateLocally(data, new double[] {1}).loss());
    }

    @Test
    void aLossThatBranchesOnAValueIsRefusedOnTheDriverNamingTheTape() {
        TraceableRecordLoss branching = (w, x, y) -> w[0].doubleValue() > 0 ? w[0].mul(x[0]) : w[0];
        DistributedLoss loss = DistributedLoss.compiled(branching, 1);
        Dataset<Row> data = frame(List.of(RowFactory.create(Vectors.dense(new double[FEATURES]), 1.0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loss.evaluate(data, new double[1]));
        assertTrue(e.getMessage().contains("cannot be compiled") && e.getMessage().contains("DistributedLoss.of(loss.onTape(), 1)"),
                e.getMessage());
        LossAndGradient onTape = DistributedLoss.of(branching.onTape(), 1).evaluate(data, new double[] {2});
        assertEquals(0.0, onTape.loss());
        assertArrayEquals(new double[] {0}, onTape.gradient());
    }

    @Test
    void emptyPartitionsAddNothing() {
        List<LabeledRecord> data = records(20, 5);
        var rdd = sc().parallelize(data, 64);
        assertTrue(rdd.glom().collect().stream().anyMatch(List::isEmpty), "some partitions are empty");
        assertClose(LOSS.evaluateLocally(data, params()), LOSS.evaluate(rdd, params()), 1e-12);
    }

    @Test
    void anEmptyDataSetHasZeroLossAndGradient() {
        LossAndGradient r = LOSS.evaluate(sc().parallelize(List.<LabeledRecord>of(), 3), params());
        assertEquals(0, r.records());
        assertEquals(0.0, r.loss());
        assertArrayEquals(new double[FEATURES + 1], r.gradient());
    }

    @Test
    void theGradientIsTheLossesDerivative() {
        List<LabeledRecord> data = records(200, 3);
        double[] p = params();
        double[] g = LOSS.evaluate(sc().parallelize(data, 3), p).gradient();
        for (int i = 0; i < p.length; i++) {
            double h = 1e-6;
            double[] up = p.clone(), down = p.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (LOSS.evaluateLocally(data, up).loss() - LOSS.evaluateLocally(data, down).loss()) / (2 * h);
            assertEquals(numeric, g[i], 1e-6 * Math.max(1, Math.abs(numeric)), "∂L/∂θ" + i);
        }
    }

    private static Dataset<Row> frame(List<Row> rows) {
        StructType schema = new StructType().add("features", org.apache.spark.ml.linalg.SQLDataTypes.VectorType())
                .add("label", DataTypes.DoubleType, true);
        return LocalSpark.get().createDataFrame(rows, schema).repartition(3);
    }

    @Test
    void aDatasetWithAVectorColumnGivesTheSameSumAsItsRecords() {
        List<LabeledRecord> data = records(500, 8);
        List<Row> rows = new ArrayList<>();
        for (LabeledRecord r : data) rows.add(RowFactory.create(Vectors.dense(r.features()), r.label()));
        assertClose(LOSS.evaluateLocally(data, params()), LOSS.evaluate(frame(rows), params()), 1e-12);
    }

    @Test
    void scalarFeatureColumnsAreReadInOrder() {
        List<LabeledRecord> data = records(100, 9);
        StructType schema = new StructType();
        for (int j = 0; j < FEATURES; j++) schema = schema.add("x" + j, j % 2 == 0 ? DataTypes.DoubleType : DataTypes.FloatType);
        schema = schema.add("y", DataTypes.IntegerType);
        List<Row> rows = new ArrayList<>();
        List<LabeledRecord> asRead = new ArrayList<>();
        for (LabeledRecord r : data) {
            Object[] v = new Object[FEATURES + 1];
            double[] x = new double[FEATURES];
            for (int j = 0; j < FEATURES; j++) {
                v[j] = j % 2 == 0 ? (Object) r.features()[j] : (Object) (float) r.features()[j];
                x[j] = j % 2 == 0 ? r.features()[j] : (float) r.features()[j];
            }
            v[FEATURES] = (int) r.label();
            rows.add(RowFactory.create(v));
            asRead.add(new LabeledRecord(x, r.label()));
        }
        String[] columns = new String[FEATURES];
        for (int j = 0; j < FEATURES; j++) columns[j] = "x" + j;
        LossAndGradient r = LOSS.features(columns).label("y").evaluate(LocalSpark.get().createDataFrame(rows, schema), params());
        assertClose(LOSS.evaluateLocally(asRead, params()), r, 1e-12);
    }

    private static List<Row> withBadRows() {
        List<Row> rows = new ArrayList<>();
        for (LabeledRecord r : records(30, 4)) rows.add(RowFactory.create(Vectors.dense(r.features()), r.label()));
        rows.set(7, RowFactory.create(Vectors.dense(records(1, 1).get(0).features()), null));
        double[] nan = records(1, 2).get(0).features();
        nan[2] = Double.NaN;
        rows.set(12, RowFactory.create(Vectors.dense(nan), 1.0));
        return rows;
    }

    @Test
    void aBadRecordFailsTheSumWithItsPositionAndColumn() {
        Dataset<Row> data = LocalSpark.get().createDataFrame(withBadRows(), frame(List.of()).schema()).coalesce(1);
        SparkException e = assertThrows(SparkException.class, () -> LOSS.evaluate(data, params()));
        String message = rootMessage(e);
        assertTrue(message.contains("bad record 7 of partition 0") && message.contains("column 'label' is null"), message);
        assertTrue(message.contains("BadRows.SKIP"), message);
    }

    @Test
    void theSkipPolicyLeavesBadRecordsOutAndCountsThem() {
        List<Row> rows = withBadRows();
        Dataset<Row> data = LocalSpark.get().createDataFrame(rows, frame(List.of()).schema());
        LossAndGradient r = LOSS.badRows(BadRows.SKIP).evaluate(data, params());
        assertEquals(28, r.records());
        assertEquals(2, r.skipped());
        List<LabeledRecord> good = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i == 7 || i == 12) continue;
            Row row = rows.get(i);
            good.add(new LabeledRecord(((org.apache.spark.ml.linalg.Vector) row.get(0)).toArray(), row.getDouble(1)));
        }
        assertClose(LOSS.evaluateLocally(good, params()), r, 1e-12);
    }

    @Test
    void misuseIsNamed() {
        Dataset<Row> data = frame(List.of(RowFactory.create(Vectors.dense(new double[FEATURES]), 1.0)));
        IllegalArgumentException wrongParams = assertThrows(IllegalArgumentException.class, () -> LOSS.evaluate(data, new double[3]));
        assertTrue(wrongParams.getMessage().contains("7 parameters expected, got 3"), wrongParams.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> LOSS.features("x").evaluate(data, params()));
        assertTrue(missing.getMessage().contains("no column 'x' (columns: features, label)"), missing.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> LOSS.features("features").label("name")
                .evaluate(LocalSpark.get().createDataFrame(List.of(RowFactory.create(Vectors.dense(new double[FEATURES]), "a")),
                        new StructType().add("features", org.apache.spark.ml.linalg.SQLDataTypes.VectorType()).add("name", DataTypes.StringType)), params()));
        assertTrue(text.getMessage().contains("label column 'name' has type string"), text.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DistributedLoss.of(null, 3));
        assertThrows(IllegalArgumentException.class, () -> DistributedLoss.compiled(null, 3));
        IllegalArgumentException nullColumn = assertThrows(IllegalArgumentException.class, () -> LOSS.features("a", null));
        assertEquals("distributed loss: feature column 1 is null", nullColumn.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DistributedLoss.compiled(LogisticRegression.LOSS, 0));
    }

    @Test
    void aLossReadingPastTheRecordIsNamed() {
        DistributedLoss tooMany = DistributedLoss.compiled(LogisticRegression.LOSS, FEATURES + 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributedLoss.of((w, x, y) -> w[0].mul(x[FEATURES]), 1).evaluateLocally(records(1, 1), new double[1]));
        assertTrue(e.getMessage().contains("reading past the record"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DistributedLoss.compiled((w, x, y) -> w[0].mul(x[FEATURES]), 1).evaluateLocally(records(1, 1), new double[1]));
        assertTrue(e.getMessage().contains("compiling the record loss for 1 parameters and 6 features")
                && e.getMessage().contains("reading past the 6 features or the 1 parameters"), e.getMessage());
        assertEquals(1, tooMany.evaluateLocally(records(1, 1), new double[FEATURES + 3]).records());
    }

    static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) all.append(t.getMessage()).append('\n');
        return all.toString();
    }
}
