package dev.nabla.cli;

import dev.nabla.symbolic.eval.Format;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.print.PythonFloat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code nabla eval EXPR --at x=4,y=5 [--digits N]}: SymPy's {@code evalf(subs={x: 4, y: 5})}. */
@Command(name = "eval", description = {
        "The value of EXPR at a point, as SymPy's evalf(subs=...).",
        "Printed in full precision (Python's repr), or with N decimals with --digits N (Python's \"{:.Nf}\")."})
public final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression.")
    String expression;

    @Option(names = "--at", paramLabel = "x=4,y=5", description = "A value for every variable of EXPR.")
    String at;

    @Option(names = "--digits", paramLabel = "N", description = "Decimals to print.")
    Integer digits;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Expr e = Inputs.expression(expression);
        Map<Symbol, Double> point = Inputs.point("eval", at);
        Inputs.checkVariables("eval", "--at", expression, e, point.keySet(), true);
        if (digits != null && digits < 0) throw new IllegalArgumentException("eval: --digits must be at least 0, got " + digits);
        Map<String, Double> byName = new LinkedHashMap<>();
        point.forEach((s, v) -> byName.put(s.name(), v));
        double v = e.evalf(byName);
        spec.commandLine().getOut().println(digits == null ? PythonFloat.repr(v) : Format.fixed(v, digits));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
