package dev.nabla.bench.numeric;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.numeric.DifferenceScheme;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.richardson.Richardson;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Derivatives of order 2 to 4 over the suite's cases, exact values by nested forward mode. */
final class HigherOrders {
    private HigherOrders() {}

    /** {@code f⁽ᵏ⁾(x)} by forward mode nested {@code k} times. */
    static double exact(UnivariateFunction f, double x, int k) {
        UnivariateFunction g = f;
        for (int i = 1; i < k; i++) {
            UnivariateFunction inner = g;
            g = t -> Forward.derivative(inner, t);
        }
        return Forward.derivative(g, x);
    }

    /** Prints a Markdown table: median and worst relative error per scheme and order. */
    static void print(List<SuiteCase> cases) {
        List<DifferenceScheme> schemes = List.of(FiniteDifference.central(), Richardson.central());
        List<String> names = List.of("nabla central (accuracy 4)", "nabla richardson");
        System.out.println("| method | order | evaluations | median rel. error | worst rel. error | error estimate ≥ actual |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int k = 2; k <= 4; k++) {
            for (int m = 0; m < schemes.size(); m++) {
                double[] errors = new double[cases.size()];
                int honest = 0, used = 0;
                double evaluations = 0;
                for (SuiteCase c : cases) {
                    double exact = exact(c.f(), c.x(), k);
                    if (exact == 0 || !Double.isFinite(exact)) continue;
                    Estimate e = schemes.get(m).derivative(c.f(), c.x(), k);
                    double err = Math.abs(e.value() - exact);
                    errors[used++] = Double.isNaN(err) ? Double.POSITIVE_INFINITY : err / Math.abs(exact);
                    if (e.error() >= err) honest++;
                    evaluations += e.evaluations();
                }
                double[] v = Arrays.copyOf(errors, used);
                Arrays.sort(v);
                System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.1e | %.1e | %.0f%% |%n", names.get(m), k, evaluations / used,
                        v[used / 2], v[used - 1], 100.0 * honest / used);
            }
        }
    }
}
