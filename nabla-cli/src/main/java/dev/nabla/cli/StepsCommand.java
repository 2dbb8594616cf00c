package dev.nabla.cli;

import dev.nabla.cli.chart.ChartFile;
import dev.nabla.cli.chart.StepErrorChart;
import dev.nabla.cli.precise.SignificantDigits;
import dev.nabla.numeric.DifferenceScheme;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.richardson.Richardson;
import dev.nabla.numeric.step.StepRule;
import dev.nabla.symbolic.compile.CompiledFunction;
import dev.nabla.symbolic.compile.Compiler;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.print.PythonFloat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/** {@code nabla steps EXPR --at x=… [--wrt x] [-o FILE.png|.svg] [--json]}: difference error against the step. */
@Command(name = "steps", description = {
        "The error of the forward difference (f(x+h) - f(x))/h, the central difference (f(x+h) - f(x-h))/(2h) and",
        "Richardson's extrapolation of central differences at h and h/2, against the step h from 1e-16 to 1,",
        "log-log: truncation error falls with h, round-off error grows as h shrinks. The step each scheme",
        "chooses by itself is marked (nabla-numeric's optimal step; for Richardson, the finest useful step of its",
        "default 8-step sequence).",
        "The exact derivative is the symbolic one, evaluated in arbitrary precision. Writes the chart",
        "(-o, default steps.png) and prints each scheme's chosen step, its error and the best step seen;",
        "--json prints the whole table instead of drawing."})
public final class StepsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression.")
    String expression;

    @Option(names = "--at", required = true, paramLabel = "x=1", description = "The point (a value for every variable).")
    String at;

    @Option(names = "--wrt", paramLabel = "x", description = "The variable to differentiate by (default: the only one).")
    String wrt;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "steps.png", description = "FILE.png or FILE.svg (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--json", description = "Print the table as JSON; draw nothing.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Steps per decade, from 1e-16 to 1. */
    static final int PER_DECADE = 4;

    /** The three schemes at a given step. */
    static final List<Scheme> SCHEMES = List.of(
            new Scheme("forward", h -> FiniteDifference.forward().accuracy(1).step(StepRule.absolute(h)),
                    "forward", FiniteDifference.forward().accuracy(1)),
            new Scheme("central", h -> FiniteDifference.central().accuracy(2).step(StepRule.absolute(h)),
                    "central", FiniteDifference.central().accuracy(2)),
            new Scheme("richardson (h, h/2)", h -> Richardson.central().steps(2).initialStep(StepRule.absolute(h)),
                    "richardson (8 steps)", Richardson.central()));

    /**
     * A difference scheme at a fixed step, and as it chooses its own step.
     *
     * @param name    the name shown
     * @param atStep      the scheme with step {@code h}
     * @param chooserName the name of the scheme that chooses its own step
     * @param chooser     the scheme with its default step choice (Richardson's default takes 8 steps)
     */
    record Scheme(String name, Function<Double, DifferenceScheme> atStep, String chooserName, DifferenceScheme chooser) {}

    @Override
    public Integer call() {
        if (!json) ChartFile.checkExtension("steps", output);
        Expr e = Inputs.expression(expression);
        Map<Symbol, Expr> exactPoint = Inputs.pointExpressions("steps", at);
        Inputs.checkVariables("steps", "--at", expression, e, exactPoint.keySet(), true);
        Symbol x = Inputs.axisVariable("steps", expression, e, wrt, java.util.Set.of());
        if (!exactPoint.containsKey(x)) throw new IllegalArgumentException("steps: --at gives no value for '" + x.name() + "'");
        List<Symbol> vars = new ArrayList<>(exactPoint.keySet());
        double[] args = new double[vars.size()];
        for (int i = 0; i < args.length; i++) args[i] = exactPoint.get(vars.get(i)).evalf();
        int xi = vars.indexOf(x);
        double x0 = args[xi];

        double exact;
        try {
            SignificantDigits.Result r = SignificantDigits.of(e.diff(x), exactPoint, 20);
            exact = r.zero() ? 0 : r.value().doubleValue();
        } catch (ArithmeticException notReal) {
            throw new IllegalArgumentException("steps: the derivative at the point is not a real number (" + notReal.getMessage() + ")", notReal);
        }
        CompiledFunction compiled = Compiler.compile(e, vars);
        DoubleUnaryOperator f = t -> {
            double[] a = args.clone();
            a[xi] = t;
            return compiled.applyAsDouble(a);
        };

        double value = compiled.applyAsDouble(args);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("steps: " + Inputs.abbreviate(expression) + " is not finite at the point (value " + PythonFloat.repr(value) + ")");
        }
        int n = 16 * PER_DECADE + 1;
        double[] steps = new double[n];
        for (int i = 0; i < n; i++) steps[i] = Math.pow(10, -16 + (double) i / PER_DECADE);
        List<StepErrorChart.Curve> curves = new ArrayList<>();
        for (Scheme s : SCHEMES) {
            double[] errors = new double[n];
            for (int i = 0; i < n; i++) errors[i] = Math.abs(s.atStep().apply(steps[i]).differentiate(f, x0, 1).value() - exact);
            Estimate chosen = s.chooser().differentiate(f, x0, 1);
            curves.add(new StepErrorChart.Curve(s.name(), steps, errors, chosen.step(), Math.abs(chosen.value() - exact), s.chooserName()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(x, exact, steps, curves));
        } else {
            String title = "d/d" + x.name() + " of " + Inputs.abbreviate(expression) + " at " + Inputs.abbreviate(at) + ": error against the step";
            ChartFile.write(StepErrorChart.of(title, curves), output);
            out.println("d/d" + x.name() + " = " + PythonFloat.repr(exact) + " (exact)");
            out.println(String.format("%-20s %12s %12s %12s %12s", "scheme", "chosen h", "its error", "best h", "best error"));
            for (StepErrorChart.Curve c : curves) {
                int best = best(c.errors());
                out.println(String.format("%-20s %12.3g %12.3g %12.3g %12.3g", c.name(), c.chosenStep(), c.chosenError(), steps[best], c.errors()[best]));
            }
            out.println("wrote " + output);
        }
        out.flush();
        return 0;
    }

    private static int best(double[] errors) {
        int best = 0;
        for (int i = 1; i < errors.length; i++) if (errors[i] < errors[best] || Double.isNaN(errors[best])) best = i;
        return best;
    }

    private static String json(Symbol x, double exact, double[] steps, List<StepErrorChart.Curve> curves) {
        StringBuilder b = new StringBuilder("{\"variable\": ").append(Json.string(x.name()))
                .append(", \"exact\": ").append(Json.number(exact)).append(", \"steps\": ").append(Json.array(steps)).append(", \"schemes\": [");
        for (int k = 0; k < curves.size(); k++) {
            StepErrorChart.Curve c = curves.get(k);
            b.append(k == 0 ? "" : ", ").append("{\"name\": ").append(Json.string(c.name()))
                    .append(", \"errors\": ").append(Json.array(c.errors()))
                    .append(", \"chosen_step\": ").append(Json.number(c.chosenStep()))
                    .append(", \"chosen_error\": ").append(Json.number(c.chosenError())).append('}');
        }
        return b.append("]}").toString();
    }
}
