package dev.nabla.bench.core;

import dev.nabla.core.algebra.Real;
import dev.nabla.core.reverse.Reverse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TapeCostTest {

    @ParameterizedTest
    @EnumSource(TapeCost.class)
    void handWrittenTwinAgreesWithTheAlgebra(TapeCost f) {
        double[] x = f.point(64);
        assertEquals(f.plain(x), f.apply(Real.of(x)).doubleValue(), 1e-12 * Math.abs(f.plain(x)));
    }

    @ParameterizedTest
    @EnumSource(TapeCost.class)
    void recordedOperationsAreTheCheapOnesPerElement(TapeCost f) {
        int perElement = switch (f) { case SUM -> 1; case DOT -> 2; case NORMAL -> 4; };
        int extra = switch (f) { case SUM -> -1; case DOT -> -1; case NORMAL -> -1 + 5; };
        assertEquals(perElement * 100 + extra, f.recordedOperations(100));
    }

    @ParameterizedTest
    @EnumSource(TapeCost.class)
    void gradientIsTheKnownOne(TapeCost f) {
        double[] x = f.point(8);
        double[] g = Reverse.gradient(f.function(), x);
        switch (f) {
            case SUM -> { for (double gi : g) assertEquals(1, gi, 0); }
            case DOT -> { for (int i = 0; i < 8; i++) assertEquals(x[8 + i], g[i], 0); }
            case NORMAL -> {
                double mu = x[8], sigma = x[9];
                for (int i = 0; i < 8; i++) assertEquals(-(x[i] - mu) / (sigma * sigma), g[i], 1e-12);
            }
        }
    }
}
