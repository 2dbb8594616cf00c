package dev.nabla.cli;

import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code nabla diff EXPR [--wrt x,y] [--order N] [--gradient | --hessian] [--at …] [--format F] [--json]}:
 * simplified derivatives, each on a line labelled {@code d/dx = …}.
 */
@Command(name = "diff", description = {
        "Symbolic derivatives of EXPR, simplified, each labelled (d/dx = ..., d^2/dx dy = ...).",
        "--wrt x,y is SymPy's diff(f, x, y): one mixed derivative, by x then by y (repeat a name for a",
        "higher order: --wrt x,x,y). --order N differentiates N times by each variable of --wrt.",
        "Without --wrt: the N-th derivative by each variable of EXPR, in sorted order.",
        "--gradient: every first partial; --hessian: every second partial (d^2/dx dy for x before y).",
        "--at x=1,y=2 evaluates each derivative there; --json prints one object:",
        "{\"derivatives\": [{\"wrt\": [\"x\"], \"label\": \"d/dx\", \"expression\": \"...\", \"value\": v}, ...]}."})
public final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression, e.g. \"x^2*sin(x)\".")
    String expression;

    @Option(names = "--wrt", paramLabel = "x,y", description = "The variables to differentiate by, in order, comma-separated.")
    String wrt;

    @Option(names = "--order", paramLabel = "N", defaultValue = "1",
            description = "How many times to differentiate by each variable, 0 to " + MAX_ORDER + " in all (default: ${DEFAULT-VALUE}).")
    int order;

    /** The largest total order: each order is one more symbolic differentiation and simplification. */
    static final int MAX_ORDER = 100;

    @ArgGroup(exclusive = true)
    All all;

    /** {@code --gradient} or {@code --hessian}, not both. */
    static final class All {
        @Option(names = "--gradient", description = "Every first partial derivative.")
        boolean gradient;

        @Option(names = "--hessian", description = "Every second partial derivative.")
        boolean hessian;
    }

    @Option(names = "--at", paramLabel = "x=4,y=5", description = "Evaluate each derivative at this point.")
    String at;

    @Option(names = "--format", paramLabel = "F", defaultValue = "plain",
            description = "plain, sympy (readable by sympify), latex or java (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One derivative: the variables differentiated by, in order, and the simplified result. */
    record Derivative(List<Symbol> wrt, Expr result) {
        /** {@code d/dx}, {@code d^2/dx^2}, {@code d^2/dx dy}, {@code d^3/dx^2 dy}; empty for no variable. */
        String label() {
            if (wrt.isEmpty()) return "";
            Map<Symbol, Integer> counts = new LinkedHashMap<>();
            for (Symbol s : wrt) counts.merge(s, 1, Integer::sum);
            List<String> parts = new ArrayList<>();
            counts.forEach((s, k) -> parts.add("d" + s.name() + (k == 1 ? "" : "^" + k)));
            return "d" + (wrt.size() == 1 ? "" : "^" + wrt.size()) + "/" + String.join(" ", parts);
        }
    }

    @Override
    public Integer call() {
        if (order < 0 || order > MAX_ORDER) throw new IllegalArgumentException("diff: --order must be from 0 to " + MAX_ORDER + ", got " + order);
        Expr e = Inputs.expression(expression);
        List<Symbol> variables = Inputs.variables(expression, e);
        List<Derivative> derivatives = derivatives(e, variables);
        Map<Symbol, Double> point = null;
        if (at != null) {
            point = Inputs.point("diff", at);
            Inputs.checkVariables("diff", "--at", expression, e, point.keySet(), true);
        }
        print(derivatives, point);
        return 0;
    }

    private List<Derivative> derivatives(Expr e, List<Symbol> variables) {
        List<Symbol> named = null;
        if (wrt != null) {
            named = Inputs.variableSequence("diff", "--wrt", wrt);
            Inputs.checkVariables("diff", "--wrt", expression, e, new LinkedHashSet<>(named), false);
        }
        boolean gradient = all != null && all.gradient, hessian = all != null && all.hessian;
        List<Derivative> out = new ArrayList<>();
        if (gradient || hessian) {
            if (order != 1) throw new IllegalArgumentException("diff: --order applies to --wrt, not to --" + (gradient ? "gradient" : "hessian"));
            List<Symbol> vars = named != null ? List.copyOf(new LinkedHashSet<>(named)) : variables;
            for (int i = 0; i < vars.size(); i++) {
                if (gradient) out.add(derivative(e, List.of(vars.get(i))));
                else for (int j = i; j < vars.size(); j++) out.add(derivative(e, List.of(vars.get(i), vars.get(j))));
            }
        } else if (named != null) {
            List<Symbol> sequence = new ArrayList<>();
            if ((long) order * named.size() > MAX_ORDER) {
                throw new IllegalArgumentException("diff: --wrt and --order ask for a derivative of order " + (long) order * named.size()
                        + "; at most " + MAX_ORDER);
            }
            for (Symbol s : named) sequence.addAll(Collections.nCopies(order, s));
            out.add(derivative(e, sequence));
        } else {
            for (Symbol s : variables) out.add(derivative(e, Collections.nCopies(order, s)));
        }
        if (out.isEmpty()) out.add(new Derivative(List.of(), order == 0 ? e : Expr.integer(0)));
        return out;
    }

    private static Derivative derivative(Expr e, List<Symbol> sequence) {
        Expr d = e;
        for (Symbol s : sequence) d = d.diff(s).simplify();
        return new Derivative(List.copyOf(sequence), d);
    }

    private void print(List<Derivative> derivatives, Map<Symbol, Double> point) {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Double> byName = new LinkedHashMap<>();
        if (point != null) point.forEach((s, v) -> byName.put(s.name(), v));
        if (json) {
            StringBuilder b = new StringBuilder("{\"derivatives\": [");
            for (int k = 0; k < derivatives.size(); k++) {
                Derivative d = derivatives.get(k);
                b.append(k == 0 ? "" : ", ").append("{\"wrt\": [");
                for (int i = 0; i < d.wrt().size(); i++) b.append(i == 0 ? "" : ", ").append(Json.string(d.wrt().get(i).name()));
                b.append("], \"label\": ").append(Json.string(d.label()))
                        .append(", \"expression\": ").append(Json.string(format.print(d.result())));
                if (point != null) b.append(", \"value\": ").append(Json.number(d.result().evalf(byName)));
                b.append('}');
            }
            out.println(b.append("]}"));
        } else {
            for (Derivative d : derivatives) {
                String text = point != null ? dev.nabla.symbolic.print.PythonFloat.repr(d.result().evalf(byName)) : format.print(d.result());
                out.println(d.label().isEmpty() ? text : d.label() + " = " + text);
            }
        }
        out.flush();
    }
}
