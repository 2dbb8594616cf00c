package dev.nabla.cli.shell;

import jdk.jshell.tool.JavaShellToolBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;

/**
 * The JDK's JShell tool, in this JVM, with Nabla on the class path and {@link ShellImports} run at start-up
 * after JShell's default imports: line editing, completion, {@code /help}, {@code /vars}, {@code /exit n}.
 * Settings are kept for the session only.
 */
public final class InteractiveShell {
    private InteractiveShell() {}

    /**
     * Runs the shell until {@code /exit} or the end of input.
     *
     * @return the status given to {@code /exit}, 0 otherwise
     */
    public static int run(InputStream in, PrintStream out, PrintStream err) throws Exception {
        Path startup = Files.createTempFile("nabla-shell-imports", ".jsh");
        try {
            Files.writeString(startup, ShellImports.source());
            return JavaShellToolBuilder.builder()
                    .in(in, null)
                    .out(out)
                    .err(err)
                    .persistence(new HashMap<>())
                    .start("--class-path", NablaClassPath.get(), "--execution", SameThreadExecution.NAME,
                            "--startup", "DEFAULT", "--startup", startup.toString());
        } finally {
            delete(startup);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("shell: cannot delete the start-up file " + p, e);
        }
    }
}
