package dev.nabla.tensor.io;

import java.io.IOException;

/** A file that is not a {@code .npy} file Nabla can read; the message names the file and what is wrong. */
public final class NpyFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** An exception whose message is {@code "<source>: <problem>"}. */
    public NpyFormatException(String source, String problem) {
        super(source + ": " + problem);
    }
}
