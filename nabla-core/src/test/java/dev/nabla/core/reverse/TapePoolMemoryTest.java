package dev.nabla.core.reverse;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The thread's pooled tapes give back the arrays of a recording larger than the pool keeps. */
class TapePoolMemoryTest {

    /** {@code Σ sin(x₀ + k) · x₁}, about {@code 3·terms} operations. */
    static ScalarFunction sumOf(int terms) {
        return x -> {
            Num s = x[0].constant(0);
            for (int k = 0; k < terms; k++) s = s.add(x[0].add(k).sin().mul(x[1]));
            return s;
        };
    }

    @Test
    void aHugeRecordingDoesNotStayPooled() {
        int terms = Reverse.POOLED_CAPACITY / 2;   // 1.5 × the pooled capacity in nodes
        double[] g = Reverse.gradient(sumOf(terms), new double[] {0.3, 2});
        assertTrue(Double.isFinite(g[0]) && Double.isFinite(g[1]));
        assertTrue(Reverse.pooledCapacity() <= Reverse.POOLED_CAPACITY,
                () -> "pooled capacity " + Reverse.pooledCapacity() + " nodes after a recording of " + 3 * terms);
        double[][] h = Reverse.hessian(sumOf(terms), new double[] {0.3, 2});
        assertTrue(Double.isFinite(h[0][1]));
        assertTrue(Reverse.pooledCapacity() <= Reverse.POOLED_CAPACITY, "second-order pool");
    }

    @Test
    void recordingsUpToTheLimitKeepTheirArrays() {
        Reverse.gradient(sumOf(100_000), new double[] {0.3, 2});
        int kept = Reverse.pooledCapacity();
        assertTrue(kept >= 300_000, "a 300,000-node tape keeps its arrays for the next call, got " + kept);
        Reverse.gradient(sumOf(100_000), new double[] {0.3, 2});
        assertEquals(kept, Reverse.pooledCapacity(), "the second call reuses them without growing");
    }
}
