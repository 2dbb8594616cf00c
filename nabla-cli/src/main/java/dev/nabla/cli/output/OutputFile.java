package dev.nabla.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * An output file written atomically: the content goes to a temporary file beside the target, which
 * replaces the target only once it is complete. On any error the temporary file is removed and the
 * target is left as it was — never half-written.
 */
public final class OutputFile {
    private OutputFile() {}

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file, given where the finished content should go. */
    @FunctionalInterface
    public interface Producer {
        void produce(Path finished) throws IOException;
    }

    /**
     * Writes {@code content} to {@code target}.
     *
     * @throws UncheckedIOException naming the file and the reason (a missing folder, no permission …)
     */
    public static void write(Path target, Content content) {
        produce(target, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
        });
    }

    /**
     * Lets {@code producer} write a temporary file beside {@code target}, then moves it into place.
     *
     * @throws UncheckedIOException naming the file and the reason
     */
    public static void produce(Path target, Producer producer) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) throw failure(target, "it is a directory", null);
        if (dir == null || !Files.isDirectory(dir)) throw failure(target, "the folder " + dir + " does not exist", null);
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
            readableByAll(tmp, absolute);
        } catch (IOException e) {
            throw failure(target, reason(e), e);
        }
        try {
            producer.produce(tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure(target, reason(e), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file was moved or cannot be removed; nothing else to do
            }
        }
    }

    /** Gives the new file the permissions of the file it replaces, or {@code rw-r--r--} (a temporary file starts private). */
    private static void readableByAll(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) return;
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** The file name's extension in lower case ({@code png} for {@code a/b.PNG}), or {@code ""}. */
    public static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static UncheckedIOException failure(Path target, String reason, IOException cause) {
        return new UncheckedIOException("cannot write '" + target + "': " + reason, cause == null ? new IOException(reason) : cause);
    }
}
