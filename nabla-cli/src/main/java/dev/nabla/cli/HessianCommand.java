package dev.nabla.cli;

import dev.nabla.symbolic.print.PythonFloat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code nabla hessian EXPR --at x=4,y=5 [--method M] [--json]}: the Hessian at a point by any method. */
@Command(name = "hessian", description = {
        "The Hessian of EXPR at a point, by any method (see 'nabla methods').",
        "The variables are those of --at, in that order. --json prints one object:",
        "{\"variables\": [\"x\", ...], \"hessian\": [[...], ...]}; NaN and infinities as null."})
public final class HessianCommand implements Callable<Integer> {
    @Mixin
    PointOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PointProblem p = options.problem("hessian");
        double[][] h = p.method().hessian(p.function(), p.point());
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            StringBuilder b = new StringBuilder("{\"variables\": [");
            for (int i = 0; i < h.length; i++) b.append(i == 0 ? "" : ", ").append(Json.string(p.variables().get(i).name()));
            b.append("], \"hessian\": [");
            for (int i = 0; i < h.length; i++) b.append(i == 0 ? "" : ", ").append(Json.array(h[i]));
            out.println(b.append("]}"));
        } else {
            out.println("variables: " + Inputs.names(p.variables()));
            for (double[] row : h) {
                StringBuilder b = new StringBuilder();
                for (int j = 0; j < row.length; j++) b.append(j == 0 ? "" : "  ").append(PythonFloat.repr(row[j]));
                out.println(b);
            }
        }
        out.flush();
        return 0;
    }
}
