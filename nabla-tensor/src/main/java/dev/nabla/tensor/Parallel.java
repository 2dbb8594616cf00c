package dev.nabla.tensor;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * How many threads large kernels (matrix products) use, as {@code torch.set_num_threads}; work below a
 * threshold runs on the calling thread.
 */
public final class Parallel {
    private Parallel() {}

    private static volatile int threads = Runtime.getRuntime().availableProcessors();
    private static volatile ForkJoinPool pool;

    /** The number of threads kernels may use. */
    public static int getNumThreads() { return threads; }

    /** Sets the number of threads kernels may use ({@code n ≥ 1}). */
    public static synchronized void setNumThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("setNumThreads: the number of threads must be at least 1, got " + n);
        if (n != threads && pool != null) {
            pool.shutdown();
            pool = null;
        }
        threads = n;
    }

    private static synchronized ForkJoinPool pool() {
        if (pool == null) pool = new ForkJoinPool(threads);
        return pool;
    }

    /** Runs {@code task(i)} for {@code i} in {@code [0, n)}, split into {@code threads} ranges when {@code cost} is large. */
    static void forRange(int n, long cost, IntConsumer task) {
        int t = Math.min(threads, n);
        if (t <= 1 || cost < 1 << 18) {
            for (int i = 0; i < n; i++) task.accept(i);
            return;
        }
        pool().invoke(new RecursiveAction() {
            @Override protected void compute() {
                RecursiveAction[] parts = new RecursiveAction[t];
                for (int k = 0; k < t; k++) {
                    int from = (int) ((long) n * k / t), to = (int) ((long) n * (k + 1) / t);
                    parts[k] = new RecursiveAction() {
                        @Override protected void compute() {
                            for (int i = from; i < to; i++) task.accept(i);
                        }
                    };
                }
                invokeAll(parts);
            }
        });
    }
}
