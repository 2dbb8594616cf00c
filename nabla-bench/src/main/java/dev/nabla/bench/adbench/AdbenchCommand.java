package dev.nabla.bench.adbench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code adbench gmm|ba FILE --method M [--json] [--repeat-seconds S]}: loads an ADBench file, checks the
 * method's objective and derivative (see {@link GmmRun}, {@link BaRun}), then times the hand-written objective, the objective on the algebra and the derivative — each the minimum
 * over repeats that total at least {@code S} seconds, after a warm-up as long. Exit status: 0 on
 * success, 1 when the check fails (nothing is timed), 2 on bad input.
 */
@Command(name = "adbench", mixinStandardHelpOptions = true,
        description = "Checks and times one derivative method on an ADBench GMM or BA file.")
public final class AdbenchCommand implements Callable<Integer> {

    /** The two problems. */
    enum Problem { gmm, ba }

    @Parameters(index = "0", paramLabel = "gmm|ba", description = "the problem: ${COMPLETION-CANDIDATES}")
    Problem problem;

    @Parameters(index = "1", paramLabel = "FILE", description = "an ADBench input file")
    Path file;

    @Option(names = "--method", required = true, paramLabel = "M",
            description = "GMM: reverse, forward, central, hipparchus; BA: forward, reverse, forward-difference, hipparchus")
    String method;

    @Option(names = "--json", description = "print one JSON object instead of a summary")
    boolean json;

    @Option(names = "--repeat-seconds", paramLabel = "S", defaultValue = "0.5",
            description = "time each part for at least S seconds (default ${DEFAULT-VALUE}), after a warm-up as long")
    double repeatSeconds;

    private PrintWriter out;
    private PrintWriter err;

    @Override
    public Integer call() {
        if (!(repeatSeconds >= 0) || repeatSeconds > 3600) {
            return fail(2, "--repeat-seconds must be between 0 and 3600, got " + repeatSeconds);
        }
        try {
            if (problem == Problem.gmm) {
                GmmInput data = GmmInput.read(file);
                printGmm(data, GmmRun.run(data, method, repeatSeconds));
            } else {
                BaInput data = BaInput.read(file);
                printBa(data, BaRun.run(data, method, repeatSeconds));
            }
            return 0;
        } catch (InputFormatException | IllegalArgumentException e) {
            return fail(2, e.getMessage());
        } catch (CheckFailedException e) {
            return fail(1, "check failed, not timed: " + e.getMessage());
        }
    }

    private void printGmm(GmmInput data, GmmRun.Result r) {
        if (json) {
            out.println(common(r.method(), r.check(), r.plainTime(), r.objectiveTime(), r.derivativeTime())
                    .field("objective", r.objective())
                    .field("gradient", r.gradient())
                    .field("parameters", data.parameterCount()));
        } else {
            out.printf(Locale.ROOT, "gmm d=%d k=%d n=%d (%d parameters), method %s%n", data.d(), data.k(), data.n(),
                    data.parameterCount(), r.method());
            out.printf(Locale.ROOT, "objective %.17g%ncheck: %s%n", r.objective(), r.check());
            summary(r.plainTime(), r.objectiveTime(), r.derivativeTime(), "gradient");
        }
    }

    private void printBa(BaInput data, BaRun.Result r) {
        SparseJacobian j = r.jacobian();
        if (json) {
            JsonWriter csr = new JsonWriter().field("rows", j.rowStart()).field("cols", j.cols()).field("vals", j.vals())
                    .field("shape", new int[] {j.rowCount(), j.columnCount()});
            out.println(common(r.method(), r.check(), r.plainTime(), r.objectiveTime(), r.derivativeTime())
                    .field("objective", r.residuals())
                    .field("jacobian", csr));
        } else {
            out.printf(Locale.ROOT, "ba n=%d m=%d p=%d, Jacobian %d x %d with %d non-zeros, method %s%n", data.n(), data.m(),
                    data.p(), j.rowCount(), j.columnCount(), j.nonZeros(), r.method());
            out.printf(Locale.ROOT, "first residuals %.17g %.17g, weight residual %.17g%ncheck: %s%n", r.residuals()[0],
                    r.residuals()[1], r.residuals()[2 * data.p()], r.check());
            summary(r.plainTime(), r.objectiveTime(), r.derivativeTime(), "jacobian");
        }
    }

    private JsonWriter common(String method, String check, Stopwatch.Timing plain, Stopwatch.Timing objective,
                              Stopwatch.Timing derivative) {
        return new JsonWriter()
                .field("problem", problem.name())
                .field("file", file.getFileName().toString())
                .field("method", method)
                .field("check", check)
                .field("seconds_plain", plain.seconds())
                .field("seconds_objective", objective.seconds())
                .field("seconds_derivative", derivative.seconds())
                .field("cpu_seconds_plain", plain.cpuSeconds())
                .field("cpu_seconds_objective", objective.cpuSeconds())
                .field("cpu_seconds_derivative", derivative.cpuSeconds())
                .field("repeats_objective", objective.repeats())
                .field("repeats_derivative", derivative.repeats());
    }

    private void summary(Stopwatch.Timing plain, Stopwatch.Timing objective, Stopwatch.Timing derivative, String what) {
        out.printf(Locale.ROOT, "hand-written objective %.6g s (CPU %.6g s)%n", plain.seconds(), plain.cpuSeconds());
        out.printf(Locale.ROOT, "objective %.6g s (min of %d), %s %.6g s (min of %d), ratio %.2f%n", objective.seconds(),
                objective.repeats(), what, derivative.seconds(), derivative.repeats(), derivative.seconds() / objective.seconds());
        out.printf(Locale.ROOT, "thread CPU time: objective %.6g s, %s %.6g s, ratio %.2f (÷ hand-written %.2f)%n",
                objective.cpuSeconds(), what, derivative.cpuSeconds(), derivative.cpuSeconds() / objective.cpuSeconds(),
                derivative.cpuSeconds() / plain.cpuSeconds());
    }

    private int fail(int status, String message) {
        err.println("adbench: " + message);
        err.flush();
        return status;
    }

    /** Runs the command on {@code args} with the given streams; returns the exit status. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        AdbenchCommand command = new AdbenchCommand();
        command.out = out;
        command.err = err;
        CommandLine cli = new CommandLine(command).setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("adbench: " + e.getMessage());
            err.flush();
            return 2;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** The command line entry point. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }
}
