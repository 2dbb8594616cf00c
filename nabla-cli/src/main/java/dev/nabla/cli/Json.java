package dev.nabla.cli;

import dev.nabla.symbolic.print.PythonFloat;

/**
 * The few pieces of JSON the commands print. Numbers are written in full precision as Python's
 * {@code repr} writes them (the shortest form that reads back to the same double, e.g.
 * {@code 6494.039091708472}, {@code 1e-10}); JSON has no NaN or infinity, so those are {@code null}.
 */
final class Json {
    private Json() {}

    static String number(double v) {
        return Double.isFinite(v) ? PythonFloat.repr(v) : "null";
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    static String array(double[] values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) b.append(i == 0 ? "" : ", ").append(number(values[i]));
        return b.append(']').toString();
    }
}
