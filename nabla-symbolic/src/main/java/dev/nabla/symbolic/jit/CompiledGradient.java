package dev.nabla.symbolic.jit;

import dev.nabla.symbolic.compile.Kernel;

import java.util.Arrays;

/**
 * The gradient of a scalar function compiled to JVM bytecode: one straight-line method body (split
 * into methods under the JVM's limits) computing {@code f(x)} and {@code ∇f(x)} together, with no
 * tape, no handles and no allocation per call. Made by {@link Compiled#gradient}.
 *
 * <pre>{@code
 * CompiledGradient g = Compiled.gradient(x -> x[0].mul(x[1]).sin(), 2);
 * double[] grad = new double[2];
 * double f = g.gradient(new double[] {1, 2}, grad);     // f = sin 2, grad = (2 cos 2, cos 2)
 * }</pre>
 *
 * <p><b>Threads.</b> An instance is safe to use from several threads at once: the generated code is
 * stateless and the working memory it needs for large graphs is per thread (allocated on a thread's
 * first call).
 *
 * <p><b>Values.</b> The forward pass performs the function's operations in its own order, so
 * {@code f(x)} is bit for bit the value the function gives on plain doubles (except where it computed
 * one subexpression twice, which is computed once here). The adjoints are the tape's, term for term.
 * Where {@code f(x)} is NaN, every component of the gradient is NaN, as in every mode. The chain rule's
 * products follow the zero rule ({@link dev.nabla.core.rules.StrongZero}) as on the tape: a contribution
 * {@code partial · adjoint} with a factor exactly 0 is 0, even where the other is infinite or NaN
 * ({@code sign(√x)} at 0 has derivative 0).
 */
public final class CompiledGradient {
    private final Kernel kernel;
    private final int inputs;
    private final int wrt;
    private final int operations;
    private final Scratch scratch;

    CompiledGradient(Kernel kernel, int inputs, int wrt, int operations) {
        this.kernel = kernel;
        this.inputs = inputs;
        this.wrt = wrt;
        this.operations = operations;
        this.scratch = kernel.scratchLength() == 0 ? null : new Scratch(kernel.scratchLength());
    }

    /** The number of inputs {@code n}. */
    public int inputs() {
        return inputs;
    }

    /**
     * The number of inputs differentiated by, the first ones: {@link #inputs()} unless made by
     * {@link Compiled#gradient(dev.nabla.core.function.ScalarFunction, int, int)}; the length of a gradient.
     */
    public int wrt() {
        return wrt;
    }

    /** The number of operations of the generated program (forward and reverse pass together). */
    public int operations() {
        return operations;
    }

    /**
     * Writes {@code ∇f(x)} into {@code out} and returns {@code f(x)}; allocates nothing.
     *
     * @throws IllegalArgumentException if {@code x} does not have {@link #inputs()} coordinates or
     *                                  {@code out} not {@link #wrt()}
     */
    public double gradient(double[] x, double[] out) {
        Checks.length("gradient", "point", x, inputs);
        Checks.length("gradient", "output array", out, wrt);
        double value = kernel.run(x, out, scratch == null ? null : scratch.get()[0]);
        if (Double.isNaN(value)) Arrays.fill(out, Double.NaN);
        return value;
    }

    /** {@code ∇f(x)} in a new array. */
    public double[] gradient(double[] x) {
        double[] out = new double[wrt];
        gradient(x, out);
        return out;
    }

    /** {@code f(x)} and {@code ∇f(x)}, in a new result. */
    public ValueAndGradient valueAndGradient(double[] x) {
        double[] out = new double[wrt];
        double value = gradient(x, out);
        return new ValueAndGradient(value, out);
    }

    /**
     * A value and a gradient.
     *
     * @param value    {@code f(x)}
     * @param gradient {@code ∇f(x)}
     */
    public record ValueAndGradient(double value, double[] gradient) {}
}
