package dev.nabla.core.rules;

import dev.nabla.core.algebra.Num;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link CustomPrimitive#verify}: a right backward pass passes, each wrong component is named. */
class CustomPrimitiveVerifyTest {

    private static final CustomPrimitive TIMES = CustomPrimitive.of("times", 2,
            a -> new CustomPrimitive.Evaluation<>(a[0] * a[1], a),
            (double[] cache, double dout) -> new double[] {cache[1] * dout, cache[0] * dout});

    @Test
    void aCorrectBackwardPassPasses() {
        assertDoesNotThrow(() -> TIMES.verify(new double[] {1, 2}, new double[] {-3, 0.5}, new double[] {0, 0}));
        CustomPrimitive sinh = CustomPrimitive.of("mySinh", 1,
                a -> new CustomPrimitive.Evaluation<>(Math.sinh(a[0]), a[0]),
                (Double x, double dout) -> new double[] {Math.cosh(x) * dout})
                .withRule(args -> new Num[] {args[0].cosh()});
        assertDoesNotThrow(() -> sinh.verify(new double[] {0.3}, new double[] {-2}, new double[] {7}));
    }

    @Test
    void aWrongPartialIsNamedWithThePointAndBothNumbers() {
        CustomPrimitive swapped = CustomPrimitive.of("swapped", 2,
                a -> new CustomPrimitive.Evaluation<>(a[0] * a[0] * a[1], a),
                (double[] c, double dout) -> new double[] {c[0] * c[1] * dout, c[0] * c[0] * dout * 2});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> swapped.verify(new double[] {1, 3}));
        String m = e.getMessage();
        assertTrue(m.contains("'swapped'"), m);
        assertTrue(m.contains("at [1.0, 3.0], ∂/∂arg0: the backward pass gives 3.0 but a central difference of the forward pass gives 6.000000000"), m);
        assertTrue(m.contains("∂/∂arg1: the backward pass gives 2.0 but a central difference of the forward pass gives 1.000000000"), m);
        assertTrue(m.startsWith("custom primitive 'swapped': 2 checks failed"), m);
    }

    @Test
    void aBackwardPassThatIgnoresTheUpstreamGradientIsCaught() {
        CustomPrimitive ignoring = CustomPrimitive.of("square", 1,
                a -> new CustomPrimitive.Evaluation<>(a[0] * a[0], a[0]),
                (Double x, double dout) -> new double[] {2 * x});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ignoring.verify(new double[] {2}));
        assertTrue(e.getMessage().contains("backward(cache, 2.5) gives 4.0, not 2.5 × backward(cache, 1) = 10.0"), e.getMessage());
    }

    @Test
    void aRuleThatDisagreesWithTheBackwardPassIsCaught() {
        CustomPrimitive rule = TIMES.withRule(args -> new Num[] {args[1], args[1]});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> rule.verify(new double[] {1, 2}));
        assertTrue(e.getMessage().contains("∂/∂arg1: the algebra rule gives 2.0 but the backward pass 1.0"), e.getMessage());
    }

    @Test
    void badPointsAreRejectedClearly() {
        assertEquals("custom primitive 'times' takes 2 operands, got 1",
                assertThrows(IllegalArgumentException.class, () -> TIMES.verify(new double[] {1})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TIMES.verify());
        assertThrows(IllegalArgumentException.class, () -> TIMES.verify((double[]) null));
    }
}
