package dev.nabla.tensor.print;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code format(x, ".{p}f")} and {@code format(x, ".{p}e")} for doubles: correctly
 * rounded from the exact binary value (ties to even), the sign kept for values that round to zero
 * ({@code -0.0000}), {@code nan}, {@code inf}, {@code -inf}, and at least two exponent digits.
 */
final class PythonFloats {
    private PythonFloats() {
    }

    /** {@code format(x, ".{digits}f")}: {@code fixed(0.71518, 4) = "0.7152"}, {@code fixed(-0.0, 0) = "-0"}. */
    static String fixed(double x, int digits) {
        String special = special(x);
        if (special != null) return special;
        String magnitude = new BigDecimal(Math.abs(x)).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        return negative(x) ? "-" + magnitude : magnitude;
    }

    /** {@code format(x, ".{digits}e")}: {@code scientific(1.5e-5, 4) = "1.5000e-05"}. */
    static String scientific(double x, int digits) {
        String special = special(x);
        if (special != null) return special;
        String sign = negative(x) ? "-" : "";
        if (x == 0) {
            return sign + mantissa("0".repeat(digits + 1), digits) + "e+00";
        }
        BigDecimal rounded = new BigDecimal(Math.abs(x)).round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
        String significand = rounded.unscaledValue().toString();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (significand.length() < digits + 1) {
            significand = significand + "0".repeat(digits + 1 - significand.length());
        }
        int magnitude = Math.abs(exponent);
        return sign + mantissa(significand, digits) + (exponent < 0 ? "e-" : "e+")
                + (magnitude < 10 ? "0" : "") + magnitude;
    }

    private static String mantissa(String significand, int digits) {
        return digits == 0 ? significand.substring(0, 1) : significand.charAt(0) + "." + significand.substring(1, digits + 1);
    }

    private static boolean negative(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    private static String special(double x) {
        if (Double.isNaN(x)) return "nan";
        if (x == Double.POSITIVE_INFINITY) return "inf";
        if (x == Double.NEGATIVE_INFINITY) return "-inf";
        return null;
    }
}
