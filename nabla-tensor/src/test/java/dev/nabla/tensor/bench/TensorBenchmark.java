package dev.nabla.tensor.bench;

import dev.nabla.tensor.DType;
import dev.nabla.tensor.Parallel;
import dev.nabla.tensor.Tensor;
import dev.nabla.tensor.nn.NN;
import dev.nabla.tensor.optim.SGD;
import dev.nabla.tensor.random.RandomState;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Side-by-side timings of Nabla's tensors and PyTorch in one run, same thread count: the per-op overhead of a
 * 1000-op chain on one-element tensors (forward, backward), an MLP training step 784 → 256 → 10 (ReLU,
 * cross-entropy, batch 64, float32, SGD), and matrix products of size 256, 512, 1024 in float32 and float64
 * (GFLOP/s), and the heap in use after 10³ and 10⁵ training steps of a small logistic regression (graphs
 * are freed by backward, so it stays flat). Each figure is the best of repeated timed runs after warm-up (on a
 * shared machine the least disturbed run). PyTorch's figures come from
 * {@code src/test/python/torch_bench.py}, started by this program with the same thread count.
 *
 * <pre>
 * mvn -q -pl nabla-tensor -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.nabla.tensor.bench.TensorBenchmark -Dexec.args="1"
 * </pre>
 * The argument is the thread count (default 1); a further argument {@code nopython} skips PyTorch, and {@code peers}
 * measures the matrix products only, beside netlib's pure-Java BLAS and EJML (test-scope dependencies; netlib uses
 * its Vector API kernels when the JVM runs with {@code --add-modules jdk.incubator.vector}, else plain Java loops).
 * The Python interpreter is {@code python3}, or the one named by the system property {@code nabla.python}.
 */
public final class TensorBenchmark {
    private TensorBenchmark() {}

    /** The fastest run: on a shared machine the least disturbed one, the closest to the work's own cost. */
    private static double best(List<Double> v) {
        return java.util.Collections.min(v);
    }

    /** The best of {@code reps} timed calls of {@code body}, in seconds, after warm-up. */
    private static double time(Runnable body, int reps, double warmSeconds) {
        long end = System.nanoTime() + (long) (warmSeconds * 1e9);
        while (System.nanoTime() < end) body.run();
        List<Double> t = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            body.run();
            t.add((System.nanoTime() - t0) / 1e9);
        }
        return best(t);
    }

    /** The best time of {@code body} alone, each run preceded by an untimed {@code setup}. */
    private static double timeAfter(Runnable setup, Runnable body, int reps, double warmSeconds) {
        long end = System.nanoTime() + (long) (warmSeconds * 1e9);
        while (System.nanoTime() < end) {
            setup.run();
            body.run();
        }
        List<Double> t = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            setup.run();
            long t0 = System.nanoTime();
            body.run();
            t.add((System.nanoTime() - t0) / 1e9);
        }
        return best(t);
    }

    static Map<String, Double> measure() {
        Map<String, Double> m = new LinkedHashMap<>();
        int ops = 1000;
        Tensor x = Tensor.tensor(1.0f).requiresGrad_(true);
        Tensor[] last = new Tensor[1];
        Runnable forward = () -> {
            Tensor y = x;
            for (int i = 0; i < ops / 2; i++) y = y.mul(1.0001).add(0.0001);
            last[0] = y;
        };
        double fwd = time(forward, 41, 3);
        double bwd = timeAfter(forward, () -> last[0].backward(), 41, 3);
        m.put("chain forward µs/op", fwd / ops * 1e6);
        m.put("chain backward µs/op", bwd / ops * 1e6);

        RandomState rng = RandomState.seeded(0);
        Tensor data = Tensor.randn(rng, 64, 784).to(DType.FLOAT32);
        Tensor target = Tensor.fromArray(rng.randint(0, 10, 64), 64);
        Tensor w1 = Tensor.randn(rng, 256, 784).mul(0.03).to(DType.FLOAT32).requiresGrad_(true);
        Tensor b1 = Tensor.zeros(256).requiresGrad_(true);
        Tensor w2 = Tensor.randn(rng, 10, 256).mul(0.06).to(DType.FLOAT32).requiresGrad_(true);
        Tensor b2 = Tensor.zeros(10).requiresGrad_(true);
        SGD opt = SGD.of(List.of(w1, b1, w2, b2), 0.01);
        double step = time(() -> {
            opt.zeroGrad();
            Tensor loss = NN.crossEntropy(NN.linear(NN.linear(data, w1, b1).relu(), w2, b2), target);
            loss.backward();
            opt.step();
        }, 41, 4);
        m.put("MLP step ms", step * 1e3);

        Tensor lx = Tensor.randn(rng, 64, 3), ly = Tensor.rand(rng, 64).gt(0.5).to(DType.FLOAT64);
        Tensor lw = Tensor.zeros(new int[] {1, 3}, DType.FLOAT64).requiresGrad_(true);
        Tensor lb = Tensor.zeros(new int[] {1}, DType.FLOAT64).requiresGrad_(true);
        SGD lopt = SGD.of(List.of(lw, lb), 0.1, 0.9, 0, 1e-3, false);
        Runnable lstep = () -> {
            lopt.zeroGrad();
            NN.binaryCrossEntropyWithLogits(NN.linear(lx, lw, lb).reshape(-1), ly).backward();
            lopt.step();
        };
        for (int i = 0; i < 1_000; i++) lstep.run();
        m.put("heap MB after 1e3 steps", usedHeapMb());
        for (int i = 0; i < 100_000; i++) lstep.run();
        m.put("heap MB after 1e5 steps", usedHeapMb());

        m.putAll(matmul(rng));
        return m;
    }

    /** GFLOP/s of Nabla's {@code mm} on random n × n matrices, n = 256, 512, 1024, float32 and float64. */
    static Map<String, Double> matmul(RandomState rng) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int n : MATMUL_SIZES) {
                Tensor a = Tensor.randn(rng, n, n).to(dt), b = Tensor.randn(rng, n, n).to(dt);
                m.put(matmulKey(n, dt), gflops(n, time(() -> a.mm(b), reps(n), warm(n))));
            }
        }
        return m;
    }

    /**
     * The same products by the two pure-Java peers the issue names, on the same random data layout: netlib's
     * {@code dgemm}/{@code sgemm} ({@code dev.ludovic.netlib:blas}, the instance {@code BLAS.getInstance()} picks
     * when no native BLAS is installed, and {@code JavaBLAS.getInstance()} asked for directly) and EJML's
     * {@code CommonOps_DDRM.mult}/{@code CommonOps_FDRM.mult}. Both are single-threaded, as is this run's Nabla
     * when the thread count is 1; the map keys are prefixed with the peer's name.
     */
    static Map<String, Map<String, Double>> peers(RandomState rng) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        dev.ludovic.netlib.blas.BLAS any = dev.ludovic.netlib.blas.BLAS.getInstance();
        dev.ludovic.netlib.blas.BLAS java = dev.ludovic.netlib.blas.JavaBLAS.getInstance();
        System.err.println("netlib BLAS.getInstance(): " + any.getClass().getName()
                + ", JavaBLAS.getInstance(): " + java.getClass().getName());
        Map<String, Double> netlib = new LinkedHashMap<>(), netlibJava = new LinkedHashMap<>(), ejml = new LinkedHashMap<>();
        for (int n : MATMUL_SIZES) {
            float[] a = randomFloats(rng, n * n), b = randomFloats(rng, n * n), c = new float[n * n];
            netlib.put(matmulKey(n, DType.FLOAT32),
                    gflops(n, time(() -> any.sgemm("N", "N", n, n, n, 1f, a, n, b, n, 0f, c, n), reps(n), warm(n))));
            netlibJava.put(matmulKey(n, DType.FLOAT32),
                    gflops(n, time(() -> java.sgemm("N", "N", n, n, n, 1f, a, n, b, n, 0f, c, n), reps(n), warm(n))));
            org.ejml.data.FMatrixRMaj fa = new org.ejml.data.FMatrixRMaj(n, n), fb = new org.ejml.data.FMatrixRMaj(n, n),
                    fc = new org.ejml.data.FMatrixRMaj(n, n);
            System.arraycopy(a, 0, fa.data, 0, n * n);
            System.arraycopy(b, 0, fb.data, 0, n * n);
            ejml.put(matmulKey(n, DType.FLOAT32),
                    gflops(n, time(() -> org.ejml.dense.row.CommonOps_FDRM.mult(fa, fb, fc), reps(n), warm(n))));
        }
        for (int n : MATMUL_SIZES) {
            double[] a = rng.randn(n * n), b = rng.randn(n * n), c = new double[n * n];
            netlib.put(matmulKey(n, DType.FLOAT64),
                    gflops(n, time(() -> any.dgemm("N", "N", n, n, n, 1, a, n, b, n, 0, c, n), reps(n), warm(n))));
            netlibJava.put(matmulKey(n, DType.FLOAT64),
                    gflops(n, time(() -> java.dgemm("N", "N", n, n, n, 1, a, n, b, n, 0, c, n), reps(n), warm(n))));
            org.ejml.data.DMatrixRMaj da = org.ejml.data.DMatrixRMaj.wrap(n, n, a), db = org.ejml.data.DMatrixRMaj.wrap(n, n, b),
                    dc = new org.ejml.data.DMatrixRMaj(n, n);
            ejml.put(matmulKey(n, DType.FLOAT64),
                    gflops(n, time(() -> org.ejml.dense.row.CommonOps_DDRM.mult(da, db, dc), reps(n), warm(n))));
        }
        out.put("netlib BLAS.getInstance()", netlib);
        out.put("netlib JavaBLAS", netlibJava);
        out.put("EJML", ejml);
        return out;
    }

    private static final int[] MATMUL_SIZES = {256, 512, 1024};

    private static String matmulKey(int n, DType dt) {
        return "matmul " + n + " " + (dt == DType.FLOAT32 ? "float32" : "float64") + " GFLOP/s";
    }

    private static double gflops(int n, double seconds) {
        return 2.0 * n * n * n / seconds / 1e9;
    }

    private static int reps(int n) {
        return n >= 1024 ? 7 : 21;
    }

    private static double warm(int n) {
        return n >= 1024 ? 4 : 2;
    }

    private static float[] randomFloats(RandomState rng, int count) {
        double[] d = rng.randn(count);
        float[] f = new float[count];
        for (int i = 0; i < count; i++) f[i] = (float) d[i];
        return f;
    }

    private static double usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
    }

    static Map<String, Double> pytorch(int threads) throws Exception {
        Path script = Path.of("src/test/python/torch_bench.py");
        if (!Files.exists(script)) script = Path.of("nabla-tensor/src/test/python/torch_bench.py");
        Process p = new ProcessBuilder(System.getProperty("nabla.python", "python3"), script.toString(), String.valueOf(threads)).redirectErrorStream(true).start();
        Map<String, Double> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) m.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
                else System.err.println("python: " + line);
            }
        }
        p.waitFor();
        return m;
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<String> flags = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        boolean python = !flags.contains("nopython");
        Parallel.setNumThreads(threads);
        if (flags.contains("peers")) {
            comparePeers(threads, python);
            return;
        }
        Map<String, Double> nabla = measure();
        Map<String, Double> torch = python ? pytorch(threads) : Map.of();
        System.out.printf(Locale.ROOT, "threads: %d, java %s%n", threads, System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "| %-32s | %10s | %10s | %8s |%n", "measure", "Nabla", "PyTorch", "ratio");
        System.out.println("|---|---:|---:|---:|");
        for (var e : nabla.entrySet()) {
            Double t = torch.get(e.getKey());
            System.out.printf(Locale.ROOT, "| %-32s | %10.3f | %10s | %8s |%n", e.getKey(), e.getValue(),
                    t == null ? "-" : String.format(Locale.ROOT, "%.3f", t),
                    t == null ? "-" : String.format(Locale.ROOT, "%.2f", e.getValue() / t));
        }
    }

    /**
     * Matrix products only: Nabla's kernel beside netlib's {@code JavaBLAS}, EJML and PyTorch in one run, as
     * GFLOP/s and as ratios to Nabla (above 1: the peer is faster).
     */
    private static void comparePeers(int threads, boolean python) throws Exception {
        RandomState rng = RandomState.seeded(1);
        Map<String, Double> nabla = matmul(rng);
        Map<String, Map<String, Double>> peers = peers(rng);
        if (python) {
            Map<String, Double> torch = new LinkedHashMap<>();
            pytorch(threads).forEach((k, v) -> { if (k.startsWith("matmul")) torch.put(k, v); });
            peers.put("PyTorch", torch);
        }
        System.out.printf(Locale.ROOT, "threads: %d, java %s%n", threads, System.getProperty("java.version"));
        StringBuilder head = new StringBuilder("| measure | Nabla |"), rule = new StringBuilder("|---|---:|");
        for (String p : peers.keySet()) {
            head.append(' ').append(p).append(" | ratio |");
            rule.append("---:|---:|");
        }
        System.out.println(head);
        System.out.println(rule);
        for (var e : nabla.entrySet()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %.3f |", e.getKey(), e.getValue()));
            for (Map<String, Double> p : peers.values()) {
                Double v = p.get(e.getKey());
                row.append(v == null ? " - | - |" : String.format(Locale.ROOT, " %.3f | %.2f |", v, v / e.getValue()));
            }
            System.out.println(row);
        }
    }
}
