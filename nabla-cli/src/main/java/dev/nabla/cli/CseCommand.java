package dev.nabla.cli;

import dev.nabla.symbolic.cse.Assignment;
import dev.nabla.symbolic.cse.Cse;
import dev.nabla.symbolic.cse.CseResult;
import dev.nabla.symbolic.expr.Expr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code nabla cse "E1; E2; …"}: common subexpression elimination, in the shape of SymPy's {@code cse}. */
@Command(name = "cse", description = {
        "Common subexpression elimination of the expressions (separated by ';'), as SymPy's cse:",
        "the replacements x0 = ..., x1 = ..., in evaluation order, then the reduced expressions.",
        "--format sympy prints SymPy's return value: ([(x0, ...), (x1, ...)], [reduced, ...]).",
        "--json prints {\"replacements\": [[\"x0\", \"...\"], ...], \"reduced\": [\"...\", ...]}."})
public final class CseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "\"E1; E2; ...\"", description = "The expressions, separated by ';'.")
    String expressions;

    @Option(names = "--format", paramLabel = "F", defaultValue = "plain",
            description = "plain (lines x0 = ...), sympy (SymPy's tuple), latex or java (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Expr> es = Inputs.expressions("cse", expressions);
        CseResult r = Cse.cse(es);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            StringBuilder b = new StringBuilder("{\"replacements\": [");
            for (int i = 0; i < r.assignments().size(); i++) {
                Assignment a = r.assignments().get(i);
                b.append(i == 0 ? "" : ", ").append('[').append(Json.string(a.symbol().name())).append(", ")
                        .append(Json.string(format.print(a.value()))).append(']');
            }
            b.append("], \"reduced\": [");
            for (int i = 0; i < r.reduced().size(); i++) b.append(i == 0 ? "" : ", ").append(Json.string(format.print(r.reduced().get(i))));
            out.println(b.append("]}"));
        } else if (format == OutputFormat.SYMPY) {
            StringBuilder b = new StringBuilder("([");
            for (int i = 0; i < r.assignments().size(); i++) {
                Assignment a = r.assignments().get(i);
                b.append(i == 0 ? "" : ", ").append('(').append(a.symbol().name()).append(", ").append(format.print(a.value())).append(')');
            }
            b.append("], [");
            for (int i = 0; i < r.reduced().size(); i++) b.append(i == 0 ? "" : ", ").append(format.print(r.reduced().get(i)));
            out.println(b.append("])"));
        } else {
            for (Assignment a : r.assignments()) out.println(a.symbol().name() + " = " + format.print(a.value()));
            for (int i = 0; i < r.reduced().size(); i++) {
                out.println((r.reduced().size() == 1 ? "result" : "result " + (i + 1)) + " = " + format.print(r.reduced().get(i)));
            }
        }
        out.flush();
        return 0;
    }
}
