package dev.nabla.cli.shell;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a JShell script ({@code .jsh}) as a program: its snippets in order, in this JVM, with Nabla on the class
 * path and {@link ShellImports} imported; the script prints what it prints (expression values are not echoed)
 * and the run stops at the first snippet that does not compile or throws, with a message naming the file and
 * line. Exit statuses: {@value #OK} when every snippet ran, {@value #FAILED} at the first failure, {@code n} at a
 * {@code /exit n} line. The only JShell command a script may use is {@code /exit [n]}. A script that calls
 * {@code System.exit(n)} ends this JVM with {@code n}.
 *
 * <pre>{@code
 * int status = ScriptRunner.to(System.out, System.err).run(Path.of("examples/seed.jsh"));
 * }</pre>
 */
public final class ScriptRunner {

    /** Every snippet ran. */
    public static final int OK = 0;
    /** A snippet did not compile or threw. */
    public static final int FAILED = 1;

    private final PrintStream out;
    private final PrintStream err;

    private ScriptRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * A runner whose scripts print to {@code out} and report failures to {@code err}. While a script runs,
     * {@code System.out} and {@code System.err} are these streams (the snippets run in this JVM).
     */
    public static ScriptRunner to(PrintStream out, PrintStream err) {
        if (out == null || err == null) throw new IllegalArgumentException("shell: the output streams are null");
        return new ScriptRunner(out, err);
    }

    /**
     * Runs the script in {@code file}.
     *
     * @return the exit status
     * @throws IllegalArgumentException if the file does not exist, is a directory, or cannot be read as UTF-8
     */
    public int run(Path file) {
        if (file == null) throw new IllegalArgumentException("shell: the script path is null");
        if (Files.isDirectory(file)) throw new IllegalArgumentException("shell: '" + file + "' is a directory, not a script");
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("shell: no such file '" + file + "'");
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException("shell: '" + file + "' is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException("shell: cannot read '" + file + "': " + e.getMessage());
        }
        return run(file.toString(), source);
    }

    /**
     * Runs {@code source}; {@code name} is the file name used in messages.
     *
     * @return the exit status
     */
    public int run(String name, String source) {
        if (source == null) throw new IllegalArgumentException("shell: the script is null");
        PrintStream systemOut = System.out, systemErr = System.err;
        try (JShell shell = JShell.builder().executionEngine(new SameThreadExecution(), Map.of()).out(out).err(err).build()) {
            shell.addToClasspath(NablaClassPath.get());
            String imports = ShellImports.jshellDefaults() + ShellImports.source();
            for (String line : imports.split("\n")) for (SnippetEvent e : shell.eval(line)) requireValid(e);
            System.setOut(out);
            System.setErr(err);
            return new Run(shell, name, source).all();
        } finally {
            out.flush();
            err.flush();
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
    }

    private static void requireValid(SnippetEvent e) {
        if (e.status() == Snippet.Status.REJECTED) {
            throw new IllegalStateException("shell: the start-up import '" + e.snippet().source().strip() + "' does not compile");
        }
    }

    /** One pass over one script. */
    private final class Run {
        private final JShell shell;
        private final String name;
        private final String source;
        private final SourceCodeAnalysis analysis;
        /** The line each snippet starts on, by snippet id, to place stack frames. */
        private final Map<String, Integer> startLines = new HashMap<>();

        Run(JShell shell, String name, String source) {
            this.shell = shell;
            this.name = name;
            this.source = source;
            this.analysis = shell.sourceCodeAnalysis();
        }

        /**
         * Reads the script line by line as the JShell tool does: a snippet ends at the first line end where it is
         * complete (so an expression needs no semicolon at the end of its line).
         */
        int all() {
            StringBuilder buffer = new StringBuilder();
            int bufferStart = 0;
            int pos = 0;
            while (pos < source.length()) {
                int end = source.indexOf('\n', pos);
                end = end < 0 ? source.length() : end + 1;
                if (buffer.toString().isBlank()) {
                    int first = skipBlankAndComments(pos, end);
                    if (first < end && isCommand(first)) return command(source.substring(first, end).strip(), first);
                }
                buffer.append(source, pos, end);
                pos = end;
                while (true) {
                    SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(buffer.toString());
                    if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                        buffer.setLength(0);
                        bufferStart = pos;
                        break;
                    }
                    if (!info.completeness().isComplete()) break;
                    if (!eval(info.source(), bufferStart)) return FAILED;
                    bufferStart += buffer.length() - info.remaining().length();
                    buffer.setLength(0);
                    buffer.append(info.remaining());
                    if (buffer.toString().isBlank()) break;
                }
            }
            if (!buffer.toString().isBlank() && !eval(buffer.toString(), bufferStart)) return FAILED;
            return OK;
        }

        /**
         * Evaluates one snippet whose text starts at {@code offset} of the script; false (after reporting) if it
         * does not compile or throws.
         */
        private boolean eval(String snippet, int offset) {
            int start = skipBlankAndComments(offset, source.length());
            try {
                for (SnippetEvent e : shell.eval(snippet)) {
                    if (e.causeSnippet() != null) continue;
                    startLines.put(e.snippet().id(), lineOf(start));
                    if (e.status() == Snippet.Status.REJECTED) {
                        List<Diag> diags = shell.diagnostics(e.snippet()).filter(Diag::isError).toList();
                        if (diags.isEmpty()) {
                            err.println(name + ":" + lineOf(start) + ": error: the snippet does not compile");
                        }
                        for (Diag d : diags) reportDiagnostic(d, offset);
                        return false;
                    }
                    if (e.exception() != null) {
                        reportException(e.exception(), start);
                        return false;
                    }
                }
            } finally {
                out.flush();
                err.flush();
            }
            return true;
        }

        private void reportDiagnostic(Diag d, int snippetStart) {
            int at = snippetStart + (int) Math.max(0, Math.min(d.getStartPosition(), source.length() - snippetStart));
            int line = lineOf(at);
            int lineStart = source.lastIndexOf('\n', at - 1) + 1;
            int lineEnd = source.indexOf('\n', at);
            if (lineEnd < 0) lineEnd = source.length();
            // The compiler names the class JShell wraps a snippet in, which has no name a user could read.
            String message = d.getMessage(Locale.ROOT).replaceAll("\\R\\s*location: class\\s*$", "");
            err.println(name + ":" + line + ": error: " + message);
            err.println(source.substring(lineStart, lineEnd));
            err.println(" ".repeat(at - lineStart) + "^");
        }

        private void reportException(JShellException ex, int start) {
            String what;
            if (ex instanceof EvalException ee) {
                what = ee.getExceptionClassName() + (ee.getMessage() == null ? "" : ": " + ee.getMessage());
            } else if (ex instanceof UnresolvedReferenceException ur) {
                what = "unresolved reference: " + ur.getSnippet().source().strip() + " uses a declaration that is missing";
            } else {
                what = String.valueOf(ex.getMessage());
            }
            err.println(name + ":" + lineOf(start) + ": exception " + what);
            for (StackTraceElement frame : ex.getStackTrace()) {
                String file = frame.getFileName();
                if (file != null && file.startsWith("#")) {
                    Integer first = startLines.get(file.substring(1));
                    err.println("\tat " + name + ":" + (first == null ? "?" : first + Math.max(frame.getLineNumber(), 1) - 1));
                    break;
                }
                err.println("\tat " + frame);
            }
        }

        /** {@code /exit [n]}: the status to stop with; any other command is an error. */
        private int command(String line, int start) {
            String[] words = line.split("\\s+");
            if (!words[0].equals("/exit") || words.length > 2) {
                err.println(name + ":" + lineOf(start) + ": error: '" + line + "' is a JShell command; a script may use only /exit [n]");
                return FAILED;
            }
            if (words.length == 1) return OK;
            try {
                return Integer.parseInt(words[1]);
            } catch (NumberFormatException e) {
                err.println(name + ":" + lineOf(start) + ": error: /exit takes an integer status, got '" + words[1] + "'");
                return FAILED;
            }
        }

        private boolean isCommand(int at) {
            return source.charAt(at) == '/' && at + 1 < source.length() && Character.isLetter(source.charAt(at + 1));
        }

        /** The first position at or after {@code pos}, before {@code n}, that is neither blank nor in a comment. */
        private int skipBlankAndComments(int pos, int n) {
            while (pos < n) {
                char c = source.charAt(pos);
                if (Character.isWhitespace(c)) {
                    pos++;
                } else if (source.startsWith("//", pos)) {
                    int end = source.indexOf('\n', pos);
                    pos = end < 0 || end >= n ? n : end + 1;
                } else if (source.startsWith("/*", pos)) {
                    int end = source.indexOf("*/", pos + 2);
                    if (end < 0 || end + 2 > n) return pos;   // unterminated here: the compiler reports it
                    pos = end + 2;
                } else {
                    break;
                }
            }
            return pos;
        }

        private int lineOf(int at) {
            int line = 1;
            for (int i = 0; i < at && i < source.length(); i++) if (source.charAt(i) == '\n') line++;
            return line;
        }
    }
}
