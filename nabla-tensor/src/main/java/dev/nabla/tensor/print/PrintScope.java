package dev.nabla.tensor.print;

import java.util.Objects;

/**
 * The print options in force on the current thread, as {@code torch.set_printoptions} sets them
 * for a Python process, but scoped:
 * <pre>{@code
 * try (PrintScope scope = PrintScope.of(PrintOptions.DEFAULT.withPrecision(2))) {
 *     System.out.println(tensor);   // printed with two digits
 * }                                 // the previous options are back
 * }</pre>
 * Scopes nest; closing one restores the options that were in force when it was opened.
 */
public final class PrintScope implements AutoCloseable {
    private static final ThreadLocal<PrintOptions> CURRENT = ThreadLocal.withInitial(() -> PrintOptions.DEFAULT);

    private final PrintOptions previous;
    private final Thread owner;
    private boolean closed;

    private PrintScope(PrintOptions previous) {
        this.previous = previous;
        this.owner = Thread.currentThread();
    }

    /** Puts {@code options} in force on this thread until the scope is closed. */
    public static PrintScope of(PrintOptions options) {
        Objects.requireNonNull(options, "print options");
        PrintScope scope = new PrintScope(CURRENT.get());
        CURRENT.set(options);
        return scope;
    }

    /** The options in force on this thread: PyTorch's defaults outside every scope. */
    public static PrintOptions current() {
        return CURRENT.get();
    }

    /** Restores the options in force when this scope was opened; a second close does nothing. */
    @Override public void close() {
        if (closed) return;
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("print scope: closed on thread " + Thread.currentThread().getName()
                    + " but opened on " + owner.getName());
        }
        closed = true;
        CURRENT.set(previous);
    }
}
