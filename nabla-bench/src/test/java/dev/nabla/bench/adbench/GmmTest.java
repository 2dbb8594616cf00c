package dev.nabla.bench.adbench;

import dev.nabla.core.algebra.Real;
import dev.nabla.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GmmTest {

    private static GmmInput test() {
        return GmmInput.read(AdbenchData.file("gmm/test.txt"));
    }

    @Test
    void readsTheTestFile() {
        GmmInput data = test();
        assertEquals(2, data.d());
        assertEquals(3, data.k());
        assertEquals(1, data.n());
        assertEquals(18, data.parameterCount());
        assertEquals(1.0, data.gamma());
        assertEquals(0, data.m());
        assertEquals(1.175171, data.points()[0]);
    }

    @Test
    void objectiveOfTheTestFileIsAdbenchs() {
        GmmInput data = test();
        double value = Gmm.of(data).value(Real.of(data.parameters())).doubleValue();
        assertEquals(References.GMM_TEST_OBJECTIVE, value, 1e-10);
        assertEquals(value, PlainObjectives.gmm(data, data.parameters()), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reverse", "compiled", "compiled-unrolled", "forward", "hipparchus", "tensor"})
    void exactGradientsOfTheTestFileAreAdbenchsTo1e10(String method) {
        GmmInput data = test();
        double[] g = GmmMethods.named(method, Gmm.of(data)).gradient(data.parameters());
        Agreement.absolute(method, g, References.gmmTestGradient(), 1e-10);
    }

    @Test
    void centralDifferencesOfTheTestFileAreAdbenchsToTheirTolerance() {
        GmmInput data = test();
        GmmGradient central = GmmMethods.named("central", Gmm.of(data));
        Agreement.absolute("central", central.gradient(data.parameters()), References.gmmTestGradient(), GmmRun.DIFFERENCE_TOLERANCE);
        assertTrue(!central.exact());
    }

    @Test
    void largerProblemHandWrittenAndAlgebraAgreeAndReversePassesItsCheck() {
        GmmInput data = GmmInput.read(AdbenchData.file("gmm/1k/gmm_d2_K5.txt"));
        assertEquals(1000, data.n());
        assertEquals(30, data.parameterCount());
        double[] p = data.parameters();
        double value = Gmm.of(data).value(Real.of(p)).doubleValue();
        assertEquals(value, PlainObjectives.gmm(data, p), 1e-12 * Math.abs(value));
        Gmm gmm = Gmm.of(data);
        double[] reverse = GmmMethods.named("reverse", gmm).gradient(p);
        String check = GmmRun.check(gmm, "reverse", GmmMethods.named("reverse", gmm), value, reverse);
        assertTrue(check.contains("central difference"), check);
    }

    @Test
    void tensorObjectiveOfTheTestFileIsAdbenchs() {
        GmmInput data = test();
        double[] p = data.parameters();
        int k = data.k(), d = data.d();
        double value = GmmTensor.of(data).objective(
                Tensor.fromArray(Arrays.copyOfRange(p, 0, k), k),
                Tensor.fromArray(Arrays.copyOfRange(p, k, k + k * d), k, d),
                Tensor.fromArray(Arrays.copyOfRange(p, k + k * d, p.length), k, data.icfSize()))
                .item();
        assertEquals(References.GMM_TEST_OBJECTIVE, value, 1e-10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gmm/1k/gmm_d2_K5.txt", "gmm/1k/gmm_d10_K5.txt"})
    void tensorGradientAgreesWithTheTapeOnLargerFiles(String file) {
        GmmInput data = GmmInput.read(AdbenchData.file(file));
        Gmm gmm = Gmm.of(data);
        double[] p = data.parameters();
        double[] tensor = GmmMethods.named("tensor", gmm).gradient(p);
        Agreement.relative("tensor", tensor, GmmMethods.named("reverse", gmm).gradient(p), 1e-9);
        String check = GmmRun.check(gmm, "tensor", GmmMethods.named("tensor", gmm), PlainObjectives.gmm(data, p), tensor);
        assertTrue(check.contains("central difference"), check);
    }

    @Test
    void aWrongGradientFailsTheCheck() {
        GmmInput data = test();
        Gmm gmm = Gmm.of(data);
        double[] g = References.gmmTestGradient();
        g[4] += 1e-8;
        assertThrows(CheckFailedException.class,
                () -> GmmRun.check(gmm, "reverse", GmmMethods.named("reverse", gmm), References.GMM_TEST_OBJECTIVE, g));
    }

    @Test
    void lowerTriangleIsFilledColumnByColumn() {
        assertEquals(0, Gmm.lowerIndex(4, 1, 0));
        assertEquals(2, Gmm.lowerIndex(4, 3, 0));
        assertEquals(3, Gmm.lowerIndex(4, 2, 1));
        assertEquals(5, Gmm.lowerIndex(4, 3, 2));
    }

    @Test
    void unknownMethodNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GmmMethods.named("tapenade", Gmm.of(test())));
        assertTrue(e.getMessage().contains("reverse"), e.getMessage());
    }

    @Test
    void logGammaAtHalfIntegers() {
        assertEquals(0.5 * Math.log(Math.PI), LogGamma.ofHalfInteger(0.5), 1e-15);
        assertEquals(Math.log(24), LogGamma.ofHalfInteger(5), 1e-15);
        assertEquals(Math.log(15 * Math.sqrt(Math.PI) / 8), LogGamma.ofHalfInteger(3.5), 1e-14);
        assertThrows(IllegalArgumentException.class, () -> LogGamma.ofHalfInteger(0.3));
    }
}
