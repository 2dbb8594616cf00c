package dev.nabla.symbolic.jit;

import dev.nabla.symbolic.compile.Compiler;
import dev.nabla.symbolic.compile.Kernel;
import dev.nabla.symbolic.compile.Operand;
import dev.nabla.symbolic.compile.Program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Jacobian {@code J[i][j] = ∂fᵢ/∂xⱼ} of a function {@code f: ℝⁿ → ℝᵐ} and its vector–Jacobian
 * products {@code uᵀJ}, compiled to JVM bytecode: one forward pass shared by one reverse sweep per
 * output (Jacobian) or a single sweep seeded with {@code u} (vjp). Made by {@link Compiled#jacobian}
 * (and {@link Compiled#hessian}, the Jacobian of a compiled gradient). Each program is generated on
 * first use; calls allocate nothing.
 *
 * <pre>{@code
 * CompiledJacobian j = Compiled.jacobian(x -> new Num[] {x[0].mul(x[1]), x[0].sin()}, 2);
 * double[][] jac = j.jacobian(new double[] {1, 2});      // {{2, 1}, {cos 1, 0}}
 * double[] uj = j.vjp(new double[] {1, 2}, new double[] {1, -1});
 * }</pre>
 *
 * <p>Thread-safe as {@link CompiledGradient} is: stateless generated code, per-thread working memory.
 * Where an output {@code fᵢ(x)} is NaN, every entry of its row is NaN (and every vjp coordinate), as on
 * the tape.
 */
public final class CompiledJacobian {
    private final Trace trace;
    private final int[] outputs;
    private final int inputs;
    private final int columns;
    private volatile Generated jacobianKernel;
    private volatile Generated vjpKernel;

    /**
     * The outputs {@code outputs} of {@code trace}, a function of its first {@code inputs} inputs,
     * differentiated with respect to the first {@code columns} of them.
     */
    CompiledJacobian(Trace trace, int inputs, int columns, int[] outputs) {
        this.trace = trace;
        this.inputs = inputs;
        this.columns = columns;
        this.outputs = outputs.clone();
    }

    /** The number of inputs {@code n}. */
    public int inputs() {
        return inputs;
    }

    /** The number of columns of the Jacobian: the inputs it differentiates by (the first ones). */
    public int columns() {
        return columns;
    }

    /** The number of outputs {@code m}. */
    public int outputs() {
        return outputs.length;
    }

    /**
     * Writes {@code J(x)} into {@code out} ({@code m} rows of {@link #columns()}); allocates nothing.
     *
     * @throws IllegalArgumentException if {@code x} or {@code out} has the wrong shape
     */
    public void jacobian(double[] x, double[][] out) {
        Checks.length("jacobian", "point", x, inputs);
        Checks.matrix("jacobian", out, outputs.length, columns);
        Generated k = jacobianKernel();
        double[][] buffers = k.scratch.get();
        double[] flat = buffers[1];
        k.kernel.run(x, flat, buffers[0]);
        int m = outputs.length;
        for (int i = 0; i < m; i++) {
            System.arraycopy(flat, m + i * columns, out[i], 0, columns);
            if (Double.isNaN(flat[i])) Arrays.fill(out[i], Double.NaN);
        }
    }

    /** {@code J(x)} in a new matrix. */
    public double[][] jacobian(double[] x) {
        double[][] out = new double[outputs.length][columns];
        jacobian(x, out);
        return out;
    }

    /**
     * Writes the vector–Jacobian product {@code out[j] = Σᵢ u[i] · ∂fᵢ/∂xⱼ}, {@code j < columns()}, into {@code out}; one
     * reverse sweep, no allocation.
     *
     * @throws IllegalArgumentException if {@code x}, {@code u} or {@code out} has the wrong length
     */
    public void vjp(double[] x, double[] u, double[] out) {
        Checks.length("vjp", "point", x, inputs);
        Checks.length("vjp", "cotangent", u, outputs.length);
        Checks.length("vjp", "output array", out, columns);
        Generated k = vjpKernel();
        double[][] buffers = k.scratch.get();
        double[] flat = buffers[1];
        double[] in = buffers[2];
        int m = outputs.length;
        System.arraycopy(x, 0, in, 0, inputs);
        System.arraycopy(u, 0, in, inputs, m);
        k.kernel.run(in, flat, buffers[0]);
        System.arraycopy(flat, m, out, 0, columns);
        for (int i = 0; i < m; i++) {
            if (Double.isNaN(flat[i])) {
                Arrays.fill(out, Double.NaN);
                break;
            }
        }
    }

    /** {@code uᵀJ(x)} in a new array. */
    public double[] vjp(double[] x, double[] u) {
        double[] out = new double[columns];
        vjp(x, u, out);
        return out;
    }

    private Generated jacobianKernel() {
        Generated k = jacobianKernel;
        if (k != null) return k;
        synchronized (trace) {
            if (jacobianKernel == null) {
                int m = outputs.length;
                int one = trace.constantNode(1);
                int[] roots = new int[m + m * columns];
                System.arraycopy(outputs, 0, roots, 0, m);
                for (int i = 0; i < m; i++) {
                    int[] row = Adjoints.of(trace, new int[] {outputs[i]}, new int[] {one}, columns);
                    System.arraycopy(row, 0, roots, m + i * columns, columns);
                }
                jacobianKernel = Generated.of(trace, roots, names(inputs, 0), 0);
            }
            return jacobianKernel;
        }
    }

    private Generated vjpKernel() {
        Generated k = vjpKernel;
        if (k != null) return k;
        synchronized (trace) {
            if (vjpKernel == null) {
                int m = outputs.length;
                int[] seeds = new int[m];
                for (int i = 0; i < m; i++) seeds[i] = trace.addInput();
                int[] v = Adjoints.of(trace, outputs, seeds, columns);
                int[] roots = new int[m + columns];
                System.arraycopy(outputs, 0, roots, 0, m);
                System.arraycopy(v, 0, roots, m, columns);
                vjpKernel = Generated.of(trace, roots, names(trace.inputs() - m, m), trace.inputs());
            }
            return vjpKernel;
        }
    }

    private static List<String> names(int n, int weights) {
        List<String> names = new ArrayList<>(n + weights);
        for (int j = 0; j < n; j++) names.add("x" + j);
        for (int i = 0; i < weights; i++) names.add("u" + i);
        return names;
    }

    /** A generated kernel with the per-thread buffers its caller needs: scratch, staged inputs, outputs. */
    private record Generated(Kernel kernel, Scratch scratch) {
        static Generated of(Trace trace, int[] roots, List<String> names, int stagedInputs) {
            Program p = ToProgram.lower(trace, roots, roots.length, names).program();
            Kernel k = Compiler.kernel(p, new Operand.Literal(0));
            return new Generated(k, new Scratch(k.scratchLength(), roots.length, stagedInputs));
        }
    }
}
