package dev.nabla.cli;

import dev.nabla.cli.precise.SignificantDigits;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.symbolic.compile.Compiler;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.print.PythonFloat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code nabla compare EXPR --at … [--methods a,b] [--json]}: the seeds' lesson for any expression — the
 * gradient by every method of the registry, each one's error against the exact gradient (the symbolic
 * partials evaluated to 20 significant digits), the function evaluations it used and its time per gradient.
 */
@Command(name = "compare", description = {
        "The gradient of EXPR at a point by every method (see 'nabla methods'), side by side with the exact",
        "gradient (the symbolic partials evaluated in arbitrary precision, correctly rounded to doubles):",
        "each method's largest relative error, the evaluations of EXPR it used per gradient, and its time per",
        "gradient (the mean over repeated calls for --time ms, after as long a warm-up).",
        "--json prints {\"variables\": [...], \"exact\": {...}, \"methods\": [{\"name\": ..., \"gradient\": {...},",
        "\"max_relative_error\": e, \"evaluations\": n, \"seconds_per_gradient\": t}, ...]}."})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression.")
    String expression;

    @Option(names = "--at", required = true, paramLabel = "x=4,y=5", description = "A value for every variable of EXPR.")
    String at;

    @Option(names = "--methods", paramLabel = "a,b", description = "Only these methods (default: all).")
    String methods;

    @Option(names = "--time", paramLabel = "MS", defaultValue = "100",
            description = "Milliseconds of warm-up, then as many of timing, per method, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int timeMillis;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;


    /** One method's result: the gradient, or the message of the exception it threw. */
    record Row(String name, double[] gradient, double maxRelativeError, long evaluations, double secondsPerGradient, String error) {}

    @Override
    public Integer call() {
        Expr e = Inputs.expression(expression);
        Map<Symbol, Expr> exactPoint = Inputs.pointExpressions("compare", at);
        Inputs.checkVariables("compare", "--at", expression, e, exactPoint.keySet(), true);
        if (exactPoint.isEmpty()) throw new IllegalArgumentException("compare: --at names no variable");
        List<Symbol> vars = new ArrayList<>(exactPoint.keySet());
        double[] x = new double[vars.size()];
        for (int i = 0; i < x.length; i++) x[i] = exactPoint.get(vars.get(i)).evalf();
        List<Method> chosen = chosen();
        if (timeMillis < 1 || timeMillis > 10_000) throw new IllegalArgumentException("compare: --time must be from 1 to 10000 ms, got " + timeMillis);

        double[] exact = new double[vars.size()];
        for (int i = 0; i < exact.length; i++) exact[i] = exactPartial(e.diff(vars.get(i)), exactPoint);
        ScalarFunction f = Compiler.lambdify(e, vars);
        List<Row> rows = new ArrayList<>();
        for (Method m : chosen) rows.add(run(m, f, x, exact, timeMillis * 1_000_000L));
        print(vars, x, exact, rows);
        return 0;
    }

    private List<Method> chosen() {
        if (methods == null) return Methods.all();
        List<Method> out = new ArrayList<>();
        for (String name : methods.split(",", -1)) {
            Method m = Methods.named(name.trim());
            if (!out.contains(m)) out.add(m);
        }
        return out;
    }

    /** The partial to 20 digits, rounded to a double; NaN where it is not a real number. */
    private static double exactPartial(Expr partial, Map<Symbol, Expr> point) {
        try {
            SignificantDigits.Result r = SignificantDigits.of(partial, point, 20);
            return r.zero() ? 0.0 : r.value().doubleValue();
        } catch (ArithmeticException notReal) {
            return Double.NaN;
        }
    }

    private static Row run(Method m, ScalarFunction f, double[] x, double[] exact, long nanos) {
        long[] calls = {0};
        ScalarFunction counted = v -> {
            calls[0]++;
            return f.apply(v);
        };
        try {
            double[] g = m.gradient(counted, x.clone());
            long evaluations = calls[0];
            time(m, f, x, nanos);
            double seconds = time(m, f, x, nanos);
            return new Row(m.name(), g, maxRelativeError(g, exact), evaluations, seconds, null);
        } catch (RuntimeException ex) {
            String message = NablaCommand.userMessage(ex);
            return new Row(m.name(), null, Double.NaN, calls[0], Double.NaN, message != null ? message : ex.toString());
        }
    }

    /** Seconds per gradient: the mean over as many calls as fit in {@code nanos} (at least 3). */
    private static double time(Method m, ScalarFunction f, double[] x, long nanos) {
        long start = System.nanoTime(), elapsed;
        int n = 0;
        do {
            m.gradient(f, x.clone());
            n++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos || n < 3);
        return elapsed * 1e-9 / n;
    }

    /** {@code max |gᵢ - eᵢ| / |eᵢ|}, with the absolute error where {@code eᵢ = 0}. */
    static double maxRelativeError(double[] g, double[] exact) {
        double worst = 0;
        for (int i = 0; i < g.length; i++) {
            if (Double.isNaN(exact[i])) return Double.NaN;
            double err = Math.abs(g[i] - exact[i]);
            if (exact[i] != 0) err /= Math.abs(exact[i]);
            if (Double.isNaN(err)) return Double.NaN;
            worst = Math.max(worst, err);
        }
        return worst;
    }

    private void print(List<Symbol> vars, double[] x, double[] exact, List<Row> rows) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            StringBuilder b = new StringBuilder("{\"expression\": ").append(Json.string(expression)).append(", \"variables\": [");
            for (int i = 0; i < vars.size(); i++) b.append(i == 0 ? "" : ", ").append(Json.string(vars.get(i).name()));
            b.append("], \"point\": ").append(object(vars, x)).append(", \"exact\": ").append(object(vars, exact)).append(", \"methods\": [");
            for (int k = 0; k < rows.size(); k++) {
                Row r = rows.get(k);
                b.append(k == 0 ? "" : ", ").append("{\"name\": ").append(Json.string(r.name()));
                if (r.error() != null) {
                    b.append(", \"error\": ").append(Json.string(r.error()));
                } else {
                    b.append(", \"gradient\": ").append(object(vars, r.gradient()))
                            .append(", \"max_relative_error\": ").append(Json.number(r.maxRelativeError()))
                            .append(", \"evaluations\": ").append(r.evaluations())
                            .append(", \"seconds_per_gradient\": ").append(Json.number(r.secondsPerGradient()));
                }
                b.append('}');
            }
            out.println(b.append("]}"));
            out.flush();
            return;
        }
        Map<String, String> at = new LinkedHashMap<>();
        for (int i = 0; i < vars.size(); i++) at.put(vars.get(i).name(), PythonFloat.repr(x[i]));
        out.println("Gradient of " + Inputs.abbreviate(expression) + " at " + at.toString().replace("{", "").replace("}", ""));
        out.println();
        StringBuilder header = new StringBuilder(String.format("%-20s", "method"));
        for (Symbol v : vars) header.append(String.format(" %23s", "d/d" + v.name()));
        header.append(String.format(" %13s %7s %14s", "max rel error", "evals", "time/gradient"));
        out.println(header);
        StringBuilder exactLine = new StringBuilder(String.format("%-20s", "exact"));
        for (double v : exact) exactLine.append(String.format(" %23s", PythonFloat.repr(v)));
        out.println(exactLine);
        for (Row r : rows) {
            StringBuilder line = new StringBuilder(String.format("%-20s", r.name()));
            if (r.error() != null) {
                out.println(line.append(" failed: ").append(r.error()));
                continue;
            }
            for (double v : r.gradient()) line.append(String.format(" %23s", PythonFloat.repr(v)));
            line.append(String.format(" %13s %7d %14s", String.format("%.1e", r.maxRelativeError()), r.evaluations(), duration(r.secondsPerGradient())));
            out.println(line);
        }
        out.flush();
    }

    private static String object(List<Symbol> vars, double[] values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < vars.size(); i++) b.append(i == 0 ? "" : ", ").append(Json.string(vars.get(i).name())).append(": ").append(Json.number(values[i]));
        return b.append('}').toString();
    }

    static String duration(double seconds) {
        if (seconds < 1e-6) return String.format("%.0f ns", seconds * 1e9);
        if (seconds < 1e-3) return String.format("%.1f us", seconds * 1e6);
        if (seconds < 1) return String.format("%.2f ms", seconds * 1e3);
        return String.format("%.2f s", seconds);
    }
}
