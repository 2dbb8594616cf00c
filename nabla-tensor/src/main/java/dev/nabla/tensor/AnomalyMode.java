package dev.nabla.tensor;

/**
 * PyTorch's anomaly detection, per thread: while on, every node remembers where it was created, and
 * backward stops at the first node whose backward produces a NaN, naming the node and that place.
 *
 * <pre>{@code
 * try (AnomalyMode.Scope s = AnomalyMode.detect()) { loss.backward(); }
 * }</pre>
 */
public final class AnomalyMode {
    private AnomalyMode() {}

    private static final ThreadLocal<boolean[]> ENABLED = ThreadLocal.withInitial(() -> new boolean[] {false});

    /** A scope that restores the previous mode when closed. */
    public static final class Scope implements AutoCloseable {
        private final boolean[] cell;
        private final boolean previous;

        private Scope(boolean on) {
            cell = ENABLED.get();
            previous = cell[0];
            cell[0] = on;
        }

        @Override public void close() { cell[0] = previous; }
    }

    /** Whether anomaly detection is on in this thread. */
    public static boolean isEnabled() { return ENABLED.get()[0]; }

    /** Turns anomaly detection on until the scope closes. */
    public static Scope detect() { return new Scope(true); }
}
