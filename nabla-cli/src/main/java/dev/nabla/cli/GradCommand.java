package dev.nabla.cli;

import dev.nabla.symbolic.print.PythonFloat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code nabla grad EXPR --at x=4,y=5 [--method M] [--json]}: the gradient at a point by any method. */
@Command(name = "grad", description = {
        "The value and gradient of EXPR at a point, by any method (see 'nabla methods').",
        "The variables are those of --at, in that order. --json prints one object:",
        "{\"value\": v, \"gradient\": {\"x\": dx, ...}}; numbers in full precision, NaN and infinities as null."})
public final class GradCommand implements Callable<Integer> {
    @Mixin
    PointOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PointProblem p = options.problem("grad");
        double value = p.value();
        double[] g = p.method().gradient(p.function(), p.point());
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            StringBuilder b = new StringBuilder("{\"value\": ").append(Json.number(value)).append(", \"gradient\": {");
            for (int i = 0; i < g.length; i++) {
                b.append(i == 0 ? "" : ", ").append(Json.string(p.variables().get(i).name())).append(": ").append(Json.number(g[i]));
            }
            out.println(b.append("}}"));
        } else {
            out.println("f = " + PythonFloat.repr(value));
            for (int i = 0; i < g.length; i++) out.println("df/d" + p.variables().get(i).name() + " = " + PythonFloat.repr(g[i]));
        }
        out.flush();
        return 0;
    }
}
