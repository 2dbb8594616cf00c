package dev.nabla.bench.adbench;

import java.nio.file.Path;

/** An ADBench input file that cannot be read: the message names the file, the line and what is wrong. */
public final class InputFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private InputFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code file:line: problem}. */
    static InputFormatException at(Path file, int line, String problem) {
        return new InputFormatException(file + ":" + line + ": " + problem, null);
    }

    /** The file itself cannot be opened or read. */
    static InputFormatException unreadable(Path file, Exception cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new InputFormatException(file + ": cannot read the file (" + detail + ")", cause);
    }
}
