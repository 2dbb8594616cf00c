package dev.nabla.spark.examples;

import dev.nabla.core.algebra.Num;
import dev.nabla.spark.fit.Penalty;
import dev.nabla.spark.loss.TraceableRecordLoss;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.hipparchus.special.Gamma;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * ADBench's Gaussian mixture objective, split into what a distributed fit needs: the negative
 * log-likelihood of one point (a {@link TraceableRecordLoss}, compiled) and the Wishart prior (a {@link Penalty}, added
 * once). Parameters in ADBench's order: {@code α} (k), {@code μ} (k·d), {@code icf} (k·d(d+1)/2: the
 * logs {@code q} of {@code Q}'s diagonal, then its strictly lower triangle {@code l} column by column).
 *
 * <pre>{@code
 * inner_k(x) = α_k + Σⱼ q_kj - ½‖Q_k (x - μ_k)‖²
 * ℓ(θ; x)    = -logsumexp_k inner_k(x) + logsumexp(α) + (d/2)·log 2π
 * P(θ)       = Σ_k [½γ²(‖exp(q_k)‖² + ‖l_k‖²) - m Σⱼ q_kj]
 * }</pre>
 *
 * ADBench's objective is {@code L = -Σᵢ ℓ(θ; xᵢ) + P(θ) - k·C}; a fit minimises the negative
 * log-posterior {@code Σᵢ ℓ(θ; xᵢ) + P(θ)}, whose mean form {@code (1/n)Σᵢ ℓ + P/n} is what
 * {@link dev.nabla.spark.fit.Lbfgs} takes.
 */
public final class GaussianMixture {
    private GaussianMixture() {}

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    /** The number of parameters of a mixture of {@code k} components in {@code d} dimensions. */
    public static int parameterCount(int d, int k) {
        return k + k * d + k * d * (d + 1) / 2;
    }

    /** The negative log-likelihood of one point for a mixture of {@code k} components in {@code d} dimensions. */
    public static TraceableRecordLoss loss(int d, int k) {
        if (d < 1 || k < 1) throw new IllegalArgumentException("GMM: need d ≥ 1 and k ≥ 1, got d = " + d + ", k = " + k);
        return (p, x, label) -> {
            if (x.length != d) throw new IllegalArgumentException("GMM: a point of " + x.length + " coordinates in a " + d + "-dimensional mixture");
            Num[] inner = new Num[k];
            for (int c = 0; c < k; c++) {
                int mu = k + c * d, icf = k + k * d + c * d * (d + 1) / 2;
                Num sumQ = p[icf];
                for (int j = 1; j < d; j++) sumQ = sumQ.add(p[icf + j]);
                Num[] y = new Num[d];
                for (int j = 0; j < d; j++) y[j] = p[mu + j].neg().add(x[j]);
                Num norm = null;
                int l = icf + d;
                Num[] qy = new Num[d];
                for (int i = 0; i < d; i++) qy[i] = p[icf + i].exp().mul(y[i]);
                for (int j = 0; j < d; j++) {
                    for (int i = j + 1; i < d; i++) qy[i] = qy[i].add(p[l++].mul(y[j]));
                }
                for (int i = 0; i < d; i++) norm = norm == null ? qy[i].mul(qy[i]) : norm.add(qy[i].mul(qy[i]));
                inner[c] = p[c].add(sumQ).sub(norm.mul(0.5));
            }
            Num[] alphas = new Num[k];
            System.arraycopy(p, 0, alphas, 0, k);
            return logSumExp(alphas).sub(logSumExp(inner)).add(d * HALF_LOG_2PI);
        };
    }

    /** The Wishart prior {@code P(θ)} scaled by {@code 1/n}: the form a mean-loss fit over {@code n} points takes. */
    public static Penalty prior(int d, int k, double gamma, int m, long n) {
        if (n < 1) throw new IllegalArgumentException("GMM prior: need n ≥ 1 points, got " + n);
        double scale = 1.0 / n;
        return p -> {
            Num total = p[0].constant(0);
            for (int c = 0; c < k; c++) {
                int icf = k + k * d + c * d * (d + 1) / 2;
                Num squares = p[icf].constant(0), sumQ = p[icf].constant(0);
                for (int j = 0; j < d; j++) {
                    Num e = p[icf + j].exp();
                    squares = squares.add(e.mul(e));
                    sumQ = sumQ.add(p[icf + j]);
                }
                for (int j = d; j < d * (d + 1) / 2; j++) squares = squares.add(p[icf + j].mul(p[icf + j]));
                total = total.add(squares.mul(0.5 * gamma * gamma)).sub(sumQ.mul(m));
            }
            return total.mul(scale);
        };
    }

    /** ADBench's constant {@code C = N·d·(log γ - ½ log 2) - log Γ_d(N/2)}, {@code N = d + m + 1}. */
    public static double wishartConstant(int d, double gamma, int m) {
        int big = d + m + 1;
        double logGammaD = d * (d - 1) / 4.0 * Math.log(Math.PI);
        for (int j = 1; j <= d; j++) logGammaD += Gamma.logGamma(big / 2.0 + (1 - j) / 2.0);
        return big * d * (Math.log(gamma) - 0.5 * Math.log(2)) - logGammaD;
    }

    /**
     * {@code log Σ e^(vᵢ) = m + log Σ e^(vᵢ - m)} with {@code m = max vᵢ}, so that no exponential
     * overflows. The maximum is taken with the primitive {@code max}, not by reading values, so the
     * function stays traceable; its derivative cancels ({@code ∂/∂m = 1 - Σ softmax = 0}) up to rounding.
     */
    static Num logSumExp(Num[] v) {
        Num max = v[0];
        for (int i = 1; i < v.length; i++) max = max.max(v[i]);
        Num s = null;
        for (Num n : v) s = s == null ? n.sub(max).exp() : s.add(n.sub(max).exp());
        return s.log().add(max);
    }

    /** The schema of generated points: one vector column {@code features}. */
    public static StructType schema() {
        return new StructType().add("features", SQLDataTypes.VectorType());
    }

    /**
     * {@code n} points from {@code k} unit Gaussians in {@code d} dimensions whose centres lie 4 apart
     * along the diagonal, in {@code partitions} partitions generated on the executors from {@code seed}.
     */
    public static Dataset<Row> generate(SparkSession spark, long n, int d, int k, int partitions, long seed) {
        List<Integer> parts = new ArrayList<>();
        for (int p = 0; p < partitions; p++) parts.add(p);
        var sc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
        var rdd = sc.parallelize(parts, partitions).flatMap(part -> {
            long from = n * part / partitions, to = n * (part + 1) / partitions;
            SplittableRandom random = new SplittableRandom(seed * 7_919L + part);
            List<Row> out = new ArrayList<>();
            for (long i = from; i < to; i++) {
                int c = random.nextInt(k);
                double[] x = new double[d];
                for (int j = 0; j < d; j++) x[j] = 4.0 * c + LogisticRegression.gaussian(random);
                out.add(RowFactory.create(Vectors.dense(x)));
            }
            return out.iterator();
        });
        return spark.createDataFrame(rdd, schema());
    }

    /**
     * A starting point for {@link #generate}'s data: equal weights, identity precision, and the means
     * spaced evenly along the diagonal over {@code [-1, 4k - 3]} (a spread wider than the centres',
     * as a user would start from the data's range), each coordinate jittered by up to ±0.5.
     */
    public static double[] initialParameters(int d, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[parameterCount(d, k)];
        double spacing = k == 1 ? 0 : (4.0 * k - 2) / (k - 1);
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) p[k + c * d + j] = -1 + c * spacing + random.nextDouble() - 0.5;
        }
        return p;
    }
}
