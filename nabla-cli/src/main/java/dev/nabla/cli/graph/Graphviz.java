package dev.nabla.cli.graph;

import dev.nabla.cli.output.OutputFile;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Graphviz's {@code dot} program: found on the {@code PATH}, run on DOT text to write SVG or PNG. */
public final class Graphviz {
    private Graphviz() {}

    /** The longest a layout may take. */
    static final long TIMEOUT_SECONDS = 60;

    /** The {@code dot} executable on the {@code PATH}, if any. */
    public static Optional<Path> find() {
        return find(System.getenv("PATH"));
    }

    /** The {@code dot} executable in the folders of {@code path} (a {@code PATH} value), if any. */
    static Optional<Path> find(String path) {
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            for (String name : new String[] {"dot", "dot.exe"}) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Renders {@code dot} text as {@code format} ({@code svg} or {@code png}) into {@code target}, atomically.
     *
     * @throws IllegalStateException naming the missing program when {@code dot} is not on the PATH, or
     *                               quoting Graphviz's message when it fails
     */
    public static void render(String dot, String format, Path target) {
        render(dot, format, target, System.getenv("PATH"));
    }

    /** {@link #render(String, String, Path)} with {@code dot} looked up in {@code path}. */
    static void render(String dot, String format, Path target, String path) {
        Path program = find(path).orElseThrow(() -> new IllegalStateException("writing " + target + " needs Graphviz's 'dot' program, "
                + "which is not on the PATH; install Graphviz (for example 'apt-get install graphviz') or write -o FILE.dot"));
        OutputFile.produce(target, tmp -> run(program, dot, format, tmp));
    }

    private static void run(Path program, String dot, String format, Path out) throws IOException {
        Process p = new ProcessBuilder(program.toString(), "-T" + format, "-o", out.toString())
                .redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("Graphviz's dot took longer than " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while Graphviz's dot was running");
        }
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.exitValue() != 0) throw new IOException("Graphviz's dot failed (status " + p.exitValue() + "): " + messages);
    }
}
