package dev.nabla.numeric.stencil;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StencilTest {

    @Test
    void centralStencilsHaveTheirEvenAccuracyAndSkipTheZeroWeightCentre() {
        for (int order = 1; order <= 4; order++) {
            for (int accuracy = 2; accuracy <= 8; accuracy += 2) {
                Stencil s = Stencil.central(order, accuracy);
                assertEquals(accuracy, s.accuracy(), s.toString());
                assertEquals(order, s.order());
                for (double w : s.weights()) assertTrue(w != 0, s.toString());
            }
        }
        assertArrayEquals(new double[] {-1, 1}, Stencil.central(1, 2).offsets());
        assertEquals(1.0 / 6, Stencil.central(1, 2).errorConstant(), 1e-15);
        assertEquals(-1.0 / 30, Stencil.central(1, 4).errorConstant(), 1e-15);
        assertEquals(1.0 / 12, Stencil.central(2, 2).errorConstant(), 1e-15);
    }

    @Test
    void oneSidedStencilsHaveTheirAccuracy() {
        for (int order = 1; order <= 4; order++) {
            for (int accuracy = 1; accuracy <= 6; accuracy++) {
                assertEquals(accuracy, Stencil.forward(order, accuracy).accuracy());
                assertEquals(accuracy, Stencil.backward(order, accuracy).accuracy());
                assertTrue(Stencil.backward(order, accuracy).maxOffset() <= 0);
            }
        }
        assertEquals(0.5, Stencil.forward(1, 1).errorConstant(), 1e-15);
        assertEquals(-0.5, Stencil.backward(1, 1).errorConstant(), 1e-15);
    }

    @Test
    void theLowerStencilIsASubsetOfLowerAccuracy() {
        Stencil s = Stencil.central(1, 4);
        Stencil lower = s.lower().orElseThrow();
        assertArrayEquals(new double[] {-1, 1}, lower.offsets());
        assertEquals(2, lower.accuracy());
        assertFalse(Stencil.central(1, 2).lower().isPresent());
        assertArrayEquals(new double[] {0, 1}, Stencil.forward(1, 2).lower().orElseThrow().offsets());
    }

    @Test
    void seedHalfStepStencil() {
        Stencil s = Stencil.of(1, -0.5, 0.5);
        assertArrayEquals(new double[] {-1, 1}, s.weights(), 1e-15);
        assertEquals(2, s.accuracy());
        assertEquals(1.0 / 24, s.errorConstant(), 1e-15);
    }

    @Test
    void outOfRangeArgumentsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stencil.central(1, 3)).getMessage().contains("accuracy"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stencil.central(0, 2)).getMessage().contains("derivative order"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stencil.forward(11, 2)).getMessage().contains("derivative order"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stencil.backward(1, 0)).getMessage().contains("accuracy"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stencil.forward(1, 17)).getMessage().contains("accuracy"));
    }
}
