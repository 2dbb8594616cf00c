package dev.nabla.tensor.random;

/**
 * The natural logarithm rounded to the nearest double, computed in double-double arithmetic
 * (about 104 bits) and rounded once. NumPy's normal draws call C's {@code log}, which glibc
 * computes to within 0.52 ulp, in practice the nearest double; {@link Math#log} and
 * {@link StrictMath#log} are within 1 ulp and differ from it on a few draws in a thousand, which
 * would change NumPy's normals in the last bit.
 *
 * <p>Method: {@code x = m·2^e} with {@code m ∈ [√½, √2)}; {@code ln m = 2 atanh(s)} with
 * {@code s = (m - 1)/(m + 1)}, {@code |s| < 0.172}, summed as {@code 2s Σ s^{2k}/(2k + 1)} to
 * 24 terms; {@code ln x = e·ln 2 + ln m}.
 */
final class RoundedLog {
    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;
    private static final int TERMS = 24;
    private static final double SQRT_HALF = 0.7071067811865476;

    private RoundedLog() {
    }

    /** {@code ln x} for {@code x > 0} finite; NaN, infinities, zero and negatives as {@link Math#log}. */
    static double log(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) return Math.log(x);
        int e = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            e = -54;
        }
        int exponent = Math.getExponent(x);
        double m = Math.scalb(x, -exponent);
        e += exponent;
        if (m > 2 * SQRT_HALF) {
            m *= 0.5;
            e++;
        }
        // s = (m - 1) / (m + 1) in double-double; m - 1 is exact for m in [0.5, 2]
        double num = m - 1;
        double denHi = m + 1;
        double denLo = m - (denHi - 1);   // exact: (m + 1) - fl(m + 1)
        double q1 = num / denHi;
        double r = Math.fma(-q1, denHi, num) - q1 * denLo;
        double q2 = r / denHi;
        double sHi = q1 + q2;
        double sLo = q2 - (sHi - q1);
        // t = s²
        double tHi = sHi * sHi;
        double tLo = Math.fma(sHi, sHi, -tHi) + 2 * sHi * sLo;
        // Horner: p = Σ t^k / (2k + 1)
        double pHi = 1.0 / (2 * TERMS + 1);
        double pLo = 0;
        for (int k = TERMS - 1; k >= 0; k--) {
            // p = p * t
            double hi = pHi * tHi;
            double lo = Math.fma(pHi, tHi, -hi) + (pHi * tLo + pLo * tHi);
            double h = hi + lo;
            pLo = lo - (h - hi);
            pHi = h;
            // p = p + 1/(2k+1)
            int d = 2 * k + 1;
            double cHi = 1.0 / d;
            double cLo = Math.fma(-cHi, d, 1.0) / d;
            double sum = pHi + cHi;
            double bb = sum - pHi;
            double err = (pHi - (sum - bb)) + (cHi - bb) + pLo + cLo;
            pHi = sum + err;
            pLo = err - (pHi - sum);
        }
        // ln m = 2 s p
        double lHi = sHi * pHi;
        double lLo = Math.fma(sHi, pHi, -lHi) + (sHi * pLo + sLo * pHi);
        lHi *= 2;
        lLo *= 2;
        // e ln 2
        double aHi = e * LN2_HI;
        double aLo = Math.fma(e, LN2_HI, -aHi) + e * LN2_LO;
        double sum = aHi + lHi;
        double bb = sum - aHi;
        double err = (aHi - (sum - bb)) + (lHi - bb) + aLo + lLo;
        return sum + err;
    }
}
