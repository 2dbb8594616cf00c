package dev.nabla.symbolic.compile;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.symbolic.diff.Differentiator;
import dev.nabla.symbolic.eval.ExprFunctions;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.MethodTooLargeException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles expressions to JVM bytecode ({@code lambdify}).
 *
 * <pre>{@code
 * Symbol x = Expr.symbol("x"), y = Expr.symbol("y");
 * CompiledFunction f = Compiler.compile(Expr.parse("x**2*sin(y)"), x, y);
 * double v = f.applyAsDouble(3, 0.5);                        // 9*sin(0.5)
 * CompiledVectorFunction g = Compiler.compileGradient(Expr.parse("x**2*sin(y)"), x, y);
 * double[] grad = g.apply(new double[] {3, 0.5});            // {6*sin(0.5), 9*cos(0.5)}
 * }</pre>
 *
 * <p>The variables fix the order of the inputs. Every node shared inside an expression or between the
 * expressions of a vector is computed once per call. Values are those of the interpreter
 * {@link dev.nabla.symbolic.eval.DoublePlan} — the same {@code Math} methods and rule-table functions,
 * sums and products in the same order, {@code x² = x·x} and {@code x⁻¹ = 1/x} (both exactly
 * {@code Math.pow}'s value; see {@link Lowering}). When the class would break a JVM limit (more than 65535
 * constants or methods) the result is the interpreter, with one log line saying so.
 */
public final class Compiler {
    private static final System.Logger LOG = System.getLogger(Compiler.class.getName());

    private Compiler() {}

    /**
     * {@code e} as a function of {@code vars}, in that order.
     *
     * @throws IllegalArgumentException naming a symbol of {@code e} that is not among {@code vars}, a
     *                                  variable listed twice, or a null argument
     */
    public static CompiledFunction compile(Expr e, Symbol... vars) {
        return compile(e, variables(vars, "compile"));
    }

    /** {@code e} as a function of {@code vars}, in that order. */
    public static CompiledFunction compile(Expr e, List<Symbol> vars) {
        if (e == null) throw new IllegalArgumentException("compile: the expression is null");
        Program p = Lowering.lower(List.of(e), variables(vars, "compile"), "compile");
        try {
            return Loader.instantiate(Emitter.scalarClass(p), Emitter.classData(p), CompiledFunction.class);
        } catch (ClassTooLargeException | MethodTooLargeException tooLarge) {
            logFallback(p, tooLarge);
            return Interpreted.scalar(e, vars);
        }
    }

    /**
     * {@code es} as one function of {@code vars} with one output per expression, their shared
     * subexpressions computed once.
     *
     * @throws IllegalArgumentException naming a symbol that is not among {@code vars}, a variable
     *                                  listed twice, or a null expression
     */
    public static CompiledVectorFunction compileVector(List<? extends Expr> es, Symbol... vars) {
        return compileVector(es, variables(vars, "compileVector"));
    }

    /** {@code es} as one function of {@code vars}; see {@link #compileVector(List, Symbol...)}. */
    public static CompiledVectorFunction compileVector(List<? extends Expr> es, List<Symbol> vars) {
        List<Expr> roots = expressions(es);
        Program p = Lowering.lower(roots, variables(vars, "compileVector"), "compileVector");
        try {
            return Loader.instantiate(Emitter.vectorClass(p), Emitter.classData(p), CompiledVectorFunction.class);
        } catch (ClassTooLargeException | MethodTooLargeException tooLarge) {
            logFallback(p, tooLarge);
            return Interpreted.vector(roots, vars);
        }
    }

    /** The gradient {@code (∂e/∂v₀, ∂e/∂v₁, …)}, differentiated symbolically and compiled together. */
    public static CompiledVectorFunction compileGradient(Expr e, Symbol... vars) {
        List<Symbol> vs = variables(vars, "compileGradient");
        if (e == null) throw new IllegalArgumentException("compileGradient: the expression is null");
        return compileVector(Arrays.asList(Differentiator.gradient(e, vs)), vs);
    }

    /** The Jacobian {@code J[i][j] = ∂eᵢ/∂vⱼ}, compiled together, output row-major: {@code out[i·n + j]}. */
    public static CompiledVectorFunction compileJacobian(List<? extends Expr> es, Symbol... vars) {
        List<Symbol> vs = variables(vars, "compileJacobian");
        List<Expr> flat = new ArrayList<>();
        for (Expr[] row : Differentiator.jacobian(expressions(es), vs)) flat.addAll(Arrays.asList(row));
        return compileVector(flat, vs);
    }

    /**
     * {@code program} as a {@link Kernel} whose {@code run} writes the program's outputs and returns
     * {@code returned} (one of its operands).
     *
     * @throws IllegalArgumentException if the program is too large for one class (more than 65 535
     *                                  constants or methods), naming its size
     */
    public static Kernel kernel(Program program, Operand returned) {
        return kernel(program, returned, false, "kernel");
    }

    /**
     * {@code program} as a {@link Kernel} whose {@code run} <em>adds</em> output {@code r} to
     * {@code out[r]} (so a loop over data points sums their outputs without a copy) and returns
     * {@code returned}.
     *
     * @throws IllegalArgumentException if the program is too large for one class, naming its size
     */
    public static Kernel accumulatingKernel(Program program, Operand returned) {
        return kernel(program, returned, true, "accumulatingKernel");
    }

    private static Kernel kernel(Program program, Operand returned, boolean accumulate, String operation) {
        if (program == null || returned == null) {
            throw new IllegalArgumentException(operation + ": the " + (program == null ? "program" : "returned operand") + " is null");
        }
        try {
            return Loader.instantiate(Emitter.kernelClass(program, returned, accumulate), Emitter.classData(program), Kernel.class);
        } catch (ClassTooLargeException | MethodTooLargeException tooLarge) {
            throw new IllegalArgumentException(operation + ": " + program.operations() + " operations exceed a JVM class-file limit ("
                    + tooLarge.getMessage() + ")", tooLarge);
        }
    }

    /** The interpreter with the compiled function's interface: same checks, same values, no class generated. */
    public static CompiledFunction interpret(Expr e, Symbol... vars) {
        if (e == null) throw new IllegalArgumentException("interpret: the expression is null");
        List<Symbol> vs = variables(vars, "interpret");
        Lowering.lower(List.of(e), vs, "interpret");
        return Interpreted.scalar(e, vs);
    }

    /** The interpreter for several expressions, with the compiled vector function's interface. */
    public static CompiledVectorFunction interpretVector(List<? extends Expr> es, Symbol... vars) {
        List<Symbol> vs = variables(vars, "interpretVector");
        List<Expr> roots = expressions(es);
        Lowering.lower(roots, vs, "interpretVector");
        return Interpreted.vector(roots, vs);
    }

    /** Whether {@code f} runs generated bytecode (rather than the interpreter). */
    public static boolean isCompiled(Object f) {
        return f != null && f.getClass().isHidden() && f.getClass().getName().startsWith(Emitter.CLASS_NAME + "/");
    }

    /**
     * {@code e} as a function on the algebra: compiled bytecode when every argument is a plain
     * {@link Real}, the expression interpreter on any other backend (duals, tapes, expressions …).
     */
    public static ScalarFunction lambdify(Expr e, List<Symbol> vars) {
        CompiledFunction compiled = compile(e, vars);
        ScalarFunction generic = ExprFunctions.scalar(e, vars);
        return x -> {
            double[] v = reals(x);
            return v == null ? generic.apply(x) : Real.of(compiled.applyAsDouble(v));
        };
    }

    private static double[] reals(Num[] x) {
        if (x == null) return null;
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] instanceof Real r)) return null;
            v[i] = r.value();
        }
        return v;
    }

    private static List<Symbol> variables(Symbol[] vars, String operation) {
        if (vars == null) throw new IllegalArgumentException(operation + ": the variables are null");
        return variables(Arrays.asList(vars), operation);
    }

    private static List<Symbol> variables(List<Symbol> vars, String operation) {
        if (vars == null) throw new IllegalArgumentException(operation + ": the variables are null");
        for (int j = 0; j < vars.size(); j++) {
            if (vars.get(j) == null) throw new IllegalArgumentException(operation + ": variable " + j + " is null");
        }
        return List.copyOf(vars);
    }

    private static List<Expr> expressions(List<? extends Expr> es) {
        if (es == null) throw new IllegalArgumentException("compileVector: the expressions are null");
        for (int i = 0; i < es.size(); i++) {
            if (es.get(i) == null) throw new IllegalArgumentException("compileVector: expression " + i + " is null");
        }
        return List.copyOf(es);
    }

    private static void logFallback(Program p, RuntimeException tooLarge) {
        LOG.log(System.Logger.Level.WARNING, "compile: " + p.steps().size() + " operations exceed a JVM class-file limit ("
                + tooLarge.getMessage() + "); using the interpreter");
    }
}
