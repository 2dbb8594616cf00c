package dev.nabla.examples;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Each cell against what the seed notebook printed. Where the notebook computed in float32, the
 * check is agreement to the size of its float32 error (stated per cell), and Nabla's own result
 * is held to the exact value.
 */
class NotebookOutputTest {

    @Test
    void in2ForwardDifferenceMatchesThePythonPrintoutDigitForDigit() {
        assertEquals("4.000010000027032", lines(NumericalAndAutomaticDifferentiation.forwardDifferenceOfSquare())[0]);
    }

    @Test
    void in7NumerDerivAgreesWithTheFloat32PrintoutAndNablaIsExact() {
        String[] out = lines(NumericalAndAutomaticDifferentiation.numerDerivFxy());
        assertWithin(new double[] {2.77255303, 1.49989128}, numbers(out[0]), 1e-4, "the notebook's float32 result");
        assertWithin(new double[] {4 * Math.log(2), 1.5}, numbers(out[1]), 1e-8, "Nabla's default");
    }

    @Test
    void in4SympyDiffPrintsLikeTheNotebook() {
        assertEquals("g(x) = 3*x**3 - 5*x + 4\ng'(x) = 9*x**2 - 5", NumericalAndAutomaticDifferentiation.sympyDiff());
    }

    @Test
    void in1SympyPartialsPrintLikeTheNotebook() {
        assertArrayEquals(new String[] {"(3*x**2 + 4)*exp(y)", "(x**3 + 4*x)*exp(y)", "7717.4843", "11873.0527",
                "6494.0391", "9990.8294", "6415.0378"}, lines(NumericalAndAutomaticDifferentiation.sympyPartials()));
    }

    @Test
    void in14AutogradPrintsTheNotebooksGradients() {
        assertArrayEquals(new String[] {"x.grad = 2.7726", "y.grad = 1.5000"},
                lines(NumericalAndAutomaticDifferentiation.autogradFxy()));
    }

    @Test
    void in15ValueZeroAndDerivativeThree() {
        assertArrayEquals(new String[] {"f = 0.0000", "x.grad = 3.0000"}, lines(NumericalAndAutomaticDifferentiation.autogradFx()));
    }

    @Test
    void in56AndIn60AgreeWithTheFloat32PrintoutToItsRoundingError() {
        double[] exact = {6494.0390917218, 9990.8293718797, 6415.0377667438};
        String[] in56 = lines(NumericalAndAutomaticDifferentiation.numerDeriv2Fxyz());
        // float32 points (x = 4.0005 is stored to 2.4e-7) make the notebook's quotient off by up to ~0.2 %.
        assertWithin(new double[] {6495.11747766, 9991.27508271, 6409.91010514}, numbers(in56[0]), 1e-3, "In[56] notebook");
        assertWithin(exact, numbers(in56[1]), 1e-9, "Nabla's default");
        String[] in60 = lines(NumericalAndAutomaticDifferentiation.numerDerivSmallStep());
        assertWithin(new double[] {6502.8585877, 10004.79455543, 6411.66329297}, numbers(in60[0]), 2e-3, "In[60] notebook");
        assertWithin(exact, numbers(in60[1]), 1e-12, "forward mode");
    }

    @Test
    void in8AgreesWithPyTorchsFloat32Gradient() {
        assertWithin(new double[] {29914.9727, 35897.9648, -16428.9746},
                numbers(NumericalAndAutomaticDifferentiation.autogradFxyz3()), 5e-7, "float32 autograd");
    }

    @Test
    void handWrittenTimesPrintsLikeTheNotebook() {
        assertEquals("dx=3. dy=2", AutogradAndHandWrittenReverseMode.times());
    }

    @Test
    void handWrittenForwardAndBackwardPassPrintLikeTheNotebook() {
        assertEquals("forward pass f(x) = 2.079442\nbackward pass dx = 2.772589, dy = 1.500000",
                AutogradAndHandWrittenReverseMode.forwardAndBackward());
    }

    @Test
    void everyCellRuns() {
        for (Notebook n : new Notebook[] {new NumericalAndAutomaticDifferentiation(), new AutogradAndHandWrittenReverseMode()}) {
            for (Cell c : n.cells()) assertFalse(c.run().isBlank(), c.label());
        }
    }

    static String[] lines(String s) {
        return s.split("\n");
    }

    /** The numbers of a printed list {@code [a, b, c]}. */
    static double[] numbers(String line) {
        String inside = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
        return Arrays.stream(inside.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
    }

    static void assertWithin(double[] expected, double[] actual, double relative, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i], a = actual[i];
            assertTrue(Math.abs(e - a) <= relative * Math.abs(e), what + " component " + i + ": " + e + " vs " + a);
        }
    }
}
