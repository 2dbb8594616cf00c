package dev.nabla.tensor;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * NumPy's {@code str} of a float64 matrix with its default print options (precision 8, {@code maxprec}
 * mode, positional notation), for the seed cells that print the NumPy array beside the tensors: each value
 * rounded to at most 8 decimals with trailing zeros dropped, integer parts right-aligned, fractions
 * left-aligned. Values that NumPy would print in scientific notation are rejected.
 */
final class NumpyText {
    private NumpyText() {}

    static String str(double[] data, int rows, int cols) {
        String[] ints = new String[data.length], fracs = new String[data.length];
        int intWidth = 0, fracWidth = 0;
        double max = 0, min = Double.POSITIVE_INFINITY;
        for (double v : data) {
            double a = Math.abs(v);
            max = Math.max(max, a);
            if (a > 0) min = Math.min(min, a);
        }
        if (max >= 1e8 || min < 1e-4 || (min > 0 && max / min > 1e3)) {
            throw new IllegalArgumentException("NumPy would print these values in scientific notation");
        }
        for (int i = 0; i < data.length; i++) {
            String s = new BigDecimal(data[i]).setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
            int dot = s.indexOf('.');
            ints[i] = dot < 0 ? s : s.substring(0, dot);
            fracs[i] = dot < 0 ? "" : s.substring(dot + 1);
            intWidth = Math.max(intWidth, ints[i].length());
            fracWidth = Math.max(fracWidth, fracs[i].length());
        }
        StringBuilder out = new StringBuilder("[");
        for (int r = 0; r < rows; r++) {
            if (r > 0) out.append("\n ");
            out.append('[');
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                if (c > 0) out.append(' ');
                out.append(" ".repeat(intWidth - ints[i].length())).append(ints[i]).append('.').append(fracs[i])
                        .append(" ".repeat(fracWidth - fracs[i].length()));
            }
            out.append(']');
        }
        return out.append(']').toString();
    }
}
