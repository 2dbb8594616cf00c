package dev.nabla.bench.core;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.SplittableRandom;

/** The point every benchmark evaluates at: {@code n} coordinates drawn once, reproducibly, from {@code [-1, 1]}. */
@State(Scope.Benchmark)
public class GradientPoint {
    /** The number of inputs. */
    @Param({"10", "100", "1000"})
    public int n;

    /** The point. */
    public double[] x;

    /** Draws the point. */
    @Setup
    public void draw() {
        x = at(n);
    }

    /** The point of dimension {@code n}, the same on every run. */
    public static double[] at(int n) {
        if (n < 3) throw new IllegalArgumentException("GradientPoint.at: n = " + n + ", but f needs at least 3 inputs");
        SplittableRandom random = new SplittableRandom(20_241_122L + n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = random.nextDouble(-1, 1);
        return x;
    }
}
