package dev.nabla.bench.core;

import org.hipparchus.analysis.differentiation.DSFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** {@code ∇f(x)} by the peer, Hipparchus 3 forward mode: {@code Gradient} and {@code DerivativeStructure}. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class HipparchusGradientBenchmark {
    private DSFactory factory;

    /** The factory for {@code n} parameters at order 1, built once as a Hipparchus user would. */
    @Setup
    public void buildFactory(GradientPoint p) {
        factory = new DSFactory(p.n, 1);
    }

    /** {@code Gradient.variable(n, i, xᵢ)} inputs. */
    @Benchmark
    public double[] hipparchusGradient(GradientPoint p) {
        return HipparchusGradients.byGradient(p.x);
    }

    /** {@code DSFactory(n, 1).variable(i, xᵢ)} inputs. */
    @Benchmark
    public double[] hipparchusDerivativeStructure(GradientPoint p) {
        return HipparchusGradients.byDerivativeStructure(factory, p.x);
    }
}
