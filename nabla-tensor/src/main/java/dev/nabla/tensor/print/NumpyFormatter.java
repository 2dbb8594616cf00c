package dev.nabla.tensor.print;

import dev.nabla.tensor.DType;
import dev.nabla.tensor.PrintableTensor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes arrays as NumPy 1.24 prints them with its default options ({@code precision=8},
 * {@code floatmode='maxprec'}, {@code linewidth=75}, {@code threshold=1000}, {@code edgeitems=3}):
 * {@code str} as {@code print(x)} shows it,
 * <pre>{@code
 * [[0.5488135  0.71518937 0.60276338]
 *  [0.54488318 0.4236548  0.64589411]]
 * }</pre>
 * and {@code repr} as {@code array([2.77255303, 1.49989128])}. Floats get the fewest digits that
 * identify them, at most 8 after the point, in columns padded with spaces; scientific notation when
 * a nonzero magnitude is below {@code 1e-4}, at or above {@code 1e8}, or the largest is over 1000
 * times the smallest. float32 elements print their own shortest digits. The autograd flags of the
 * tensor are ignored: this is NumPy's view of the values.
 */
public final class NumpyFormatter {
    private static final int PRECISION = 8;
    private static final int LINEWIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGEITEMS = 3;

    private NumpyFormatter() {
    }

    /** {@code str(array)}, what {@code print(array)} shows; a 0-d array prints as its scalar ({@code 0.5}, {@code 100.0}). */
    public static String str(PrintableTensor array) {
        Objects.requireNonNull(array, "array");
        int[] shape = array.shape();
        if (shape.length == 0) return scalarStr(array);
        if (numel(shape) == 0) return "[]";
        return new Layout(array, shape, " ", LINEWIDTH, "").text();
    }

    /** {@code repr(array)}: {@code array([1., 2.])}, {@code array([1., 2.], dtype=float32)}. */
    public static String repr(PrintableTensor array) {
        Objects.requireNonNull(array, "array");
        int[] shape = array.shape();
        long numel = numel(shape);
        boolean implied = array.dtype() != DType.FLOAT32 && numel > 0;
        String prefix = "array(";
        String suffix = implied ? ")" : ",";
        String body;
        if (numel > 0) {
            body = new Layout(array, shape, ", ", LINEWIDTH - suffix.length(), prefix).text();
        } else if (shape.length == 1) {
            body = "[]";
        } else {
            body = "[], shape=" + tuple(shape);
        }
        String text = prefix + body + suffix;
        if (implied) return text;
        String dtype = "dtype=" + numpyName(array.dtype()) + ")";
        int lastLine = text.length() - (text.lastIndexOf('\n') + 1);
        String spacer = lastLine + dtype.length() + 1 > LINEWIDTH ? "\n" + " ".repeat(prefix.length()) : " ";
        return text + spacer + dtype;
    }

    /** NumPy's name of a dtype: {@code float64}, {@code float32}, {@code int64}, {@code bool}. */
    public static String numpyName(DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> "float64";
            case FLOAT32 -> "float32";
            case INT64 -> "int64";
            case BOOL -> "bool";
        };
    }

    private static String scalarStr(PrintableTensor array) {
        switch (array.dtype()) {
            case BOOL:
                return array.longAt(0) != 0 ? "True" : "False";
            case INT64:
                return Long.toString(array.longAt(0));
            default:
                double x = array.doubleAt(0);
                if (Double.isNaN(x)) return "nan";
                if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
                String sign = Double.doubleToRawLongBits(x) < 0 ? "-" : "";
                BigDecimal digits = array.dtype() == DType.FLOAT32 ? ShortestDecimal.ofFloat((float) x) : ShortestDecimal.of(x);
                double a = Math.abs(x);
                if (a == 0 || a >= 1e-4 && a < 1e16) {
                    String plain = digits.toPlainString();
                    return sign + (plain.contains(".") ? plain : plain + ".0");
                }
                String unscaled = digits.unscaledValue().toString();
                int exponent = digits.precision() - digits.scale() - 1;
                String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
                return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
    }

    private static long numel(int[] shape) {
        long n = 1;
        for (int size : shape) n *= size;
        return n;
    }

    private static String tuple(int[] shape) {
        StringBuilder out = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) {
            if (d > 0) out.append(", ");
            out.append(shape[d]);
        }
        return out.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** NumPy's {@code _formatArray} for one array. */
    private static final class Layout {
        private final PrintableTensor array;
        private final int[] shape;
        private final long[] strides;
        private final String separator;
        private final int lineWidth;
        private final String firstPrefix;
        private final boolean summarize;
        private Element element;

        Layout(PrintableTensor array, int[] shape, String separator, int lineWidth, String prefix) {
            this.array = array;
            this.shape = shape;
            this.separator = separator;
            this.lineWidth = lineWidth;
            this.firstPrefix = " " + " ".repeat(prefix.length());
            this.summarize = numel(shape) > THRESHOLD;
            this.strides = new long[shape.length];
            long stride = 1;
            for (int d = shape.length - 1; d >= 0; d--) {
                strides[d] = stride;
                stride *= shape[d];
            }
        }

        String text() {
            List<Long> printed = new ArrayList<>();
            collect(0, 0, printed);
            element = Element.of(array, printed.stream().mapToLong(Long::longValue).toArray());
            return recurse(0, 0, firstPrefix, lineWidth);
        }

        private boolean elided(int d) {
            return summarize && shape[d] > 2 * EDGEITEMS;
        }

        private int[] shown(int d) {
            int n = shape[d];
            if (!elided(d)) {
                int[] all = new int[n];
                for (int i = 0; i < n; i++) all[i] = i;
                return all;
            }
            int[] edges = new int[2 * EDGEITEMS];
            for (int i = 0; i < EDGEITEMS; i++) {
                edges[i] = i;
                edges[EDGEITEMS + i] = n - EDGEITEMS + i;
            }
            return edges;
        }

        private void collect(int d, long offset, List<Long> into) {
            if (d == shape.length) {
                into.add(offset);
                return;
            }
            for (int i : shown(d)) collect(d + 1, offset + i * strides[d], into);
        }

        private String recurse(int d, long offset, String hangingIndent, int width) {
            if (d == shape.length) return element.format(offset);
            String nextIndent = hangingIndent + " ";
            int nextWidth = width - 1;
            int[] shown = shown(d);
            int half = elided(d) ? shown.length / 2 : -1;
            StringBuilder s = new StringBuilder();
            if (d == shape.length - 1) {
                int elementWidth = width - Math.max(separator.stripTrailing().length(), 1);
                StringBuilder line = new StringBuilder(hangingIndent);
                for (int k = 0; k < shown.length; k++) {
                    if (k == half) {
                        line = extend(s, line, "...", elementWidth, hangingIndent);
                        line.append(separator);
                    }
                    String word = recurse(d + 1, offset + shown[k] * strides[d], nextIndent, nextWidth);
                    line = extend(s, line, word, elementWidth, hangingIndent);
                    if (k < shown.length - 1) line.append(separator);
                }
                s.append(line);
            } else {
                String lineSeparator = separator.stripTrailing() + "\n".repeat(shape.length - d - 1);
                for (int k = 0; k < shown.length; k++) {
                    if (k == half) s.append(hangingIndent).append("...").append(lineSeparator);
                    s.append(hangingIndent).append(recurse(d + 1, offset + shown[k] * strides[d], nextIndent, nextWidth));
                    if (k < shown.length - 1) s.append(lineSeparator);
                }
            }
            return "[" + s.substring(hangingIndent.length()) + "]";
        }

        private static StringBuilder extend(StringBuilder s, StringBuilder line, String word, int width, String prefix) {
            boolean wrap = line.length() + word.length() > width && line.length() > prefix.length();
            if (wrap) {
                s.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(prefix);
            }
            return line.append(word);
        }
    }

    /** NumPy's element formatters: FloatingFormat (maxprec, unique digits), IntegerFormat, BoolFormat. */
    private static final class Element {
        private final PrintableTensor array;
        private final boolean scientific;
        private final int padLeft;
        private final int padRight;
        private final int precision;
        private final int exponentDigits;

        private Element(PrintableTensor array, boolean scientific, int padLeft, int padRight, int precision, int exponentDigits) {
            this.array = array;
            this.scientific = scientific;
            this.padLeft = padLeft;
            this.padRight = padRight;
            this.precision = precision;
            this.exponentDigits = exponentDigits;
        }

        static Element of(PrintableTensor array, long[] printed) {
            DType dtype = array.dtype();
            if (dtype == DType.BOOL) return new Element(array, false, array.shape().length == 0 ? 4 : 5, 0, 0, 0);
            if (dtype == DType.INT64) {
                int width = 0;
                for (long i : printed) width = Math.max(width, Long.toString(array.longAt(i)).length());
                return new Element(array, false, width, 0, 0, 0);
            }
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            int finite = 0;
            boolean nonFinite = false;
            boolean negativeInfinity = false;
            for (long i : printed) {
                double v = array.doubleAt(i);
                if (!Double.isFinite(v)) {
                    nonFinite = true;
                    negativeInfinity |= v == Double.NEGATIVE_INFINITY;
                    continue;
                }
                finite++;
                if (v == 0) continue;
                min = Math.min(min, Math.abs(v));
                max = Math.max(max, Math.abs(v));
            }
            boolean scientific = max > 0 && (max >= 1e8 || min < 1e-4 || max / min > 1000.0);
            int padLeft = 0;
            int padRight = 0;
            int precision = PRECISION;
            int exponentDigits = -1;
            if (finite > 0) {
                Element probe = new Element(array, scientific, 0, 0, PRECISION, 0);
                for (long i : printed) {
                    double v = array.doubleAt(i);
                    if (!Double.isFinite(v)) continue;
                    Parts p = probe.parts(v);
                    padLeft = Math.max(padLeft, p.integer.length());
                    padRight = Math.max(padRight, p.fraction.length());
                    if (scientific) exponentDigits = Math.max(exponentDigits, p.exponent.length() - 1);
                }
                if (scientific) {
                    precision = padRight;
                    padRight = exponentDigits + 2 + precision;
                }
            }
            if (nonFinite) {
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset));
            }
            return new Element(array, scientific, padLeft, padRight, precision, exponentDigits);
        }

        String format(long i) {
            DType dtype = array.dtype();
            if (dtype == DType.BOOL) return array.longAt(i) != 0 ? (padLeft == 5 ? " True" : "True") : "False";
            if (dtype == DType.INT64) return pad(Long.toString(array.longAt(i)), padLeft);
            double v = array.doubleAt(i);
            if (!Double.isFinite(v)) {
                String text = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
                return pad(text, padLeft + padRight + 1);
            }
            Parts p = scientific ? exactParts(v) : parts(v);
            if (scientific) {
                String fraction = p.fraction;
                String exponent = p.exponent.charAt(0) + "0".repeat(Math.max(0, exponentDigits - (p.exponent.length() - 1)))
                        + p.exponent.substring(1);
                return pad(p.integer, padLeft) + "." + fraction + "e" + exponent;
            }
            return pad(p.integer, padLeft) + "." + p.fraction + " ".repeat(padRight - p.fraction.length());
        }

        private static String pad(String text, int width) {
            return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
        }

        /** The unique digits of {@code v}, cut at {@code precision} places and trimmed of trailing zeros. */
        private Parts parts(double v) {
            String sign = Double.doubleToRawLongBits(v) < 0 ? "-" : "";
            BigDecimal shortest = array.dtype() == DType.FLOAT32 ? ShortestDecimal.ofFloat((float) v) : ShortestDecimal.of(v);
            BigDecimal exact = new BigDecimal(Math.abs(v));
            if (!scientific) {
                BigDecimal digits = shortest.scale() > precision
                        ? exact.setScale(precision, RoundingMode.HALF_EVEN).stripTrailingZeros() : shortest;
                String plain = digits.signum() == 0 ? "0" : digits.toPlainString();
                int point = plain.indexOf('.');
                return point < 0 ? new Parts(sign + plain, "", "")
                        : new Parts(sign + plain.substring(0, point), plain.substring(point + 1), "");
            }
            BigDecimal digits = shortest.signum() != 0 && shortest.precision() - 1 > precision
                    ? exact.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN)).stripTrailingZeros() : shortest;
            if (digits.signum() == 0) return new Parts(sign + "0", "", "+00");
            String unscaled = digits.unscaledValue().toString();
            int exponent = digits.precision() - digits.scale() - 1;
            String exponentText = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
            return new Parts(sign + unscaled.charAt(0), unscaled.substring(1), exponentText);
        }

        /**
         * Scientific digits with NumPy's {@code min_digits = precision}: the exact value rounded to
         * {@code precision} places after the first digit, past the unique digits if need be
         * (float32 {@code 8.8508699e-07}, not {@code 8.8508700e-07}).
         */
        private Parts exactParts(double v) {
            String sign = Double.doubleToRawLongBits(v) < 0 ? "-" : "";
            if (v == 0) return new Parts(sign + "0", "0".repeat(precision), "+00");
            BigDecimal digits = new BigDecimal(Math.abs(v)).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            String unscaled = digits.unscaledValue().toString();
            unscaled = unscaled + "0".repeat(Math.max(0, precision + 1 - unscaled.length()));
            int exponent = digits.precision() - digits.scale() - 1;
            String exponentText = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
            return new Parts(sign + unscaled.charAt(0), unscaled.substring(1, precision + 1), exponentText);
        }

        private record Parts(String integer, String fraction, String exponent) {
        }
    }
}
