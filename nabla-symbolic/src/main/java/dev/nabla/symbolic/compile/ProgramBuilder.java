package dev.nabla.symbolic.compile;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.compile.Step.Op;
import dev.nabla.symbolic.expr.Functions;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Program} one primitive of the rule table at a time, for graphs that are not
 * expressions (a traced function and its reverse sweep). Each call appends one step computing
 * exactly the table's value on doubles: {@code add sub mul div neg} are the JVM's arithmetic
 * instructions, {@code x^2} is {@code x·x} and {@code x^-1} is {@code 1/x} (both exactly
 * {@code Math.pow}'s value), a primitive whose value is a {@code java.lang.Math} method calls it,
 * any other calls the table's own value function, and a custom primitive its forward pass.
 *
 * <pre>{@code
 * ProgramBuilder b = new ProgramBuilder(List.of("x", "y"));
 * Operand s = b.apply(Primitives.SIN, b.input(0));
 * Operand p = b.apply(Primitives.MUL, s, b.input(1));
 * Kernel k = Compiler.kernel(b.build(List.of(p)), p);       // sin(x)·y
 * }</pre>
 */
public final class ProgramBuilder {
    private final List<String> variables;
    private final List<Step> steps = new ArrayList<>();
    private final List<Object> functions = new ArrayList<>();
    private final Map<Object, Integer> functionIndex = new IdentityHashMap<>();

    /** A builder for a program of the variables {@code variables}, in input order. */
    public ProgramBuilder(List<String> variables) {
        if (variables == null) throw new IllegalArgumentException("ProgramBuilder: the variables are null");
        this.variables = List.copyOf(variables);
    }

    /**
     * Variable {@code j}.
     *
     * @throws IllegalArgumentException if there is no such variable
     */
    public Operand input(int j) {
        if (j < 0 || j >= variables.size()) {
            throw new IllegalArgumentException("ProgramBuilder.input: variable " + j + " of " + variables.size());
        }
        return new Operand.Input(j);
    }

    /** The constant {@code v}. */
    public Operand literal(double v) {
        return new Operand.Literal(v);
    }

    /** {@code p(a)}, a new step. */
    public Operand apply(UnaryPrimitive p, Operand a) {
        List<Operand> args = List.of(a);
        if (p == Primitives.NEG) return add(Step.of(Op.NEGATE, args));
        var math = Functions.javaMathMethod(p);
        if (math.isPresent()) return add(new Step(Op.MATH, args, 0, math.get(), -1));
        return add(new Step(Op.TABLE, args, 0, null, function(p.value())));
    }

    /** {@code p(a, b)}, a new step. */
    public Operand apply(BinaryPrimitive p, Operand a, Operand b) {
        List<Operand> args = List.of(a, b);
        if (p == Primitives.ADD) return add(Step.of(Op.SUM, args));
        if (p == Primitives.SUB) return add(Step.of(Op.DIFFERENCE, args));
        if (p == Primitives.MUL) return add(Step.of(Op.PRODUCT, args));
        if (p == Primitives.DIV) return add(Step.of(Op.QUOTIENT, args));
        if (p == Primitives.POW && b instanceof Operand.Literal c && (c.value() == 2 || c.value() == -1)) {
            return add(new Step(Op.INT_POWER, List.of(a), (int) c.value(), null, -1));
        }
        var math = Functions.javaMathMethod(p);
        if (math.isPresent()) return add(new Step(Op.MATH, args, 0, math.get(), -1));
        return add(new Step(Op.TABLE, args, 0, null, function(p.value())));
    }

    /**
     * {@code a · b} under the zero rule, as the chain rule multiplies a partial by a seed: 0 when either
     * factor is exactly 0, whatever the other ({@code 0 · ∞ = 0 · NaN = 0}; {@link dev.nabla.core.rules.StrongZero}),
     * a new step.
     */
    public Operand strongProduct(Operand a, Operand b) {
        return add(Step.of(Op.STRONG_PRODUCT, List.of(a, b)));
    }

    /** The custom primitive {@code p} applied to {@code args}: its forward pass, a new step. */
    public Operand apply(CustomPrimitive p, List<Operand> args) {
        return add(new Step(Op.CUSTOM, List.copyOf(args), 0, null, function(p)));
    }

    /** The number of steps so far. */
    public int operations() {
        return steps.size();
    }

    /** The program with the outputs {@code roots}, in order. */
    public Program build(List<Operand> roots) {
        return new Program(variables, steps, roots, functions);
    }

    private int function(Object f) {
        return functionIndex.computeIfAbsent(f, k -> {
            functions.add(k);
            return functions.size() - 1;
        });
    }

    private Operand add(Step s) {
        steps.add(s);
        return new Operand.Result(steps.size() - 1);
    }
}
