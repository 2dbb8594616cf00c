package dev.nabla.symbolic.compile;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.compile.Step.Op;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Constant;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Pow;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.expr.Functions;
import dev.nabla.symbolic.print.Printers;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens expression graphs into a {@link Program}: one step per distinct compound node, in
 * {@link Dag#topologicalOrder(List)}, so a node shared by several parents or outputs is computed once.
 *
 * <p>Sums and products keep the interpreter's left-to-right order; one with more than
 * {@value #WIDTH} operands is split into a chain of steps ({@code (a₀ + … + a₆₃) + a₆₄ + …}), same
 * order, so that no single step is too large for a method. Powers: {@code x^(1/2)} is
 * {@code Math.sqrt} (as in the interpreter); {@code x²} is {@code x·x} and {@code x⁻¹} is
 * {@code 1/x}, both correctly rounded, so exactly what {@code Math.pow} gives; every other power is
 * {@code Math.pow}, because longer products round more than once and would drift from it.
 */
final class Lowering {
    static final int WIDTH = 64;

    private final Map<Symbol, Integer> variables = new IdentityHashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<Object> functions = new ArrayList<>();
    private final Map<Object, Integer> functionIndex = new IdentityHashMap<>();
    private final String operation;
    private final List<? extends Expr> roots;

    private Lowering(List<? extends Expr> roots, List<Symbol> vars, String operation) {
        this.operation = operation;
        this.roots = roots;
        for (int j = 0; j < vars.size(); j++) {
            Symbol s = vars.get(j);
            if (s == null) throw new IllegalArgumentException(operation + ": variable " + j + " is null");
            if (variables.put(s, j) != null) {
                throw new IllegalArgumentException(operation + ": variable '" + s.name() + "' is listed twice");
            }
        }
    }

    /**
     * The program computing {@code roots} from {@code vars}.
     *
     * @throws IllegalArgumentException naming a symbol of the expressions that is not among {@code vars},
     *                                  or a variable listed twice
     */
    static Program lower(List<? extends Expr> roots, List<Symbol> vars, String operation) {
        return new Lowering(roots, vars, operation).run(vars);
    }

    private Program run(List<Symbol> vars) {
        Map<Expr, Operand> value = new IdentityHashMap<>();
        for (Expr e : Dag.topologicalOrder(roots)) value.put(e, lower(e, value));
        List<Operand> outputs = new ArrayList<>(roots.size());
        for (Expr r : roots) outputs.add(value.get(r));
        List<String> names = new ArrayList<>(vars.size());
        for (Symbol s : vars) names.add(s.name());
        return new Program(names, steps, outputs, functions);
    }

    private Operand lower(Expr e, Map<Expr, Operand> value) {
        List<Operand> args = new ArrayList<>(e.arity());
        for (int k = 0; k < e.arity(); k++) args.add(value.get(e.arg(k)));
        switch (e.kind()) {
            case RATIONAL, FLOAT, NAMED_CONSTANT:
                return new Operand.Literal(((Constant) e).value());
            case SYMBOL:
                return input((Symbol) e);
            case ADD:
                return chain(Op.SUM, args);
            case MUL:
                return chain(Op.PRODUCT, args);
            case POW:
                return power((Pow) e, args);
            case CALL:
                return call((Call) e, args);
            case CUSTOM:
                return add(new Step(Op.CUSTOM, args, 0, null, function(((CustomCall) e).primitive())));
            default:
                throw new IllegalStateException(operation + ": unknown node kind " + e.kind());
        }
    }

    private Operand input(Symbol s) {
        Integer j = variables.get(s);
        if (j == null) {
            throw new IllegalArgumentException(operation + ": symbol '" + s.name() + "' of "
                    + Printers.abbreviated(roots.get(0), 60) + " is not a variable; variables are " + sortedByIndex());
        }
        return new Operand.Input(j);
    }

    private List<String> sortedByIndex() {
        String[] names = new String[variables.size()];
        variables.forEach((s, j) -> names[j] = s.name());
        return List.of(names);
    }

    private Operand chain(Op op, List<Operand> args) {
        Operand acc = add(Step.of(op, args.subList(0, Math.min(WIDTH, args.size()))));
        for (int from = WIDTH; from < args.size(); from += WIDTH - 1) {
            List<Operand> part = new ArrayList<>(WIDTH);
            part.add(acc);
            part.addAll(args.subList(from, Math.min(from + WIDTH - 1, args.size())));
            acc = add(Step.of(op, part));
        }
        return acc;
    }

    private Operand power(Pow p, List<Operand> args) {
        if (p.exponent() == Rational.HALF) return add(Step.of(Op.SQRT, args.subList(0, 1)));
        if (p.exponent() == Rational.TWO || p.exponent() == Rational.MINUS_ONE) {
            int n = p.exponent() == Rational.TWO ? 2 : -1;
            return add(new Step(Op.INT_POWER, args.subList(0, 1), n, null, -1));
        }
        return add(Step.of(Op.POW, args));
    }

    private Operand call(Call c, List<Operand> args) {
        var math = Functions.javaMathMethod(c.primitive());
        if (math.isPresent()) return add(new Step(Op.MATH, args, 0, math.get(), -1));
        Object f = c.primitive() instanceof UnaryPrimitive u ? u.value() : ((BinaryPrimitive) c.primitive()).value();
        return add(new Step(Op.TABLE, args, 0, null, function(f)));
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
