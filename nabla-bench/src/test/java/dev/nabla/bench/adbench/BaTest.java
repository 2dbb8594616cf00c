package dev.nabla.bench.adbench;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaTest {

    private static BaInput test() {
        return BaInput.read(AdbenchData.file("ba/test.txt"));
    }

    @Test
    void residualsOfTheTestFileAreAdbenchs() {
        BaInput data = test();
        double[] r = BaJacobian.residuals(data);
        assertEquals(30, r.length);
        for (int i = 0; i < 10; i++) {
            Agreement.absolute("observation " + i, new double[] {r[2 * i], r[2 * i + 1]}, References.baTestReprojection(), 1e-10);
            assertEquals(References.BA_TEST_WEIGHT_RESIDUAL, r[20 + i], 1e-10);
        }
        Agreement.absolute("hand-written", PlainObjectives.ba(data), r, 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"forward", "reverse", "compiled", "hipparchus", "forward-difference"})
    void everyMethodPassesTheRunsCheck(String method) {
        BaInput data = test();
        BlockJacobian blocks = BaMethods.named(method);
        SparseJacobian j = BaJacobian.compute(data, blocks);
        assertEquals(30, j.rowCount());
        assertEquals(62, j.columnCount());
        assertEquals(310, j.nonZeros());
        String check = BaRun.check(data, method, blocks, BaJacobian.residuals(data), j);
        assertTrue(check.startsWith("ADBench reference residuals"), check);
    }

    @Test
    void forwardDifferencesUseSixteenEvaluationsPerBlock() {
        assertEquals(16, BaMethods.named("forward-difference").evaluationsPerBlock());
    }

    @Test
    void csrLayoutIsAdbenchs() {
        BaInput data = test();
        SparseJacobian j = BaJacobian.compute(data, BaMethods.named("forward"));
        assertEquals(0, j.rowStart()[0]);
        assertEquals(15, j.rowStart()[1]);
        assertEquals(300, j.rowStart()[20]);
        assertEquals(310, j.rowStart()[30]);
        // observation 3: camera 1, point 3, weight 3
        int[] cols = java.util.Arrays.copyOfRange(j.cols(), j.rowStart()[6], j.rowStart()[7]);
        assertEquals(11, cols[0]);
        assertEquals(21, cols[10]);
        assertEquals(22 + 9, cols[11]);
        assertEquals(52 + 3, cols[14]);
        assertEquals(52 + 3, j.cols()[j.rowStart()[23]]);
        assertEquals(-2 * 0.417022, j.vals()[j.rowStart()[23]], 1e-15);
    }

    @Test
    void traceableFormEqualsTheBranchingOneOffAxis() {
        BaInput data = test();
        Num[] x = Real.of(data.block(0));
        Num[] a = Ba.reprojection(x, -525.672849, 161.811929);
        Num[] b = Ba.reprojectionOffAxis(x, new Real(-525.672849), new Real(161.811929));
        assertEquals(a[0].doubleValue(), b[0].doubleValue(), 0);
        assertEquals(a[1].doubleValue(), b[1].doubleValue(), 0);
    }

    @Test
    void zeroRotationTakesTheFirstOrderBranch() {
        double[] block = test().block(0);
        block[0] = block[1] = block[2] = 0;
        Num[] r = Ba.reprojection(Real.of(block), 0, 0);
        double y0 = block[11] - block[3], y1 = block[12] - block[4], y2 = block[13] - block[5];
        double u0 = y0 / y2, u1 = y1 / y2, rsq = u0 * u0 + u1 * u1;
        double focal = (1 + block[9] * rsq + block[10] * rsq * rsq) * block[6];
        assertEquals(block[14] * (u0 * focal + block[7]), r[0].doubleValue(), 1e-12);
        double[] out = new double[30];
        BaMethods.named("compiled").reprojection(block, 0, 0, out);
        double[] tape = new double[30];
        BaMethods.named("reverse").reprojection(block, 0, 0, tape);
        Agreement.absolute("compiled falls back to the tape at θ = 0", out, tape, 0);
    }

    @Test
    void blockOfTheWrongSizeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ba.reprojection(Real.of(new double[3]), 0, 0));
        assertTrue(e.getMessage().contains("15"), e.getMessage());
    }
}
