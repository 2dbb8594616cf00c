package dev.nabla.cli;

import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.symbolic.eval.ExprFunctions;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.print.PythonFloat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code nabla jacobian "E1; E2; …" --at x=1,y=2 [--method M] [--json]}: the Jacobian matrix at a point. */
@Command(name = "jacobian", description = {
        "The Jacobian J[i][j] = dEi/dxj of several expressions at a point, by any method (see 'nabla methods').",
        "The expressions are separated by ';'; the variables are those of --at, in that order. --json prints",
        "{\"variables\": [\"x\", ...], \"functions\": [\"E1\", ...], \"jacobian\": [[...], ...]}; NaN and infinities as null."})
public final class JacobianCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "\"E1; E2; ...\"", description = "The expressions, separated by ';'.")
    String expressions;

    @Option(names = "--at", required = true, paramLabel = "x=4,y=5", description = "A value for every variable.")
    String at;

    @Option(names = "--method", paramLabel = "M", defaultValue = "symbolic", description = "The method (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Expr> es = Inputs.expressions("jacobian", expressions);
        Map<Symbol, Double> values = Inputs.point("jacobian", at);
        for (Expr e : es) Inputs.checkVariables("jacobian", "--at", expressions, e, values.keySet(), true);
        Method m = Methods.named(method);
        List<Symbol> vars = new ArrayList<>(values.keySet());
        double[] x = new double[vars.size()];
        for (int i = 0; i < x.length; i++) x[i] = values.get(vars.get(i));
        double[][] jac = m.jacobian(ExprFunctions.vector(es, vars), x);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            StringBuilder b = new StringBuilder("{\"variables\": [");
            for (int j = 0; j < vars.size(); j++) b.append(j == 0 ? "" : ", ").append(Json.string(vars.get(j).name()));
            b.append("], \"functions\": [");
            for (int i = 0; i < es.size(); i++) b.append(i == 0 ? "" : ", ").append(Json.string(es.get(i).toString()));
            b.append("], \"jacobian\": [");
            for (int i = 0; i < jac.length; i++) b.append(i == 0 ? "" : ", ").append(Json.array(jac[i]));
            out.println(b.append("]}"));
        } else {
            out.println("variables: " + Inputs.names(vars));
            for (int i = 0; i < jac.length; i++) {
                StringBuilder b = new StringBuilder();
                for (int j = 0; j < jac[i].length; j++) b.append(j == 0 ? "" : "  ").append(PythonFloat.repr(jac[i][j]));
                out.println(b.append("    # d(").append(es.get(i)).append(")"));
            }
        }
        out.flush();
        return 0;
    }
}
