package dev.nabla.bench.adbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a whitespace-separated numeric file, read with the position of every problem: the
 * ADBench loaders ask for "the next line with so many numbers" and get an {@link InputFormatException}
 * naming the file and line otherwise. Blank lines are skipped.
 */
final class NumberLines {
    private final Path file;
    private final List<String> lines;
    private int next;

    private NumberLines(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** The lines of {@code file}. */
    static NumberLines open(Path file) {
        try {
            return new NumberLines(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw InputFormatException.unreadable(file, new IOException("no such file"));
        } catch (IOException | RuntimeException e) {
            throw InputFormatException.unreadable(file, e);
        }
    }

    /** The 1-based number of the line {@link #row} would read next (or one past the end). */
    int lineNumber() {
        skipBlank();
        return next + 1;
    }

    /** Whether a non-blank line remains. */
    boolean hasMore() {
        skipBlank();
        return next < lines.size();
    }

    /** The next non-blank line as exactly {@code count} numbers; {@code what} names them in an error. */
    double[] row(int count, String what) {
        skipBlank();
        if (next >= lines.size()) {
            throw InputFormatException.at(file, next + 1, "end of file, expected " + what + " (" + count + " number"
                    + (count == 1 ? "" : "s") + ")");
        }
        String[] tokens = lines.get(next).trim().split("\\s+");
        if (tokens.length != count) {
            throw InputFormatException.at(file, next + 1, "expected " + what + " (" + count + " number"
                    + (count == 1 ? "" : "s") + "), found " + tokens.length);
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                values[i] = Double.parseDouble(tokens[i]);
            } catch (NumberFormatException e) {
                throw InputFormatException.at(file, next + 1, "value " + (i + 1) + " of " + what + " is not a number: '"
                        + tokens[i] + "'");
            }
            if (!Double.isFinite(values[i])) {
                throw InputFormatException.at(file, next + 1, "value " + (i + 1) + " of " + what + " is not finite: '"
                        + tokens[i] + "'");
            }
        }
        next++;
        return values;
    }

    /** The next line as {@code names.length} positive integers (sizes), named in an error. */
    int[] sizes(String... names) {
        int line = lineNumber();
        double[] v = row(names.length, String.join(" ", names));
        int[] sizes = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i]) || v[i] < 1 || v[i] > Integer.MAX_VALUE) {
                throw InputFormatException.at(file, line, names[i] + " must be a positive integer, found " + v[i]);
            }
            sizes[i] = (int) v[i];
        }
        return sizes;
    }

    /** How many non-blank lines remain. */
    int remaining() {
        int count = 0;
        for (int i = next; i < lines.size(); i++) if (!lines.get(i).isBlank()) count++;
        return count;
    }

    /** Fails unless every remaining line is blank. */
    void requireEnd() {
        if (hasMore()) throw InputFormatException.at(file, next + 1, "unexpected content after the last expected line");
    }

    /** An error at the line read last. */
    InputFormatException errorAtPrevious(String problem) {
        return InputFormatException.at(file, next, problem);
    }

    private void skipBlank() {
        while (next < lines.size() && lines.get(next).isBlank()) next++;
    }
}
