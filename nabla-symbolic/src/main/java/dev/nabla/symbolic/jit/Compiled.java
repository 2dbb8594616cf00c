package dev.nabla.symbolic.jit;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.symbolic.compile.Compiler;
import dev.nabla.symbolic.compile.Kernel;
import dev.nabla.symbolic.compile.Program;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compiled derivatives, JAX's {@code jit(grad(f))} for Java: the function, written once as a plain
 * lambda on the algebra, is traced once into a graph of rule-table primitives; its reverse sweep is
 * recorded on the same graph with each partial taken from the table's rules; the whole is emitted as
 * straight-line JVM bytecode ({@link dev.nabla.symbolic.compile}) in a reusable object.
 *
 * <pre>{@code
 * ScalarFunction f = x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()).mul(x[2].sin());
 * CompiledGradient g = Compiled.gradient(f, 3);
 * double[] grad = new double[3];
 * double value = g.gradient(new double[] {4, 5, 1}, grad);   // no tape, no allocation
 * }</pre>
 *
 * <p>Tracing runs the lambda once on traced values, so the lambda must be straight-line code: a
 * function that asks for the value of something computed from its inputs ({@code doubleValue()},
 * typically to branch) cannot be compiled and gets a {@link ValueDependentException} naming the tape
 * (method {@code reverse}) as the fallback. Branches written with the primitives {@code abs},
 * {@code sign}, {@code heaviside}, {@code min} and {@code max} are fine: they are operations of the
 * graph, with the table's conventions at their non-smooth points.
 */
public final class Compiled {
    private Compiled() {}

    /**
     * {@code ∇f} of a function of {@code n} variables, compiled.
     *
     * @throws IllegalArgumentException if {@code f} is null, returns null, reads past its {@code n}
     *                                  inputs, or uses a custom primitive without an algebra rule
     * @throws ValueDependentException  if {@code f} reads the value of a traced input
     */
    public static CompiledGradient gradient(ScalarFunction f, int n) {
        return gradient(f, n, n);
    }

    /**
     * The gradient of a function of {@code n} inputs with respect to its first {@code wrt} inputs only;
     * the others are data the function reads (a record's fields, an observation), given with each call
     * but not differentiated by, so one compiled object serves every record:
     * {@code g[j] = ∂f/∂xⱼ} for {@code j < wrt}.
     *
     * @throws IllegalArgumentException as {@link #gradient(ScalarFunction, int)}, or unless {@code 0 ≤ wrt ≤ n}
     * @throws ValueDependentException  if {@code f} reads the value of a traced input
     */
    public static CompiledGradient gradient(ScalarFunction f, int n, int wrt) {
        if (f == null) throw new IllegalArgumentException("compiled gradient: the function is null");
        checkInputs("compiled gradient", n);
        checkWrt("compiled gradient", n, wrt);
        Trace trace = new Trace(n);
        int y = trace(trace, n, "compiled gradient", xs -> new Num[] {f.apply(xs)})[0];
        ToProgram.Lowered lowered = valueAndGradient(trace, y, wrt);
        Program p = lowered.program();
        Kernel k = Compiler.kernel(p, lowered.operands()[wrt]);
        return new CompiledGradient(k, n, wrt, p.operations());
    }

    /**
     * The gradient of {@code F(θ) = Σᵢ g(θ, dᵢ)} over the rows {@code dᵢ} of a data set, with {@code g}
     * compiled once for one row: {@code g} reads the parameters as {@code x[0 … parameters - 1]} and the
     * row as {@code x[parameters …]}; only the gradient with respect to the parameters is generated.
     *
     * @throws IllegalArgumentException as {@link #gradient}, or if a size is negative
     * @throws ValueDependentException  if {@code g} reads the value of a traced input
     */
    public static CompiledSum sum(ScalarFunction g, int parameters, int width) {
        if (g == null) throw new IllegalArgumentException("compiled sum: the function is null");
        checkInputs("compiled sum", parameters);
        checkInputs("compiled sum", width);
        int n = parameters + width;
        Trace trace = new Trace(n);
        int y = trace(trace, n, "compiled sum", xs -> new Num[] {g.apply(xs)})[0];
        ToProgram.Lowered lowered = valueAndGradient(trace, y, parameters);
        Kernel k = Compiler.accumulatingKernel(lowered.program(), lowered.operands()[parameters]);
        return new CompiledSum(k, parameters, width);
    }

    /**
     * The Jacobian (and vector–Jacobian products) of a function {@code ℝⁿ → ℝᵐ}, compiled.
     *
     * @throws IllegalArgumentException if {@code f} is null, returns null or a null output, or reads
     *                                  past its {@code n} inputs
     * @throws ValueDependentException  if {@code f} reads the value of a traced input
     */
    public static CompiledJacobian jacobian(VectorFunction f, int n) {
        return jacobian(f, n, n);
    }

    /**
     * The Jacobian of a function of {@code n} inputs with respect to its first {@code wrt} inputs only;
     * the others are data the function reads (an observation, a measured point), given with each call
     * but not differentiated by, so one compiled object serves every data value:
     * {@code J[i][j] = ∂fᵢ/∂xⱼ} for {@code j < wrt}.
     *
     * @throws IllegalArgumentException as {@link #jacobian(VectorFunction, int)}, or unless {@code 0 ≤ wrt ≤ n}
     * @throws ValueDependentException  if {@code f} reads the value of a traced input
     */
    public static CompiledJacobian jacobian(VectorFunction f, int n, int wrt) {
        if (f == null) throw new IllegalArgumentException("compiled jacobian: the function is null");
        checkInputs("compiled jacobian", n);
        checkWrt("compiled jacobian", n, wrt);
        Trace trace = new Trace(n);
        int[] ys = trace(trace, n, "compiled jacobian", f::apply);
        return new CompiledJacobian(trace, n, wrt, ys);
    }

    /**
     * The Hessian {@code H[i][j] = ∂²f/∂xᵢ∂xⱼ}, compiled as the Jacobian of the compiled gradient
     * (reverse over reverse: the recorded reverse sweep is swept again, its partials once more from the
     * table's rules). Its {@link CompiledJacobian#vjp vjp} is the Hessian–vector product.
     *
     * @throws IllegalArgumentException as {@link #gradient}
     * @throws ValueDependentException  if {@code f} reads the value of a traced input
     */
    public static CompiledJacobian hessian(ScalarFunction f, int n) {
        if (f == null) throw new IllegalArgumentException("compiled hessian: the function is null");
        checkInputs("compiled hessian", n);
        Trace trace = new Trace(n);
        int y = trace(trace, n, "compiled hessian", xs -> new Num[] {f.apply(xs)})[0];
        int[] grad = Adjoints.of(trace, new int[] {y}, new int[] {trace.constantNode(1)}, n);
        return new CompiledJacobian(trace, n, n, grad);
    }

    /**
     * The program of the gradient of node {@code y} with respect to the first {@code wrt} inputs, which
     * it stores, and of {@code y}, whose operand is the last of {@link ToProgram.Lowered#operands()}.
     */
    private static ToProgram.Lowered valueAndGradient(Trace trace, int y, int wrt) {
        int[] grad = Adjoints.of(trace, new int[] {y}, new int[] {trace.constantNode(1)}, wrt);
        int[] roots = new int[wrt + 1];
        System.arraycopy(grad, 0, roots, 0, wrt);
        roots[wrt] = y;
        return ToProgram.lower(trace, roots, wrt, names(trace.inputs()));
    }

    private static void checkWrt(String operation, int n, int wrt) {
        if (wrt < 0 || wrt > n) {
            throw new IllegalArgumentException(operation + ": cannot differentiate by the first " + wrt + " of " + n + " inputs");
        }
    }

    private static void checkInputs(String operation, int n) {
        if (n < 0) throw new IllegalArgumentException(operation + ": the number of inputs must be at least 0, got " + n);
    }

    /** Runs {@code f} on the first {@code n} inputs of {@code trace}; the output nodes. */
    private static int[] trace(Trace trace, int n, String operation, Function<Num[], Num[]> f) {
        Num[] xs = new Num[n];
        for (int j = 0; j < n; j++) xs[j] = trace.handle(j);
        Num[] ys;
        try {
            ys = f.apply(xs);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(operation + ": the function read past its " + n + " input"
                    + (n == 1 ? "" : "s") + " (" + e.getMessage() + ")", e);
        }
        if (ys == null) throw new IllegalArgumentException(operation + ": the function returned null");
        int[] ids = new int[ys.length];
        for (int i = 0; i < ys.length; i++) {
            if (ys[i] == null) {
                throw new IllegalArgumentException(operation + ": " + (ys.length == 1 ? "the function returned null" : "output " + i + " is null"));
            }
            if (!(ys[i] instanceof Traced) && !(ys[i] instanceof Real)) {
                throw new IllegalArgumentException(operation + ": the function returned a " + ys[i].getClass().getSimpleName()
                        + " instead of a value computed from its inputs (operands must come from the same backend)");
            }
            ids[i] = trace.nodeOf(ys[i], operation);
        }
        return ids;
    }

    private static List<String> names(int n) {
        List<String> names = new ArrayList<>(n);
        for (int j = 0; j < n; j++) names.add("x" + j);
        return names;
    }
}
