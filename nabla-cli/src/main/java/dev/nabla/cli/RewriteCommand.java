package dev.nabla.cli;

import dev.nabla.symbolic.expr.Expr;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/**
 * What {@code simplify} and {@code expand} share: expressions separated by {@code ;}, each rewritten
 * and printed on its own line in the chosen format, or as {@code {"expressions": [...]}}.
 */
abstract class RewriteCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression (several separated by ';').")
    String expressions;

    @Option(names = "--format", paramLabel = "F", defaultValue = "plain",
            description = "plain, sympy (readable by sympify), latex or java (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--json", description = "Print {\"expressions\": [\"...\", ...]}.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final String name;
    private final UnaryOperator<Expr> rewrite;

    RewriteCommand(String name, UnaryOperator<Expr> rewrite) {
        this.name = name;
        this.rewrite = rewrite;
    }

    @Override
    public Integer call() {
        List<Expr> es = Inputs.expressions(name, expressions);
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder b = new StringBuilder("{\"expressions\": [");
        for (int i = 0; i < es.size(); i++) {
            String text = format.print(rewrite.apply(es.get(i)));
            if (json) b.append(i == 0 ? "" : ", ").append(Json.string(text));
            else out.println(text);
        }
        if (json) out.println(b.append("]}"));
        out.flush();
        return 0;
    }
}
