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
 * The argument is the thread count (default 1); a second argument {@code nopython} skips PyTorch. The Python
 * interpreter is {@code python3}, or the one named by the system property {@code nabla.python}.
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

        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int n : new int[] {256, 512, 1024}) {
                Tensor a = Tensor.randn(rng, n, n).to(dt), b = Tensor.randn(rng, n, n).to(dt);
                double t = time(() -> a.mm(b), n >= 1024 ? 7 : 21, n >= 1024 ? 4 : 2);
                m.put("matmul " + n + " " + (dt == DType.FLOAT32 ? "float32" : "float64") + " GFLOP/s", 2.0 * n * n * n / t / 1e9);
            }
        }
        return m;
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
        boolean python = !(args.length > 1 && args[1].equals("nopython"));
        Parallel.setNumThreads(threads);
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
}
