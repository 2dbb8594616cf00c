package dev.nabla.spark.fit;

import dev.nabla.spark.LocalSpark;
import dev.nabla.spark.examples.LogisticRegression;
import dev.nabla.spark.loss.DistributedLoss;
import dev.nabla.spark.loss.LabeledRecord;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LbfgsTest {
    private static final int FEATURES = 5;
    private static Dataset<Row> data;
    private static final DistributedLoss LOSS = DistributedLoss.compiled(LogisticRegression.LOSS, FEATURES + 1);

    @BeforeAll
    static void generate() {
        data = LogisticRegression.generate(LocalSpark.get(), 2_000, FEATURES, 3, 42).cache();
    }

    private static double[] mllib(double regParam) {
        LogisticRegressionModel model = new org.apache.spark.ml.classification.LogisticRegression()
                .setMaxIter(1_000).setTol(1e-14).setRegParam(regParam).setElasticNetParam(0)
                .setStandardization(false).setFitIntercept(true).fit(data);
        double[] w = new double[FEATURES + 1];
        w[0] = model.intercept();
        System.arraycopy(model.coefficients().toArray(), 0, w, 1, FEATURES);
        return w;
    }

    private static void assertSameOptimum(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], 1e-6, "θ" + i);
    }

    @Test
    void reachesMllibsLogisticRegressionOptimum() {
        FitResult fit = Lbfgs.create().maxIterations(500).tolerance(1e-14).minimize(LOSS, data, new double[FEATURES + 1]);
        assertSameOptimum(mllib(0), fit.parameters());
        double[] h = fit.lossHistory();
        assertEquals(Math.log(2), h[0], 1e-12, "the mean loss at θ = 0 is log 2");
        for (int i = 1; i < h.length; i++) assertTrue(h[i] <= h[i - 1] + 1e-15, "the loss falls: " + h[i - 1] + " → " + h[i]);
    }

    @Test
    void withTheSameL2PenaltyReachesMllibsOptimum() {
        double lambda = 0.05;
        FitResult fit = Lbfgs.create().maxIterations(500).tolerance(1e-14).penalty(Penalty.l2(lambda, 1))
                .minimize(LOSS, data, new double[FEATURES + 1]);
        assertSameOptimum(mllib(lambda), fit.parameters());
    }

    @Test
    void stopsAtTheIterationLimit() {
        FitResult fit = Lbfgs.create().maxIterations(3).tolerance(0).minimize(LOSS, data, new double[FEATURES + 1]);
        assertTrue(fit.iterations() <= 3, fit.toString());
    }

    @Test
    void misuseIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Lbfgs.create().minimize(LOSS, data, new double[2]))
                .getMessage().contains("6 initial parameters expected, got 2"));
        assertThrows(IllegalArgumentException.class, () -> Lbfgs.create().maxIterations(0));
        assertThrows(IllegalArgumentException.class, () -> Lbfgs.create().tolerance(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Penalty.l2(-1));
        var empty = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext())
                .parallelize(List.<LabeledRecord>of(), 2);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Lbfgs.create().minimize(LOSS, empty, new double[FEATURES + 1]))
                .getMessage().contains("no records"));
    }
}
