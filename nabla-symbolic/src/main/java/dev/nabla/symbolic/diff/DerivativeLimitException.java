package dev.nabla.symbolic.diff;

/**
 * A derivative asked past one of the documented bounds of {@link Differentiator}: an order above
 * {@link Differentiator#MAX_ORDER}, or a derivative of more than {@link Differentiator#MAX_NODES}
 * distinct nodes. The message names the operation, the value and the bound:
 * {@code diff: order 2147483647 is above the limit of 200}.
 */
public final class DerivativeLimitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Which bound was passed. */
    public enum Limit {
        /** The order of the derivative ({@link Differentiator#MAX_ORDER}). */
        ORDER,
        /** The size of a derivative, in distinct nodes ({@link Differentiator#MAX_NODES}). */
        NODES
    }

    private final Limit limit;
    private final long value;
    private final long bound;

    DerivativeLimitException(Limit limit, long value, long bound, String message) {
        super(message);
        this.limit = limit;
        this.value = value;
        this.bound = bound;
    }

    /** Which bound was passed. */
    public Limit limit() { return limit; }

    /** The value asked for (the order, or the size reached). */
    public long value() { return value; }

    /** The bound. */
    public long bound() { return bound; }
}
