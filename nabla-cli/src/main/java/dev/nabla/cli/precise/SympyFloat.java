package dev.nabla.cli.precise;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers printed as SymPy prints a {@code Float} of {@code N} digits ({@code str(x.evalf(N))}, mpmath's
 * {@code to_str} without stripping zeros): all {@code N} digits, fixed notation while the decimal exponent
 * {@code k} satisfies {@code min(-(N div 3), -5) < k < N}, else {@code d.ddd…e±k}:
 * {@code 1.41421356237309504880168872421}, {@code 0.33333333333333333333}, {@code 5.184705529e+21},
 * {@code 1.9288e-22}, {@code 3.14e+3}.
 */
public final class SympyFloat {
    private SympyFloat() {}

    /** {@code x} rounded to {@code digits} significant digits and written as SymPy writes it; {@code 0} for zero. */
    public static String format(BigDecimal x, int digits) {
        if (x.signum() == 0) return "0";
        BigDecimal r = x.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        String unscaled = r.unscaledValue().abs().toString();
        int exponent = unscaled.length() - 1 - r.scale();
        StringBuilder d = new StringBuilder(unscaled);
        while (d.length() < digits) d.append('0');
        d.setLength(digits);
        String sign = r.signum() < 0 ? "-" : "";
        int minFixed = Math.min(-(digits / 3), -5);
        if (minFixed < exponent && exponent < digits) {
            String all;
            int split;
            if (exponent < 0) {
                all = "0".repeat(-exponent) + d;
                split = 1;
            } else {
                all = d.toString();
                split = exponent + 1;
            }
            String text = all.substring(0, split) + "." + all.substring(split);
            return sign + text;
        }
        String text = d.charAt(0) + "." + d.substring(1);
        return sign + text + "e" + (exponent >= 0 ? "+" : "") + exponent;
    }
}
