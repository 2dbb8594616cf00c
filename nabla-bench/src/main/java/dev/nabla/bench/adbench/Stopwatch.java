package dev.nabla.bench.adbench;

/**
 * Times a computation as ADBench does: the minimum over repeats whose total is at least a given
 * duration, after a warm-up of the same length so that the JIT has compiled the hot code.
 */
final class Stopwatch {
    private Stopwatch() {}

    /** Warm-up runs at the least, however long they take. */
    static final int MINIMUM_WARM_UPS = 5;

    /** The minimum and the number of timed repeats. */
    record Timing(double seconds, int repeats) {}

    /** Runs {@code body} for at least {@code warmUpSeconds} (and {@value #MINIMUM_WARM_UPS} times), then repeatedly for at least {@code totalSeconds}; the fastest run. */
    static Timing minimum(Runnable body, double warmUpSeconds, double totalSeconds) {
        long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        int warmUps = 0;
        do {
            body.run();
            warmUps++;
        } while (System.nanoTime() < warmUpEnd || warmUps < MINIMUM_WARM_UPS);
        long best = Long.MAX_VALUE, total = 0;
        int repeats = 0;
        while (total < totalSeconds * 1e9 || repeats < 1) {
            long start = System.nanoTime();
            body.run();
            long elapsed = System.nanoTime() - start;
            best = Math.min(best, elapsed);
            total += elapsed;
            repeats++;
        }
        return new Timing(best * 1e-9, repeats);
    }
}
