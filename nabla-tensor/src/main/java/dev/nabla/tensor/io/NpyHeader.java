package dev.nabla.tensor.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The header of a {@code .npy} file, a Python dict literal such as
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }}: parsed (only these three
 * keys, each exactly once) and written as NumPy 1.24 writes it.
 *
 * @param descr        the dtype string, {@code '<f8'}
 * @param fortranOrder whether the data is stored column-major
 * @param shape        the sizes, empty for 0-d
 */
record NpyHeader(String descr, boolean fortranOrder, int[] shape) {
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;

    /** Parses the dict text; {@code source} names the file in errors. */
    static NpyHeader parse(String text, String source) throws NpyFormatException {
        return new Parser(text, source).header();
    }

    /** The dict text NumPy writes (keys sorted, a trailing {@code ", "}, spare spaces for growth), without padding. */
    String dictText() {
        StringBuilder out = new StringBuilder("{'descr': '").append(descr).append("', 'fortran_order': ")
                .append(fortranOrder ? "True" : "False").append(", 'shape': ");
        String tuple = tuple(shape);
        out.append(tuple).append(", }");
        if (shape.length > 0) {
            int growthAxis = fortranOrder ? shape.length - 1 : 0;
            out.append(" ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[growthAxis]).length())));
        }
        return out.toString();
    }

    /** Python's repr of a tuple: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static String tuple(int[] shape) {
        StringBuilder out = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) {
            if (d > 0) out.append(", ");
            out.append(shape[d]);
        }
        return out.append(shape.length == 1 ? ",)" : ")").toString();
    }

    private static final class Parser {
        private final String text;
        private final String source;
        private int pos;

        Parser(String text, String source) {
            this.text = text;
            this.source = source;
        }

        NpyHeader header() throws NpyFormatException {
            String descr = null;
            Boolean fortran = null;
            int[] shape = null;
            skip();
            expect('{');
            while (true) {
                skip();
                if (peek() == '}') break;
                String key = string();
                skip();
                expect(':');
                skip();
                switch (key) {
                    case "descr" -> {
                        if (peek() != '\'' && peek() != '"') {
                            throw error("unsupported dtype: structured or nested descr " + rest());
                        }
                        descr = once(descr, string(), key);
                    }
                    case "fortran_order" -> fortran = once(fortran, bool(), key);
                    case "shape" -> shape = once(shape, shape(), key);
                    default -> throw error("unexpected header key '" + key + "'");
                }
                skip();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != '}') {
                    throw error("expected ',' or '}' at offset " + pos);
                }
            }
            pos++;
            skip();
            if (pos != text.length()) throw error("unexpected text after the header dict: " + rest());
            if (descr == null || fortran == null || shape == null) {
                throw error("header must have 'descr', 'fortran_order' and 'shape', got " + text.strip());
            }
            return new NpyHeader(descr, fortran, shape);
        }

        private <T> T once(T previous, T value, String key) throws NpyFormatException {
            if (previous != null) throw error("header key '" + key + "' appears twice");
            return value;
        }

        private String string() throws NpyFormatException {
            char quote = peek();
            if (quote != '\'' && quote != '"') throw error("expected a quoted string at offset " + pos + ": " + rest());
            int end = text.indexOf(quote, pos + 1);
            if (end < 0) throw error("unterminated string at offset " + pos);
            String value = text.substring(pos + 1, end);
            pos = end + 1;
            return value;
        }

        private Boolean bool() throws NpyFormatException {
            if (text.startsWith("True", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("False", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            throw error("fortran_order must be True or False, got " + rest());
        }

        private int[] shape() throws NpyFormatException {
            expect('(');
            List<Integer> sizes = new ArrayList<>();
            while (true) {
                skip();
                if (peek() == ')') break;
                int start = pos;
                if (peek() == '-') pos++;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
                String digits = text.substring(start, pos);
                long size;
                try {
                    size = Long.parseLong(digits);
                } catch (NumberFormatException e) {
                    throw error("shape must be a tuple of integers, got " + rest());
                }
                if (size < 0 || size > Integer.MAX_VALUE) throw error("shape size " + size + " out of range [0, 2^31 - 1]");
                sizes.add((int) size);
                skip();
                if (peek() == ',') pos++;
                else if (peek() != ')') throw error("expected ',' or ')' in shape at offset " + pos);
            }
            pos++;
            return sizes.stream().mapToInt(Integer::intValue).toArray();
        }

        private void expect(char c) throws NpyFormatException {
            if (peek() != c) throw error("header is not a Python dict: expected '" + c + "' at offset " + pos + ", got " + rest());
            pos++;
        }

        private char peek() throws NpyFormatException {
            if (pos >= text.length()) throw error("header ends early: " + text.strip());
            return text.charAt(pos);
        }

        private void skip() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
        }

        private String rest() {
            String rest = text.substring(Math.min(pos, text.length())).strip();
            return rest.length() > 40 ? rest.substring(0, 40) + "…" : rest;
        }

        private NpyFormatException error(String problem) {
            return new NpyFormatException(source, "bad .npy header: " + problem);
        }
    }
}
