package dev.nabla.cli;

import dev.nabla.core.Nabla;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * The seed notebook's example: the gradient of {@code f(x, y, z) = (x³ + 4x)·eʸ·sin z} at
 * {@code (4, 5, 1)} by every method, side by side with the closed form and each method's error.
 */
@Command(name = "demo", description = "The seed's gradient of (x^3 + 4x)*e^y*sin(z) at (4, 5, 1) by every method.")
public final class DemoCommand implements Callable<Integer> {

    /** The seed function, written once; every method interprets it. */
    static final ScalarFunction SEED = v -> v[0].pow(3).add(v[0].mul(4)).mul(v[1].exp()).mul(v[2].sin());

    static final double[] POINT = {4, 5, 1};

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return print(spec.commandLine().getOut());
    }

    /** The closed form {@code ((3x² + 4)eʸ sin z, (x³ + 4x)eʸ sin z, (x³ + 4x)eʸ cos z)}, the reference. */
    static double[] closedForm(double x, double y, double z) {
        double p = x * x * x + 4 * x;
        return new double[] {(3 * x * x + 4) * Math.exp(y) * Math.sin(z), p * Math.exp(y) * Math.sin(z), p * Math.exp(y) * Math.cos(z)};
    }

    int print(PrintWriter out) {
        double[] exact = closedForm(POINT[0], POINT[1], POINT[2]);
        out.println("Gradient of f(x, y, z) = (x^3 + 4x)*e^y*sin(z) at (x, y, z) = (4, 5, 1)");
        out.println();
        String row = "%-20s %22s %22s %22s %10s  %s%n";
        out.printf(row, "method", "df/dx", "df/dy", "df/dz", "max rel err", "how");
        out.printf(row, "closed form", fmt(exact[0]), fmt(exact[1]), fmt(exact[2]), "", "(3x^2+4)e^y sin z, (x^3+4x)e^y sin z, (x^3+4x)e^y cos z");
        for (Method m : Methods.all()) {
            double[] g = Nabla.gradient(SEED, POINT, m);
            out.printf(row, m.name(), fmt(g[0]), fmt(g[1]), fmt(g[2]), String.format("%.1e", maxRelativeError(g, exact)), m.description());
        }
        out.flush();
        return 0;
    }

    private static String fmt(double v) {
        return String.format("%.10f", v);
    }

    static double maxRelativeError(double[] g, double[] exact) {
        double worst = 0;
        for (int i = 0; i < g.length; i++) worst = Math.max(worst, Math.abs(g[i] - exact[i]) / Math.abs(exact[i]));
        return worst;
    }
}
