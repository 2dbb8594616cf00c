package dev.nabla.cli;

import dev.nabla.cli.graph.ComputationGraph;
import dev.nabla.cli.graph.Dot;
import dev.nabla.cli.graph.Graphviz;
import dev.nabla.cli.output.OutputFile;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code nabla graph EXPR --at … [-o FILE.dot|.svg|.png] [--json]}: the computation graph with values and adjoints. */
@Command(name = "graph", description = {
        "The computation graph of EXPR at a point: every distinct sub-expression once, with its forward value",
        "(data) and its adjoint df/dnode (grad) from one reverse-mode pass — the forward and backward pass, drawn.",
        "Without -o: the DOT text on standard output. -o FILE.dot writes it; -o FILE.svg or FILE.png renders it",
        "with Graphviz's 'dot' (which must be on the PATH). --json prints the nodes:",
        "{\"nodes\": [{\"id\": 0, \"label\": \"x\", \"kind\": \"input\", \"inputs\": [], \"value\": v, \"adjoint\": g}, ...]}."})
public final class GraphCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression.")
    String expression;

    @Option(names = "--at", required = true, paramLabel = "x=4,y=5", description = "A value for every variable of EXPR.")
    String at;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write FILE.dot, FILE.svg or FILE.png.")
    Path output;

    @Option(names = "--json", description = "Print the nodes as JSON.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String format = output == null ? null : OutputFile.extension(output);
        if (format != null && !format.equals("dot") && !format.equals("svg") && !format.equals("png")) {
            throw new IllegalArgumentException("graph: -o must end in .dot, .svg or .png, got '" + output + "'");
        }
        if (json && output != null) throw new IllegalArgumentException("graph: --json prints to standard output; leave out -o");
        Expr e = Inputs.expression(expression);
        Map<Symbol, Double> point = Inputs.point("graph", at);
        Inputs.checkVariables("graph", "--at", expression, e, point.keySet(), true);
        ComputationGraph g = ComputationGraph.of(e, point);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(g));
        } else {
            String dot = Dot.of(g, Inputs.abbreviate(expression) + " at " + Inputs.abbreviate(at));
            if (output == null) out.print(dot);
            else if (format.equals("dot")) OutputFile.write(output, o -> o.write(dot.getBytes(StandardCharsets.UTF_8)));
            else Graphviz.render(dot, format, output);
            if (output != null) out.println("wrote " + output + " (" + g.nodes().size() + " nodes)");
        }
        out.flush();
        return 0;
    }

    private static String json(ComputationGraph g) {
        StringBuilder b = new StringBuilder("{\"nodes\": [");
        for (ComputationGraph.Node n : g.nodes()) {
            b.append(n.id() == 0 ? "" : ", ").append("{\"id\": ").append(n.id()).append(", \"label\": ").append(Json.string(n.label()))
                    .append(", \"kind\": ").append(Json.string(n.kind())).append(", \"inputs\": [");
            for (int k = 0; k < n.inputs().size(); k++) b.append(k == 0 ? "" : ", ").append(n.inputs().get(k));
            b.append("], \"value\": ").append(Json.number(n.value())).append(", \"adjoint\": ").append(Json.number(n.adjoint())).append('}');
        }
        return b.append("]}").toString();
    }
}
