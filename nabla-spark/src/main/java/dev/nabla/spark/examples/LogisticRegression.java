package dev.nabla.spark.examples;

import dev.nabla.core.algebra.Num;
import dev.nabla.spark.loss.TraceableRecordLoss;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Logistic regression: the loss of one record written once, and generated data to fit it on.
 *
 * <pre>{@code
 * z = θ₀ + Σⱼ θⱼ₊₁·xⱼ,   ℓ(θ; x, y) = log(1 + eᶻ) - y·z
 * }</pre>
 */
public final class LogisticRegression {
    private LogisticRegression() {}

    /**
     * The negative log-likelihood of one record; parameter 0 is the intercept. Written without a
     * branch, so that it compiles: {@code log(1 + eᶻ) = max(z, 0) + log(1 + e^(-|z|))}, which never
     * overflows; at {@code z = 0} the rule table's conventions (half the derivative to each side of
     * {@code max} at a tie, {@code |z|' = 0}) give the true derivative ½.
     */
    public static final TraceableRecordLoss LOSS = (w, x, y) -> {
        Num z = w[0];
        for (int j = 0; j < x.length; j++) z = z.add(w[j + 1].mul(x[j]));
        Num softplus = z.max(z.constant(0)).add(z.abs().neg().exp().log1p());
        return softplus.sub(z.mul(y));
    };

    /** The schema of the generated data: a vector column {@code features} and a double {@code label}. */
    public static StructType schema() {
        return new StructType().add("features", SQLDataTypes.VectorType()).add("label", DataTypes.DoubleType);
    }

    /**
     * {@code rows} records with {@code features} standard normal features and labels drawn from a
     * logistic model whose coefficients are {@code (0.5, 1, -1, 0.5, -0.5, …)} scaled by 1/√features,
     * in {@code partitions} partitions, each generated on its executor from {@code seed}.
     */
    public static Dataset<Row> generate(SparkSession spark, long rows, int features, int partitions, long seed) {
        if (rows < 0 || features < 1 || partitions < 1) {
            throw new IllegalArgumentException("logistic data: need rows ≥ 0, features ≥ 1, partitions ≥ 1; got "
                    + rows + ", " + features + ", " + partitions);
        }
        double[] truth = trueCoefficients(features);
        List<Integer> parts = new ArrayList<>();
        for (int p = 0; p < partitions; p++) parts.add(p);
        org.apache.spark.api.java.JavaSparkContext sc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
        var rdd = sc.parallelize(parts, partitions).flatMap(p -> {
            long from = rows * p / partitions, to = rows * (p + 1) / partitions;
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + p);
            List<Row> out = new ArrayList<>((int) (to - from));
            for (long i = from; i < to; i++) {
                double[] x = new double[features];
                double z = truth[0];
                for (int j = 0; j < features; j++) {
                    x[j] = gaussian(random);
                    z += truth[j + 1] * x[j];
                }
                double label = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
                out.add(RowFactory.create(Vectors.dense(x), label));
            }
            return out.iterator();
        });
        return spark.createDataFrame(rdd, schema());
    }

    /** The coefficients the data is generated from: intercept first. */
    public static double[] trueCoefficients(int features) {
        double[] t = new double[features + 1];
        t[0] = 0.5;
        for (int j = 0; j < features; j++) t[j + 1] = (j % 2 == 0 ? 1 : -1) * (1 + (j % 3)) * 0.5 / Math.sqrt(features);
        return t;
    }

    static double gaussian(SplittableRandom random) {
        double u = random.nextDouble(), v = random.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }
}
