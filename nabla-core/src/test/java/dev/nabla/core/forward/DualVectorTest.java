package dev.nabla.core.forward;

import dev.nabla.core.rules.StrongZero;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tangent loops' shortcuts give the zero rule's bits exactly, signed zeros and NaN included. */
class DualVectorTest {
    private static final double[] SPECIAL = {0.0, -0.0, 1, -1, 2.5, 1e-310, -1e-310,
            Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    @Test
    void sumOfTwoDenseTangentsFollowsTheZeroRuleEntryByEntry() {
        int n = SPECIAL.length * SPECIAL.length;
        double[] a = new double[n], b = new double[n];
        for (int i = 0; i < SPECIAL.length; i++) {
            for (int j = 0; j < SPECIAL.length; j++) {
                a[i * SPECIAL.length + j] = SPECIAL[i];
                b[i * SPECIAL.length + j] = SPECIAL[j];
            }
        }
        DualVector sum = (DualVector) DualVector.of(1, a).add(DualVector.of(2, b));
        for (int k = 0; k < n; k++) {
            double expected = StrongZero.times(1, a[k]) + StrongZero.times(1, b[k]);
            assertEquals(expected, sum.tangent(k), "entry " + k + ": " + a[k] + " + " + b[k]);
        }
    }

    @Test
    void unitAndOtherPartialsFollowTheZeroRuleEntryByEntry() {
        for (double partial : new double[] {1, -1, 2.5, -0.5, 1e-300, Double.NEGATIVE_INFINITY, Double.NaN}) {
            for (double[] tangents : new double[][] {SPECIAL, {1, -2, 3.5, Double.NaN}}) {
                DualVector x = DualVector.of(0.5, tangents);
                DualVector y = (DualVector) x.mul(partial);
                for (int k = 0; k < tangents.length; k++) {
                    assertEquals(StrongZero.times(partial, tangents[k]), y.tangent(k),
                            "partial " + partial + " times tangent " + tangents[k]);
                }
                DualVector shifted = (DualVector) x.add(3);
                for (int k = 0; k < tangents.length; k++) {
                    assertEquals(StrongZero.times(1, tangents[k]), shifted.tangent(k), "x + 3, tangent " + tangents[k]);
                }
            }
        }
    }

    @Test
    void inputsKeepTheirUnitTangentsAfterOperationsOnThem() {
        DualVector[] x = DualVector.variables(new double[] {0.3, -0.7, 1.1});
        x[0].add(x[1]).mul(x[2]).add(1).sin();
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) assertEquals(i == j ? 1.0 : 0.0, x[i].tangent(j), "input " + i + ", direction " + j);
        }
    }
}
