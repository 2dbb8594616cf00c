package dev.nabla.cli.precise;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in messages: at most 12 significant digits. */
final class Describe {
    private Describe() {}

    static String number(BigDecimal x) {
        BigDecimal r = x.round(new MathContext(12)).stripTrailingZeros();
        int exponent = r.precision() - r.scale() - 1;
        return exponent >= -6 && exponent < 21 ? r.toPlainString() : r.toString();
    }
}
