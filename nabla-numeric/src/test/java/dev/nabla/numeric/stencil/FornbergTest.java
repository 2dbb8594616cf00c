package dev.nabla.numeric.stencil;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FornbergTest {

    @Test
    void textbookWeights() {
        assertArrayEquals(new double[] {-0.5, 0, 0.5}, Fornberg.weights(new double[] {-1, 0, 1}, 1), 1e-15);
        assertArrayEquals(new double[] {1, -2, 1}, Fornberg.weights(new double[] {-1, 0, 1}, 2), 1e-15);
        assertArrayEquals(new double[] {1.0 / 12, -2.0 / 3, 0, 2.0 / 3, -1.0 / 12},
                Fornberg.weights(new double[] {-2, -1, 0, 1, 2}, 1), 1e-15);
        assertArrayEquals(new double[] {-1.5, 2, -0.5}, Fornberg.weights(new double[] {0, 1, 2}, 1), 1e-15);
        assertArrayEquals(new double[] {1, -4, 6, -4, 1}, Fornberg.weights(new double[] {-2, -1, 0, 1, 2}, 4), 1e-12);
    }

    /** On n offsets the weights differentiate every polynomial of degree below n exactly. */
    @Property(tries = 200)
    void exactOnPolynomials(@ForAll @IntRange(min = 2, max = 8) int n, @ForAll @IntRange(min = 0, max = 6) int order,
                            @ForAll long seed) {
        if (order >= n) return;
        Random random = new Random(seed);
        double[] offsets = new double[n];
        for (int j = 0; j < n; j++) offsets[j] = j - n / 2.0 + 0.8 * random.nextDouble();
        double[] w = Fornberg.weights(offsets, order);
        for (int degree = 0; degree < n; degree++) {
            double sum = 0, scale = 0;
            for (int j = 0; j < n; j++) {
                sum += w[j] * Math.pow(offsets[j], degree);
                scale += Math.abs(w[j] * Math.pow(offsets[j], degree));
            }
            double expected = degree == order ? factorial(order) : 0;
            assertEquals(expected, sum, 1e-9 * Math.max(1, scale), "degree " + degree);
        }
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }

    @Test
    void badOffsetsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Fornberg.weights(new double[] {0, 1, 1}, 1))
                .getMessage().contains("offsets 1 and 2 are equal"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Fornberg.weights(new double[] {0, Double.NaN}, 1))
                .getMessage().contains("offset 1 is not finite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Fornberg.weights(new double[] {0, 1}, 2))
                .getMessage().contains("needs at least 3 offsets"));
        assertThrows(IllegalArgumentException.class, () -> Fornberg.weights(null, 1));
    }
}
