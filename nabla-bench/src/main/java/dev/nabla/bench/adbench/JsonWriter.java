package dev.nabla.bench.adbench;

import java.util.Locale;

/** Writes one JSON object, field by field (numbers, strings, arrays of numbers, nested objects). */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    JsonWriter() {
        out.append('{');
    }

    JsonWriter field(String name, double value) {
        key(name);
        number(value);
        return this;
    }

    JsonWriter field(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    JsonWriter field(String name, String value) {
        key(name);
        string(value);
        return this;
    }

    JsonWriter field(String name, double[] values) {
        key(name);
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append(", ");
            number(values[i]);
        }
        out.append(']');
        return this;
    }

    JsonWriter field(String name, int[] values) {
        key(name);
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append(", ");
            out.append(values[i]);
        }
        out.append(']');
        return this;
    }

    JsonWriter field(String name, JsonWriter object) {
        key(name);
        out.append(object.toString());
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    private void key(String name) {
        if (!first) out.append(", ");
        first = false;
        string(name);
        out.append(": ");
    }

    private void number(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("json: " + v + " is not a JSON number");
        if (v == Math.rint(v) && Math.abs(v) < 1e15) out.append(String.format(Locale.ROOT, "%.1f", v));
        else out.append(v);
    }

    private void string(String s) {
        out.append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            else out.append(c);
        }
        out.append('"');
    }
}
