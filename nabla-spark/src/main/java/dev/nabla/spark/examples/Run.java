package dev.nabla.spark.examples;

import dev.nabla.spark.bench.SparkBenchmark;
import dev.nabla.spark.fit.FitResult;
import dev.nabla.spark.fit.Lbfgs;
import dev.nabla.spark.loss.DistributedLoss;
import dev.nabla.spark.loss.TraceableRecordLoss;
import dev.nabla.spark.sensitivity.Sensitivities;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * The examples' entry point, for {@code nabla-spark/run} on this machine and for {@code spark-submit}
 * on a cluster: {@code logistic}, {@code gmm}, {@code greeks}, and the benchmark {@code bench}.
 */
@Command(name = "nabla-spark", mixinStandardHelpOptions = true, version = "nabla-spark 0.1.0",
        description = "Nabla on Apache Spark: distributed gradients, L-BFGS fits and per-record sensitivities.",
        subcommands = {Run.Logistic.class, Run.Mixture.class, Run.Greeks.class, SparkBenchmark.class})
public final class Run implements Runnable {

    /** The master URLs Spark accepts (those of its deploy modes). */
    private static final java.util.regex.Pattern MASTER =
            java.util.regex.Pattern.compile("local(\\[(\\d+|\\*)(,\\d+)?])?|local-cluster\\[\\d+,\\d+,\\d+]|spark://\\S+|yarn|k8s://\\S+");

    /** Options every example shares. */
    static class Common {
        @Option(names = "--rows", description = "records to generate (default: ${DEFAULT-VALUE})", defaultValue = "100000")
        long rows;
        @Option(names = "--partitions", description = "partitions of the generated data (default: ${DEFAULT-VALUE})", defaultValue = "8")
        int partitions;
        @Option(names = "--master", description = "Spark master when not set by spark-submit (default: ${DEFAULT-VALUE})", defaultValue = "local[*]")
        String master;
        @Option(names = "--seed", description = "seed of the generated data (default: ${DEFAULT-VALUE})", defaultValue = "1")
        long seed;
        @Option(names = "--method", description = "how each record is differentiated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
                defaultValue = "compiled")
        GradientMethod method;

        /** {@code loss} summed over the data by the chosen method. */
        DistributedLoss distributed(TraceableRecordLoss loss, int parameters) {
            return method == GradientMethod.compiled ? DistributedLoss.compiled(loss, parameters)
                    : DistributedLoss.of(loss.onTape(), parameters);
        }

        /** Checks the options, runs {@code body} in a session named {@code name}, and stops the session. */
        int inSession(String name, java.util.function.ToIntFunction<SparkSession> body) {
            if (rows < 1) throw new IllegalArgumentException("--rows must be at least 1, got " + rows);
            if (partitions < 1) throw new IllegalArgumentException("--partitions must be at least 1, got " + partitions);
            if (!MASTER.matcher(master).matches()) {
                throw new IllegalArgumentException("--master must be local, local[N], local[*], spark://HOST:PORT, yarn or k8s://URL; got '" + master + "'");
            }
            if (master.startsWith("spark://")) checkReachable(master);
            SparkSession spark;
            try {
                spark = session(master, name);
            } catch (Exception e) { // Spark's exceptions are checked ones that Scala does not declare
                throw new IllegalArgumentException("cannot start Spark on master '" + master + "': "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
            }
            try {
                return body.applyAsInt(spark);
            } finally {
                spark.stop();
            }
        }
    }

    /**
     * Fails fast, in one line, where no standalone master answers at {@code spark://HOST:PORT[,HOST:PORT…]}
     * (Spark itself retries for a minute, logging each attempt). Under spark-submit the master is
     * spark-submit's and this is not called.
     */
    static void checkReachable(String master) {
        String[] hosts = master.substring("spark://".length()).split(",");
        for (String hostPort : hosts) {
            int colon = hostPort.lastIndexOf(':');
            if (colon < 0) throw new IllegalArgumentException("--master " + master + ": '" + hostPort + "' has no port");
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1))), 5_000);
                return;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--master " + master + ": '" + hostPort.substring(colon + 1) + "' is not a port");
            } catch (java.io.IOException | IllegalArgumentException e) {
                // try the next master
            }
        }
        throw new IllegalArgumentException("cannot reach the Spark master " + master + " (nothing answers there)");
    }

    /** How the examples differentiate each record: the compiled program or the tape. */
    enum GradientMethod { compiled, reverse }

    /** A session on {@code master} unless spark-submit chose one. */
    public static SparkSession session(String master, String name) {
        SparkSession.Builder b = SparkSession.builder().appName(name).config("spark.ui.showConsoleProgress", "false");
        if (!new org.apache.spark.SparkConf().contains("spark.master")) b = b.master(master);
        SparkSession s = b.getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return s;
    }

    @Command(name = "logistic", mixinStandardHelpOptions = true, description = "Fit a logistic regression by L-BFGS over generated data.")
    static final class Logistic implements Callable<Integer> {
        @CommandLine.Mixin Common common;
        @Option(names = "--features", description = "features per record (default: ${DEFAULT-VALUE})", defaultValue = "20")
        int features;
        @Option(names = "--iterations", description = "L-BFGS iteration limit (default: ${DEFAULT-VALUE})", defaultValue = "50")
        int iterations;

        @Override public Integer call() {
            if (features < 1) throw new IllegalArgumentException("--features must be at least 1, got " + features);
            if (iterations < 1) throw new IllegalArgumentException("--iterations must be at least 1, got " + iterations);
            return common.inSession("nabla logistic regression", spark -> {
                Dataset<Row> data = LogisticRegression.generate(spark, common.rows, features, common.partitions, common.seed).cache();
                long t0 = System.nanoTime();
                DistributedLoss loss = common.distributed(LogisticRegression.LOSS, features + 1);
                FitResult fit = Lbfgs.create().maxIterations(iterations).tolerance(1e-6).minimize(loss, data, new double[features + 1]);
                System.out.printf("%d records, %d features: %s (method %s) in %.2f s, mean loss %.6f -> %.6f%n",
                        common.rows, features, iterations(fit), loss.method(), seconds(t0), fit.lossHistory()[0], fit.finalLoss());
                System.out.println("fitted:    " + Arrays.toString(round(fit.parameters())));
                System.out.println("generated: " + Arrays.toString(round(LogisticRegression.trueCoefficients(features))));
                return 0;
            });
        }
    }

    @Command(name = "gmm", mixinStandardHelpOptions = true, description = "Fit ADBench's Gaussian mixture (with its Wishart prior) over generated points.")
    static final class Mixture implements Callable<Integer> {
        @CommandLine.Mixin Common common;
        @Option(names = "-d", description = "dimensions (default: ${DEFAULT-VALUE})", defaultValue = "2")
        int d;
        @Option(names = "-k", description = "components (default: ${DEFAULT-VALUE})", defaultValue = "3")
        int k;

        @Override public Integer call() {
            if (d < 1 || k < 1) throw new IllegalArgumentException("-d and -k must be at least 1, got " + d + " and " + k);
            return common.inSession("nabla gaussian mixture", spark -> {
                Dataset<Row> data = GaussianMixture.generate(spark, common.rows, d, k, common.partitions, common.seed).cache();
                DistributedLoss loss = common.distributed(GaussianMixture.loss(d, k), GaussianMixture.parameterCount(d, k)).label(null);
                long t0 = System.nanoTime();
                FitResult fit = Lbfgs.create().maxIterations(100).tolerance(1e-7)
                        .penalty(GaussianMixture.prior(d, k, 1, 0, common.rows))
                        .minimize(loss, data, GaussianMixture.initialParameters(d, k, common.seed));
                System.out.printf("%d points, d = %d, k = %d: %s (method %s) in %.2f s, negative log-posterior per point %.6f -> %.6f%n",
                        common.rows, d, k, iterations(fit), loss.method(), seconds(t0), fit.lossHistory()[0], fit.finalLoss());
                System.out.println("means: " + Arrays.toString(round(Arrays.copyOfRange(fit.parameters(), k, k + k * d))));
                return 0;
            });
        }
    }

    @Command(name = "greeks", mixinStandardHelpOptions = true, description = "Black–Scholes price and Greeks of a generated book of options.")
    static final class Greeks implements Callable<Integer> {
        @CommandLine.Mixin Common common;
        @Option(names = "--show", description = "rows to print (default: ${DEFAULT-VALUE})", defaultValue = "5")
        int show;

        @Override public Integer call() {
            return common.inSession("nabla greeks", spark -> {
                Dataset<Row> book = SparkBenchmark.options(spark, common.rows, common.partitions, common.seed);
                Sensitivities sensitivities = Sensitivities.of(BlackScholes::call, "S", "K", "T", "r", "sigma").valueColumn("price");
                if (common.method == GradientMethod.reverse) sensitivities = sensitivities.onTape();
                Dataset<Row> greeks = sensitivities.apply(book);
                long t0 = System.nanoTime();
                long n = greeks.filter("d_S >= 0").count();
                System.out.printf("%d options priced with 5 Greeks each (method %s) in %.2f s%n", n, sensitivities.method(), seconds(t0));
                greeks.show(show, false);
                return 0;
            });
        }
    }

    private static String iterations(FitResult fit) {
        return fit.iterations() + (fit.iterations() == 1 ? " iteration" : " iterations");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) * 1e-9;
    }

    static double[] round(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) r[i] = Math.round(v[i] * 1e4) / 1e4;
        return r;
    }

    @Override public void run() {
        CommandLine.usage(this, System.out);
    }

    /** Runs the command line; a user error prints one line and exits with status 2. */
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Run());
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine cmd = e.getCommandLine();
            String name = cmd.getParent() == null ? "nabla-spark" : "nabla-spark " + cmd.getCommandName();
            cmd.getErr().println(name + ": " + e.getMessage() + " (see --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                cmd.getErr().println("nabla-spark " + cmd.getCommandName() + ": " + e.getMessage());
                return 2;
            }
            throw e;
        });
        System.exit(cli.execute(args));
    }
}
