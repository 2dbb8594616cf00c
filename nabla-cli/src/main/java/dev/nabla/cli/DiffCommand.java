package dev.nabla.cli;

import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code nabla diff EXPR [--wrt x,y] [--order N] [--format F]}: simplified derivatives, one per line. */
@Command(name = "diff", description = {
        "Symbolic derivative(s) of EXPR, simplified, one line per variable.",
        "Without --wrt: every variable of EXPR in sorted order."})
public final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression, e.g. \"x^2*sin(x)\".")
    String expression;

    @Option(names = "--wrt", paramLabel = "x,y", description = "The variables to differentiate by, comma-separated.")
    String wrt;

    @Option(names = "--order", paramLabel = "N", defaultValue = "1", description = "The order of each derivative (default: ${DEFAULT-VALUE}).")
    int order;

    @Option(names = "--format", paramLabel = "F", defaultValue = "plain",
            description = "plain, sympy (readable by sympify), latex or java (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (order < 0) throw new IllegalArgumentException("diff: --order must be at least 0, got " + order);
        Expr e = Inputs.expression(expression);
        List<Symbol> vars;
        if (wrt != null) {
            vars = Inputs.variables("diff", "--wrt", wrt);
            Inputs.checkVariables("diff", "--wrt", e, new LinkedHashSet<>(vars), false);
        } else {
            vars = new ArrayList<>(e.freeSymbols());
            if (vars.isEmpty()) throw new IllegalArgumentException("diff: '" + expression + "' has no variables to differentiate by");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Symbol v : vars) out.println(format.print(e.diff(v, order).simplify()));
        out.flush();
        return 0;
    }
}
