package dev.nabla.examples;

import java.util.Locale;

/** Number formats of the notebooks' printouts. */
final class Formats {
    private Formats() {}

    /** Python's {@code "{:.Nf}".format(v)}. */
    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Python's {@code repr(float)}: the shortest decimal that reads back as the same double. */
    static String repr(double v) {
        return Double.toString(v);
    }

    /** A list of numbers, each {@code fixed(…, decimals)}, as {@code [a, b, c]}. */
    static String list(double[] v, int decimals) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) s.append(i == 0 ? "" : ", ").append(fixed(v[i], decimals));
        return s.append(']').toString();
    }

    /** An integral double as Python prints an int, otherwise its repr. */
    static String integral(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : repr(v);
    }
}
