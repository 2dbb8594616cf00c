package dev.nabla.symbolic.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers formatted as Python formats them. */
public final class Format {
    private Format() {}

    /**
     * Python's {@code "{:.Nf}".format(v)}: {@code digits} decimals, rounding the exact binary value
     * half to even; {@code nan}, {@code inf}, {@code -inf}.
     */
    public static String fixed(double v, int digits) {
        if (digits < 0) throw new IllegalArgumentException("fixed: digits must be at least 0, got " + digits);
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        String s = new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        return (v < 0 || (v == 0 && 1 / v < 0)) && !s.startsWith("-") ? "-" + s : s;
    }
}
