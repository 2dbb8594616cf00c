package dev.nabla.bench.adbench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Times a computation as ADBench does: the minimum over repeats whose total is at least a given
 * duration, after a warm-up of the same length so that the JIT has compiled the hot code. Beside the
 * wall clock it records the minimum CPU time of the calling thread, which other processes on a busy
 * machine disturb much less.
 */
final class Stopwatch {
    private Stopwatch() {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Runs faster than this are timed in batches that last about this long (the clocks' overhead stays negligible). */
    static final double SAMPLE_NANOS = 1e6;

    /** Warm-up runs at the least, however long they take. */
    static final int MINIMUM_WARM_UPS = 5;

    /** The minimum wall-clock and thread CPU seconds over {@code repeats} timed runs. */
    record Timing(double seconds, double cpuSeconds, int repeats) {}

    /**
     * Runs {@code body} for at least {@code warmUpSeconds} (and {@value #MINIMUM_WARM_UPS} times), then
     * repeatedly for at least {@code totalSeconds} of wall-clock time; the fastest run (runs shorter
     * than a millisecond are timed in batches of about a millisecond, and the batch's time divided).
     */
    static Timing minimum(Runnable body, double warmUpSeconds, double totalSeconds) {
        long warmUpStart = System.nanoTime();
        long warmUpEnd = warmUpStart + (long) (warmUpSeconds * 1e9);
        int warmUps = 0;
        do {
            body.run();
            warmUps++;
        } while (System.nanoTime() < warmUpEnd || warmUps < MINIMUM_WARM_UPS);
        double mean = (System.nanoTime() - warmUpStart) / (double) warmUps;
        int batch = (int) Math.max(1, Math.min(1_000_000, Math.ceil(SAMPLE_NANOS / mean)));
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        long best = Long.MAX_VALUE, bestCpu = Long.MAX_VALUE, total = 0;
        int repeats = 0;
        while (total < totalSeconds * 1e9 || repeats < 1) {
            long startCpu = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
            long start = System.nanoTime();
            for (int b = 0; b < batch; b++) body.run();
            long elapsed = System.nanoTime() - start;
            long elapsedCpu = cpu ? THREADS.getCurrentThreadCpuTime() - startCpu : elapsed;
            best = Math.min(best, elapsed);
            bestCpu = Math.min(bestCpu, elapsedCpu);
            total += elapsed;
            repeats += batch;
        }
        return new Timing(best * 1e-9 / batch, bestCpu * 1e-9 / batch, repeats);
    }
}
