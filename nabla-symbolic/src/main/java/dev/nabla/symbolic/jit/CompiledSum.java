package dev.nabla.symbolic.jit;

import dev.nabla.symbolic.compile.Kernel;

import java.util.Arrays;

/**
 * The gradient of a sum over the rows of a data set, {@code F(θ) = Σᵢ g(θ, dᵢ)}, with {@code g} compiled
 * once for one row: each call runs the compiled forward and reverse pass of {@code g} once per row,
 * adding the row's gradient with respect to {@code θ} straight into the output. The generated code
 * stays the size of one row's graph whatever the number of rows (a likelihood over data points, a
 * least-squares fit), where tracing the whole sum would unroll every row. Made by {@link Compiled#sum}.
 *
 * <pre>{@code
 * // Σᵢ (θ₀ + θ₁·tᵢ - yᵢ)², rows (tᵢ, yᵢ): g reads θ as x[0], x[1] and the row as x[2], x[3]
 * CompiledSum fit = Compiled.sum(x -> x[0].add(x[1].mul(x[2])).sub(x[3]).square(), 2, 2);
 * double[] grad = new double[2];
 * double loss = fit.gradient(new double[] {0.5, 2}, rows, grad);
 * }</pre>
 *
 * <p>Thread-safe, allocation-free and with the NaN convention of {@link CompiledGradient}: where the
 * sum is NaN, every component is NaN.
 */
public final class CompiledSum {
    private final Kernel kernel;
    private final int parameters;
    private final int width;
    private final Scratch scratch;

    CompiledSum(Kernel kernel, int parameters, int width) {
        this.kernel = kernel;
        this.parameters = parameters;
        this.width = width;
        this.scratch = new Scratch(kernel.scratchLength(), parameters + width);
    }

    /** The number of parameters {@code θ}. */
    public int parameters() {
        return parameters;
    }

    /** The number of values in a data row. */
    public int width() {
        return width;
    }

    /**
     * Writes {@code ∇θ Σᵢ g(θ, rows[i])} into {@code out} and returns {@code Σᵢ g(θ, rows[i])}, the rows
     * taken in order; allocates nothing.
     *
     * @throws IllegalArgumentException if {@code theta} or {@code out} does not have {@link #parameters()}
     *                                  values, or naming the first row that does not have {@link #width()}
     */
    public double gradient(double[] theta, double[][] rows, double[] out) {
        Checks.length("sum gradient", "parameter vector", theta, parameters);
        Checks.length("sum gradient", "output array", out, parameters);
        if (rows == null) throw new IllegalArgumentException("sum gradient: the rows are null");
        double[][] buffers = scratch.get();
        double[] in = buffers[1];
        System.arraycopy(theta, 0, in, 0, parameters);
        Arrays.fill(out, 0);
        double sum = 0;
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            if (row == null || row.length != width) {
                throw new IllegalArgumentException("sum gradient: row " + i + " must have " + width + " values, got "
                        + (row == null ? "null" : Integer.toString(row.length)));
            }
            System.arraycopy(row, 0, in, parameters, width);
            sum += kernel.run(in, out, buffers[0]);
        }
        if (Double.isNaN(sum)) Arrays.fill(out, Double.NaN);
        return sum;
    }
}
