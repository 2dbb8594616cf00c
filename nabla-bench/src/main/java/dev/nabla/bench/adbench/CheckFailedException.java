package dev.nabla.bench.adbench;

/** A result that disagrees with its reference: the run fails and the method is not timed. */
public final class CheckFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CheckFailedException(String message) {
        super(message);
    }
}
