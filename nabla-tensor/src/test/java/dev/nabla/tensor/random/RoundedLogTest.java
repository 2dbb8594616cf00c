package dev.nabla.tensor.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;

/** The rounded logarithm against an independent 60-digit evaluation, and at its edges. */
class RoundedLogTest {
    private static final MathContext DIGITS = new MathContext(60);
    private static final BigDecimal LN2 = atanhSeries(BigDecimal.ONE.divide(new BigDecimal(3), DIGITS));

    @Test
    void isTheNearestDoubleOnRandomArguments() {
        MersenneTwister mt = MersenneTwister.seeded(11);
        for (int i = 0; i < 250; i++) {
            double x = mt.nextDouble() * Math.pow(2, (mt.nextInt() % 40));
            if (x == 0) continue;
            assertEquals(reference(x), RoundedLog.log(x), "log(" + x + ")");
        }
    }

    @Test
    void edges() {
        assertEquals(0.0, RoundedLog.log(1.0));
        assertEquals(Math.log(2), RoundedLog.log(2.0));
        assertEquals(reference(Double.MIN_VALUE), RoundedLog.log(Double.MIN_VALUE));
        assertEquals(reference(Double.MAX_VALUE), RoundedLog.log(Double.MAX_VALUE));
        assertEquals(Double.NEGATIVE_INFINITY, RoundedLog.log(0.0));
        assertEquals(Double.NaN, RoundedLog.log(-1.0));
        assertEquals(Double.POSITIVE_INFINITY, RoundedLog.log(Double.POSITIVE_INFINITY));
    }

    /** {@code ln x} to 60 digits: {@code x = m 2^e}, {@code ln m} by the atanh series in BigDecimal, rounded once. */
    private static double reference(double x) {
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) e = Math.getExponent(x * 0x1p60) - 60;
        BigDecimal m = new BigDecimal(Math.scalb(x, -e));
        BigDecimal lnM = atanhSeries(m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), DIGITS));
        return lnM.add(LN2.multiply(new BigDecimal(e))).doubleValue();
    }

    /** {@code 2 atanh(s) = 2 Σ s^(2k+1)/(2k+1)}. */
    private static BigDecimal atanhSeries(BigDecimal s) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = s;
        BigDecimal square = s.multiply(s, DIGITS);
        for (int k = 0; k < 400; k++) {
            sum = sum.add(power.divide(new BigDecimal(2 * k + 1), DIGITS), DIGITS);
            power = power.multiply(square, DIGITS);
            if (power.signum() == 0 || power.abs().compareTo(new BigDecimal("1e-70")) < 0) break;
        }
        return sum.multiply(new BigDecimal(2));
    }
}
