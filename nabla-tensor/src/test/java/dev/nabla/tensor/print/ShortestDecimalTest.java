package dev.nabla.tensor.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Shortest round-tripping decimals: known cases, and a property (reads back, and one digit fewer never does). */
class ShortestDecimalTest {
    @Test
    void knownShortestForms() {
        assertEquals(new BigDecimal("0.1"), ShortestDecimal.of(0.1));
        assertEquals(new BigDecimal("0.3"), ShortestDecimal.of(0.1 + 0.2 - 0.0000000000000000555));
        assertEquals(new BigDecimal("5E-324"), ShortestDecimal.of(Double.MIN_VALUE));
        assertEquals(new BigDecimal("1.7976931348623157E+308"), ShortestDecimal.of(Double.MAX_VALUE));
        assertEquals(new BigDecimal("2E+23"), ShortestDecimal.of(2e23));
        assertEquals(new BigDecimal("0.1"), ShortestDecimal.ofFloat(0.1f));
        assertEquals(new BigDecimal("1E-45"), ShortestDecimal.ofFloat(Float.MIN_VALUE));
    }

    @Property(tries = 1000)
    void readsBackAndIsShortest(@ForAll double x) {
        if (!Double.isFinite(x) || x == 0) return;
        BigDecimal d = ShortestDecimal.of(x);
        assertEquals(Math.abs(x), Double.parseDouble(d.toString()));
        if (d.precision() == 1) return;
        BigDecimal exact = new BigDecimal(Math.abs(x));
        for (java.math.RoundingMode mode : java.math.RoundingMode.values()) {
            if (mode == java.math.RoundingMode.UNNECESSARY) continue;
            BigDecimal shorter = exact.round(new java.math.MathContext(d.precision() - 1, mode));
            assertNotEquals(Math.abs(x), Double.parseDouble(shorter.toString()), "a shorter decimal " + shorter + " reads back");
        }
    }
}
