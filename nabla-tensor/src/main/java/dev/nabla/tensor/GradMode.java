package dev.nabla.tensor;

/**
 * Whether operations record the backward graph, per thread, as PyTorch's {@code torch.no_grad()} and
 * {@code torch.enable_grad()}:
 *
 * <pre>{@code
 * try (GradMode.Scope s = GradMode.noGrad()) {
 *     w.sub_(w.grad().mul(lr));      // not recorded
 * }
 * }</pre>
 */
public final class GradMode {
    private GradMode() {}

    private static final ThreadLocal<boolean[]> ENABLED = ThreadLocal.withInitial(() -> new boolean[] {true});

    /** A scope that restores the previous mode when closed. */
    public static final class Scope implements AutoCloseable {
        private final boolean[] cell;
        private final boolean previous;

        private Scope(boolean enabled) {
            this.cell = ENABLED.get();
            this.previous = cell[0];
            cell[0] = enabled;
        }

        /** Restores the mode in force when the scope was opened. */
        @Override public void close() { cell[0] = previous; }
    }

    /** Whether this thread records operations for autograd. */
    public static boolean isEnabled() { return ENABLED.get()[0]; }

    /** Stops recording until the scope closes. */
    public static Scope noGrad() { return new Scope(false); }

    /** Records again (inside a {@link #noGrad()} scope) until the scope closes. */
    public static Scope enableGrad() { return new Scope(true); }

    /** Sets recording on or off until the scope closes. */
    public static Scope setEnabled(boolean enabled) { return new Scope(enabled); }
}
