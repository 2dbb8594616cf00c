package dev.nabla.spark.bench;

import dev.nabla.core.reverse.Tape;
import dev.nabla.core.reverse.TapeVar;
import dev.nabla.spark.examples.BlackScholes;
import dev.nabla.spark.examples.LogisticRegression;
import dev.nabla.spark.examples.Run;
import dev.nabla.spark.fit.FitResult;
import dev.nabla.spark.fit.Lbfgs;
import dev.nabla.spark.loss.DistributedLoss;
import dev.nabla.spark.loss.LabeledRecord;
import dev.nabla.spark.sensitivity.Sensitivities;
import dev.nabla.symbolic.jit.Compiled;
import dev.nabla.symbolic.jit.CompiledGradient;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * Side by side in one run: Nabla's distributed L-BFGS logistic regression against MLlib's
 * {@code LogisticRegression} (same data, same iteration limit, no regularisation, no
 * standardisation), one gradient on {@code local[1]} against {@code local[2]} and against the
 * single-machine sum, and Black–Scholes Greeks per second against plain price evaluation.
 * Times are wall-clock, each the median of several runs after a warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: distributed L-BFGS vs MLlib, 1 vs 2 cores, Spark overhead, Greeks per second.")
public final class SparkBenchmark implements Callable<Integer> {
    @Option(names = "--quick", description = "10^6 rows only (otherwise 10^6 and 10^7)")
    boolean quick;
    @Option(names = "--features", description = "features per record (default: ${DEFAULT-VALUE})", defaultValue = "20")
    int features;
    @Option(names = "--iterations", description = "L-BFGS iterations per fit (default: ${DEFAULT-VALUE})", defaultValue = "10")
    int iterations;
    @Option(names = "--fits", description = "fits timed per logistic row, the median reported (default: ${DEFAULT-VALUE})", defaultValue = "3")
    int fits;
    @Option(names = "--options", description = "options for the Greeks rows (default: ${DEFAULT-VALUE})", defaultValue = "1000000")
    long options;
    @Option(names = "--out", description = "folder for results.md (default: ${DEFAULT-VALUE})", defaultValue = "nabla-spark/results")
    Path out;

    private final List<String> table = new ArrayList<>();

    @Override public Integer call() throws IOException {
        if (features < 1 || iterations < 1 || options < 1 || fits < 1) {
            throw new IllegalArgumentException("--features, --iterations, --fits and --options must be positive");
        }
        long[] sizes = quick ? new long[] {1_000_000} : new long[] {1_000_000, 10_000_000};
        String cores = Runtime.getRuntime().availableProcessors() + " cores";
        row("| measurement | Nabla | peer | ratio (Nabla ÷ peer) |");
        row("|---|---:|---:|---:|");

        double[] perCore = new double[3];
        for (int threads = 1; threads <= 2; threads++) {
            SparkSession spark = Run.session("local[" + threads + "]", "nabla bench local[" + threads + "]");
            try {
                Dataset<Row> data = LogisticRegression.generate(spark, sizes[0], features, 8, 3).cache();
                DistributedLoss loss = DistributedLoss.compiled(LogisticRegression.LOSS, features + 1);
                JavaRDD<LabeledRecord> records = loss.records(data).cache();
                records.count();
                double[] theta = LogisticRegression.trueCoefficients(features);
                perCore[threads] = median(5, () -> loss.evaluate(records, theta));
                if (threads == 1) singleMachine(spark, data, records, loss, theta, perCore[1]);
                records.unpersist();
                data.unpersist();
            } finally {
                spark.stop();
            }
        }
        row(String.format(Locale.ROOT, "| one compiled gradient, %,d cached records: local[2] vs local[1] (speed-up %.2f×) | %.3f s | %.3f s | %.2f |",
                sizes[0], perCore[1] / perCore[2], perCore[2], perCore[1], perCore[2] / perCore[1]));

        SparkSession spark = Run.session("local[2]", "nabla bench");
        try {
            warmUp(spark);
            for (long n : sizes) logistic(spark, n, n == sizes[0]);
            greeks(spark);
        } finally {
            spark.stop();
        }
        write(cores);
        return 0;
    }

    /** The Spark path against one thread without Spark, the Dataset against cached records, compiled against the tape. */
    private void singleMachine(SparkSession spark, Dataset<Row> data, JavaRDD<LabeledRecord> records, DistributedLoss loss,
                               double[] theta, double sparkSeconds) {
        List<LabeledRecord> local = records.collect();
        double single = median(5, () -> loss.evaluateLocally(local, theta));
        row(String.format(Locale.ROOT, "| one compiled gradient, %,d records: Spark local[1] on cached records vs the same sum on one thread without Spark | %.3f s | %.3f s | %.2f |",
                local.size(), sparkSeconds, single, sparkSeconds / single));
        double walk = median(5, () -> records.treeAggregate(0.0, (Double sum, LabeledRecord r) -> sum + r.label(), Double::sum, 2));
        row(String.format(Locale.ROOT, "| %,d cached records, local[1]: a job that only walks them (treeAggregate of the labels) vs one compiled gradient | %.3f s | %.3f s | %.2f |",
                local.size(), walk, sparkSeconds, walk / sparkSeconds));
        double fromRows = median(3, () -> loss.evaluate(data, theta));
        row(String.format(Locale.ROOT, "| one compiled gradient, %,d records, local[1]: read from the Dataset's rows (vector column decoded each time) vs from cached records | %.3f s | %.3f s | %.2f |",
                local.size(), fromRows, sparkSeconds, fromRows / sparkSeconds));
        DistributedLoss taped = DistributedLoss.of(LogisticRegression.LOSS.onTape(), features + 1);
        double tape = median(3, () -> taped.evaluateLocally(local, theta));
        row(String.format(Locale.ROOT, "| one thread, no Spark: logistic loss + gradient per record, compiled vs the tape | %.0f ns | %.0f ns | %.2f |",
                single / local.size() * 1e9, tape / local.size() * 1e9, single / tape));
    }

    private void warmUp(SparkSession spark) {
        Dataset<Row> small = LogisticRegression.generate(spark, 20_000, features, 2, 9).cache();
        mllib(small, 5);
        nabla(small, 5, true);
        nabla(small, 5, false);
        small.unpersist();
    }

    private void logistic(SparkSession spark, long n, boolean withTape) {
        Dataset<Row> data = LogisticRegression.generate(spark, n, features, 8, 1).cache();
        data.count();
        int[] mllibIterations = new int[1];
        double perMllib = medianOf(fits, () -> {
            long t0 = System.nanoTime();
            mllibIterations[0] = mllib(data, iterations);
            return (System.nanoTime() - t0) * 1e-9 / Math.max(1, mllibIterations[0]);
        });
        for (boolean compiled : withTape ? new boolean[] {true, false} : new boolean[] {true}) {
            int[] nablaIterations = new int[1];
            double perNabla = medianOf(fits, () -> {
                long t0 = System.nanoTime();
                nablaIterations[0] = nabla(data, iterations, compiled).iterations();
                return (System.nanoTime() - t0) * 1e-9 / Math.max(1, nablaIterations[0]);
            });
            row(String.format(Locale.ROOT, "| logistic regression, %,d rows × %d features, local[2]: seconds per L-BFGS iteration, Nabla %s vs MLlib LogisticRegression (%d and %d iterations; median of %d fits each) | %.3f s | %.3f s | %.2f |",
                    n, features, compiled ? "compiled" : "on the tape", nablaIterations[0], mllibIterations[0], fits, perNabla, perMllib, perNabla / perMllib));
        }
        data.unpersist();
    }

    /** The median of {@code runs} values of {@code measurement}. */
    private static double medianOf(int runs, java.util.function.DoubleSupplier measurement) {
        double[] v = new double[runs];
        for (int i = 0; i < runs; i++) v[i] = measurement.getAsDouble();
        Arrays.sort(v);
        return v[runs / 2];
    }

    private int mllib(Dataset<Row> data, int maxIter) {
        LogisticRegressionModel model = new org.apache.spark.ml.classification.LogisticRegression()
                .setMaxIter(maxIter).setTol(0).setRegParam(0).setStandardization(false).fit(data);
        return model.summary().totalIterations();
    }

    private FitResult nabla(Dataset<Row> data, int maxIter, boolean compiled) {
        DistributedLoss loss = compiled ? DistributedLoss.compiled(LogisticRegression.LOSS, features + 1)
                : DistributedLoss.of(LogisticRegression.LOSS.onTape(), features + 1);
        return Lbfgs.create().maxIterations(maxIter).tolerance(0).minimize(loss, data, new double[features + 1]);
    }

    private void greeks(SparkSession spark) {
        Dataset<Row> book = options(spark, options, 8, 5).cache();
        book.count();
        Dataset<Double> prices = book.map((MapFunction<Row, Double>) r -> BlackScholes.price(r.getDouble(1), r.getDouble(2),
                r.getDouble(3), r.getDouble(4), r.getDouble(5)), Encoders.DOUBLE());
        double plain = median(3, () -> prices.reduce((org.apache.spark.api.java.function.ReduceFunction<Double>) Double::sum));
        Sensitivities compiled = Sensitivities.of(BlackScholes::call, "S", "K", "T", "r", "sigma").valueColumn("price");
        for (Sensitivities s : new Sensitivities[] {compiled, compiled.onTape()}) {
            Dataset<Row> greeks = s.apply(book);
            double withGreeks = median(3, () -> greeks.agg(functions.sum("d_S")).first());
            row(String.format(Locale.ROOT, "| Black–Scholes price + 5 Greeks (%s), %,d options, local[2]: %,.0f options/s vs plain price only (%,.0f options/s) | %.3f s | %.3f s | %.2f |",
                    s.method(), options, options / withGreeks, options / plain, withGreeks, plain, withGreeks / plain));
        }
        book.unpersist();

        double[][] fields = new double[100_000][];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < fields.length; i++) fields[i] = option(random);
        CompiledGradient program = Compiled.gradient(BlackScholes::call, 5);
        double compiledTime = median(7, () -> {
            double[] g = new double[5];
            double sum = 0;
            for (double[] f : fields) sum += program.gradient(f, g) + g[0];
            return sum;
        });
        double tape = median(7, () -> {
            Tape t = new Tape();
            double sum = 0;
            for (double[] f : fields) {
                t.reset();
                TapeVar[] v = t.variables(f);
                sum += t.gradient(BlackScholes.call(v), v)[0];
            }
            return sum;
        });
        double doubles = median(7, () -> {
            double sum = 0;
            for (double[] f : fields) sum += BlackScholes.price(f[0], f[1], f[2], f[3], f[4]);
            return sum;
        });
        perOption("compiled", compiledTime, doubles, fields.length);
        perOption("the tape", tape, doubles, fields.length);
    }

    private void perOption(String method, double seconds, double plainSeconds, int n) {
        row(String.format(Locale.ROOT, "| one thread, no Spark: price + 5 Greeks by %s vs plain price, ns per option | %.0f ns | %.0f ns | %.2f |",
                method, seconds / n * 1e9, plainSeconds / n * 1e9, seconds / plainSeconds));
    }

    /** A generated book of options: {@code id, S, K, T, r, sigma}. */
    public static Dataset<Row> options(SparkSession spark, long n, int partitions, long seed) {
        StructType schema = new StructType().add("id", DataTypes.LongType);
        for (String f : new String[] {"S", "K", "T", "r", "sigma"}) schema = schema.add(f, DataTypes.DoubleType);
        List<Integer> parts = new ArrayList<>();
        for (int p = 0; p < partitions; p++) parts.add(p);
        JavaRDD<Row> rows = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(parts, partitions).flatMap(p -> {
                    long from = n * p / partitions, to = n * (p + 1) / partitions;
                    SplittableRandom random = new SplittableRandom(seed * 31 + p);
                    List<Row> out = new ArrayList<>();
                    for (long i = from; i < to; i++) {
                        double[] f = option(random);
                        out.add(RowFactory.create(i, f[0], f[1], f[2], f[3], f[4]));
                    }
                    return out.iterator();
                });
        return spark.createDataFrame(rows, schema);
    }

    static double[] option(SplittableRandom random) {
        return new double[] {50 + 100 * random.nextDouble(), 50 + 100 * random.nextDouble(), 0.05 + 3 * random.nextDouble(),
            0.1 * random.nextDouble() - 0.02, 0.05 + 0.6 * random.nextDouble()};
    }

    /** The median wall-clock seconds of {@code runs} runs after one warm-up. */
    private static double median(int runs, java.util.function.Supplier<?> work) {
        work.get();
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            t[i] = (System.nanoTime() - t0) * 1e-9;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    private void row(String line) {
        table.add(line);
        System.out.println(line);
    }

    private void write(String cores) throws IOException {
        Files.createDirectories(out);
        String header = "Run " + java.time.LocalDate.now() + " on " + cores + ", " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()
                + ", " + (quick ? "--quick" : "full") + "; heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB.\n\n";
        Path tmp = Files.createTempFile(out, "results", ".md");
        Files.writeString(tmp, header + String.join("\n", table) + "\n");
        Files.move(tmp, out.resolve("results.md"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("written " + out.resolve("results.md"));
    }
}
