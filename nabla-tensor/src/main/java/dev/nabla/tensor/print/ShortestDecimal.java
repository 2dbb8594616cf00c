package dev.nabla.tensor.print;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that reads back as the same double (or float), the digits Python's
 * {@code repr} and NumPy's Dragon4 {@code unique} mode print: among the decimals with the fewest
 * significant digits that round-trip, the one nearest the value.
 */
final class ShortestDecimal {
    private ShortestDecimal() {
    }

    /** The shortest round-tripping decimal of a finite double, without sign ({@code |x|}). */
    static BigDecimal of(double x) {
        return search(Math.abs(x), false);
    }

    /** The shortest decimal that reads back as the float {@code x} (finite), without sign. */
    static BigDecimal ofFloat(float x) {
        return search(Math.abs(x), true);
    }

    private static BigDecimal search(double magnitude, boolean asFloat) {
        if (magnitude == 0) return BigDecimal.ZERO;
        BigDecimal exact = new BigDecimal(magnitude);
        // the nearest k-digit decimal reads back for every k from the shortest length on: bisect
        int low = 1;
        int high = 17;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (readsBack(exact.round(new MathContext(mid, RoundingMode.HALF_EVEN)), magnitude, asFloat)) high = mid;
            else low = mid + 1;
        }
        BigDecimal best = exact.round(new MathContext(low, RoundingMode.HALF_EVEN));
        if (low > 1) {
            // at a power of two the interval is lopsided: a shorter decimal on the wide side may read back
            BigDecimal bestDistance = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(low - 1, mode));
                if (!readsBack(candidate, magnitude, asFloat)) continue;
                BigDecimal distance = candidate.subtract(exact).abs();
                if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best.stripTrailingZeros();
    }

    private static boolean readsBack(BigDecimal candidate, double magnitude, boolean asFloat) {
        String text = candidate.toString();
        return asFloat ? Float.parseFloat(text) == (float) magnitude : Double.parseDouble(text) == magnitude;
    }
}
