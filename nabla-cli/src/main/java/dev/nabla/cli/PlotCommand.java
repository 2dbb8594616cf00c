package dev.nabla.cli;

import dev.nabla.cli.chart.ChartFile;
import dev.nabla.cli.chart.FunctionChart;
import dev.nabla.symbolic.compile.CompiledFunction;
import dev.nabla.symbolic.compile.Compiler;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code nabla plot EXPR --wrt x --from A --to B [--order N] [--at y=…] [-o FILE.png|.svg]}: f and its derivatives. */
@Command(name = "plot", description = {
        "EXPR and its derivatives by one variable on one chart, drawn with XChart as PNG or SVG.",
        "The derivatives are symbolic (as 'nabla diff' prints them), evaluated at --points evenly spaced points",
        "of [--from, --to]. Other variables are held at their --at values."})
public final class PlotCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression.")
    String expression;

    @Option(names = "--wrt", paramLabel = "x", description = "The variable of the horizontal axis (default: the only variable).")
    String wrt;

    @Option(names = "--from", paramLabel = "A", defaultValue = "-5", description = "Left end (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", paramLabel = "B", defaultValue = "5", description = "Right end (default: ${DEFAULT-VALUE}).")
    String to;

    @Option(names = "--order", paramLabel = "N", defaultValue = "2", description = "Derivatives up to order N, 0 to " + MAX_ORDER + " (default: ${DEFAULT-VALUE}).")
    int order;

    @Option(names = "--points", paramLabel = "N", defaultValue = "400", description = "Sample points, 2 to " + MAX_POINTS + " (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--at", paramLabel = "y=1", description = "Values of the other variables.")
    String at;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "plot.png", description = "FILE.png or FILE.svg (default: ${DEFAULT-VALUE}).")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final int MAX_ORDER = 4;
    static final int MAX_POINTS = 100_000;

    @Override
    public Integer call() {
        ChartFile.checkExtension("plot", output);
        if (order < 0 || order > MAX_ORDER) throw new IllegalArgumentException("plot: --order must be from 0 to " + MAX_ORDER + ", got " + order);
        if (points < 2 || points > MAX_POINTS) throw new IllegalArgumentException("plot: --points must be from 2 to " + MAX_POINTS + ", got " + points);
        double a = Inputs.number("plot", "--from", from), b = Inputs.number("plot", "--to", to);
        if (!(a < b)) throw new IllegalArgumentException("plot: --from must be below --to, got [" + from + ", " + to + "]");

        Expr e = Inputs.expression(expression);
        Map<Symbol, Double> others = Inputs.point("plot", at);
        Symbol x = Inputs.axisVariable("plot", expression, e, wrt, others.keySet());
        if (others.containsKey(x)) throw new IllegalArgumentException("plot: '" + x.name() + "' is the --wrt variable; give it no --at value");
        Map<Symbol, Double> given = new java.util.LinkedHashMap<>(others);
        given.put(x, a);
        Inputs.checkVariables("plot", "--at", expression, e, given.keySet(), true);

        List<Symbol> vars = new ArrayList<>(given.keySet());
        int xi = vars.indexOf(x);
        double[] args = new double[vars.size()];
        for (int i = 0; i < args.length; i++) args[i] = given.get(vars.get(i));
        double[] xs = new double[points];
        for (int i = 0; i < points; i++) xs[i] = a + (b - a) * i / (points - 1);
        double[][] ys = new double[order + 1][points];
        List<String> names = new ArrayList<>();
        Expr d = e;
        for (int k = 0; k <= order; k++) {
            if (k > 0) d = d.diff(x).simplify();
            names.add(k == 0 ? "f" : k == 1 ? "df/d" + x.name() : "d^" + k + "f/d" + x.name() + "^" + k);
            CompiledFunction f = Compiler.compile(d, vars);
            for (int i = 0; i < points; i++) {
                args[xi] = xs[i];
                ys[k][i] = f.applyAsDouble(args);
            }
        }
        ChartFile.write(FunctionChart.of("f = " + Inputs.abbreviate(expression), x.name(), xs, names, ys), output);
        spec.commandLine().getOut().println("wrote " + output + " (" + String.join(", ", names) + " on [" + from + ", " + to + "])");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
