package dev.nabla.symbolic.jit;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;

/**
 * The method {@code compiled}: reverse mode compiled to bytecode ({@link Compiled}). The first call
 * with a function traces and compiles it; later calls with the same function object (and the same
 * number of inputs) reuse the compiled code from a bounded cache with weak keys, so a loop calling
 * {@code Nabla.gradient(f, x, compiled)} pays the compilation once.
 *
 * <ul>
 *   <li>{@code derivative}, {@code gradient}: the compiled gradient.</li>
 *   <li>{@code jacobian}: the compiled Jacobian, one reverse sweep per output sharing one forward pass.</li>
 *   <li>{@code hessian}: compiled reverse over reverse ({@link Compiled#hessian}): the recorded reverse
 *       sweep is swept once more per row, every partial again from the table's rules.</li>
 * </ul>
 *
 * A function whose control flow depends on its inputs' values cannot be compiled: the call throws
 * {@link ValueDependentException}, whose message names the tape (method {@code reverse}) as the fallback.
 */
public final class CompiledMethod implements Method {
    private final CompiledCache cache = new CompiledCache();

    @Override public String name() { return "compiled"; }

    @Override
    public String description() {
        return "reverse mode compiled to JVM bytecode: trace once, emit forward and reverse pass as straight-line code;"
                + " exact to rounding, for straight-line functions";
    }

    @Override
    public double derivative(UnivariateFunction f, double x) {
        return cache.derivative(f).gradient(new double[] {x})[0];
    }

    @Override
    public double[] gradient(ScalarFunction f, double[] x) {
        return cache.gradient(f, x.length).gradient(x);
    }

    @Override
    public double[][] jacobian(VectorFunction f, double[] x) {
        return cache.jacobian(f, x.length).jacobian(x);
    }

    @Override
    public double[][] hessian(ScalarFunction f, double[] x) {
        return cache.hessian(f, x.length).jacobian(x);
    }

    /** The cache (for tests). */
    CompiledCache cache() {
        return cache;
    }

    @Override
    public String toString() {
        return name();
    }
}
