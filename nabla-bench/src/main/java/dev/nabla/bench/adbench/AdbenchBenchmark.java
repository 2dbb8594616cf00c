package dev.nabla.bench.adbench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One ADBench derivative under JMH, for profiling it alone (e.g. {@code -prof jfr}) — the {@code adbench}
 * command times objective and derivative in one process, which mixes their samples. The file is relative
 * to the data directory, {@code -Dadbench.data=DIR} or {@code ../shared/data/adbench} from the repository
 * root found above the working directory. The result is checked once in the setup, as the command does.
 *
 * <pre>{@code java -jar nabla-bench/target/benchmarks.jar AdbenchBenchmark -p file=gmm/1k/gmm_d10_K5.txt -p method=reverse}</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class AdbenchBenchmark {

    /** The input, relative to the data directory; {@code gmm/…} or {@code ba/…}. */
    @Param({"gmm/1k/gmm_d2_K5.txt", "ba/ba1_n49_m7776_p31843.txt"})
    public String file;

    /** A GMM or BA method name. */
    @Param({"reverse"})
    public String method;

    private Runnable derivative;

    /** Loads, checks and prepares the derivative. */
    @Setup
    public void setUp() {
        Path path = dataDirectory().resolve(file);
        if (file.startsWith("gmm/")) {
            GmmInput data = GmmInput.read(path);
            Gmm gmm = Gmm.of(data);
            GmmGradient g = GmmMethods.named(method, gmm);
            double[] p = data.parameters();
            GmmRun.check(gmm, method, g, PlainObjectives.gmm(data, p), g.gradient(p));
            derivative = () -> g.gradient(p);
        } else {
            BaInput data = BaInput.read(path);
            BlockJacobian blocks = BaMethods.named(method);
            BaRun.check(data, method, blocks, BaJacobian.residuals(data), BaJacobian.compute(data, blocks));
            derivative = () -> BaJacobian.compute(data, blocks);
        }
    }

    /** The gradient (GMM) or the whole sparse Jacobian (BA). */
    @Benchmark
    public void derivative() {
        derivative.run();
    }

    private static Path dataDirectory() {
        String property = System.getProperty("adbench.data");
        if (property != null) return Path.of(property);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) return p.resolve("../shared/data/adbench").normalize();
        }
        throw new IllegalStateException("adbench: no repository above " + Path.of("").toAbsolutePath()
                + "; give the data directory with -Dadbench.data=DIR");
    }
}
