package dev.nabla.tensor.print;

import dev.nabla.tensor.DType;
import dev.nabla.tensor.PrintableTensor;

/**
 * How every element of one tensor is written: one common width (so columns align) and, for
 * floating-point tensors, one of three styles chosen from the printed elements' nonzero finite
 * magnitudes, as PyTorch 1.13's {@code _Formatter} chooses it:
 * <ul>
 *   <li>integer style ({@code 3.}) when every such element is a whole number, unless
 *       {@code max/min > 1000} or {@code max > 1e8};</li>
 *   <li>scientific ({@code 1.0000e-05}) when {@code max/min > 1000}, {@code max > 1e8} or
 *       {@code min < 1e-4};</li>
 *   <li>fixed ({@code 0.5488}) otherwise.</li>
 * </ul>
 * A tensor with no nonzero finite element prints in integer style and ignores {@code sciMode}
 * (PyTorch returns before reading the option).
 */
final class ElementFormat {
    private enum Style { INTEGER_VALUED, SCIENTIFIC, FIXED, INTEGER, BOOL }

    private final PrintableTensor tensor;
    private final Style style;
    private final int precision;
    private final int width;

    private ElementFormat(PrintableTensor tensor, Style style, int precision, int width) {
        this.tensor = tensor;
        this.style = style;
        this.precision = precision;
        this.width = width;
    }

    /** The format for {@code tensor}, judged on the elements at {@code printed} (row-major indices). */
    static ElementFormat of(PrintableTensor tensor, long[] printed, PrintOptions options) {
        int precision = options.precision();
        DType dtype = tensor.dtype();
        if (!dtype.isFloatingPoint()) {
            Style style = dtype == DType.BOOL ? Style.BOOL : Style.INTEGER;
            ElementFormat probe = new ElementFormat(tensor, style, precision, 0);
            int width = 1;
            for (long i : printed) width = Math.max(width, probe.plain(i).length());
            return new ElementFormat(tensor, style, precision, width);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        boolean wholeNumbers = true;
        int count = 0;
        for (long i : printed) {
            double v = tensor.doubleAt(i);
            if (v == 0 || !Double.isFinite(v)) continue;
            count++;
            double a = Math.abs(v);
            min = Math.min(min, a);
            max = Math.max(max, a);
            if (v != Math.ceil(v)) wholeNumbers = false;
        }
        if (count == 0) return new ElementFormat(tensor, Style.INTEGER_VALUED, precision, 1);
        boolean wideRange = max / min > 1000.0 || max > 1.0e8;
        Style natural = wholeNumbers
                ? (wideRange ? Style.SCIENTIFIC : Style.INTEGER_VALUED)
                : (wideRange || min < 1.0e-4 ? Style.SCIENTIFIC : Style.FIXED);
        int width = 1;
        for (long i : printed) {
            double v = tensor.doubleAt(i);
            if (v == 0 || !Double.isFinite(v)) continue;
            int length = switch (natural) {
                case SCIENTIFIC -> PythonFloats.scientific(v, precision).length();
                case INTEGER_VALUED -> PythonFloats.fixed(v, 0).length() + 1;
                default -> PythonFloats.fixed(v, precision).length();
            };
            width = Math.max(width, length);
        }
        Style chosen = switch (options.sciMode()) {
            case ON -> Style.SCIENTIFIC;
            case OFF -> natural == Style.SCIENTIFIC ? (wholeNumbers ? Style.INTEGER_VALUED : Style.FIXED) : natural;
            case AUTO -> natural;
        };
        return new ElementFormat(tensor, chosen, precision, width);
    }

    /** The common width of every element. */
    int width() {
        return width;
    }

    /** Element {@code i}, right-aligned to {@link #width()}. */
    String format(long i) {
        String text = plain(i);
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    private String plain(long i) {
        return switch (style) {
            case BOOL -> tensor.longAt(i) != 0 ? "True" : "False";
            case INTEGER -> Long.toString(tensor.longAt(i));
            case SCIENTIFIC -> PythonFloats.scientific(tensor.doubleAt(i), precision);
            case FIXED -> PythonFloats.fixed(tensor.doubleAt(i), precision);
            case INTEGER_VALUED -> {
                double v = tensor.doubleAt(i);
                String digits = PythonFloats.fixed(v, 0);
                yield Double.isFinite(v) ? digits + "." : digits;
            }
        };
    }
}
