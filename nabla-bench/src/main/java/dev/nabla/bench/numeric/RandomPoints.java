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
import java.util.Random;

/** How reliable the error estimates are: well-conditioned composites at random points in [-5, 5] (and 0). */
final class RandomPoints {
    private RandomPoints() {}

    private static final int POINTS = 5000;
    private static final List<UnivariateFunction> FUNCTIONS = List.of(
            t -> t.pow(3).add(t.mul(4)).mul(t.sin()),
            t -> t.exp().div(t.mul(t).add(1)),
            t -> t.atan().mul(t.cosh()),
            t -> t.mul(t).add(2).sqrt().mul(t.tanh()),
            t -> t.sin().mul(t.cos()).add(t.mul(0.3).exp()));

    /** Prints, per scheme, how often the estimate is below the actual error and by how much at worst. */
    static void print() {
        List<DifferenceScheme> schemes = List.of(FiniteDifference.central(), FiniteDifference.central().accuracy(2),
                FiniteDifference.forward(), Richardson.central());
        System.out.println("| scheme | estimate < actual error | worst actual / estimate | median estimate / actual | worst error / max(1, abs(f')) |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (DifferenceScheme s : schemes) {
            Random random = new Random(1);
            int under = 0;
            double worstRatio = 0, worstError = 0;
            double[] overestimate = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                UnivariateFunction f = FUNCTIONS.get(i % FUNCTIONS.size());
                double x = i % 50 == 0 ? 0 : -5 + 10 * random.nextDouble();
                double exact = Forward.derivative(f, x);
                Estimate e = s.derivative(f, x);
                double err = Math.abs(e.value() - exact);
                overestimate[i] = e.error() / Math.max(err, Double.MIN_NORMAL);
                if (err > e.error()) {
                    under++;
                    worstRatio = Math.max(worstRatio, err / e.error());
                }
                worstError = Math.max(worstError, err / Math.max(1, Math.abs(exact)));
            }
            Arrays.sort(overestimate);
            System.out.printf(Locale.ROOT, "| %s | %.1f%% | %.1f | %.0f | %.1e |%n", s, 100.0 * under / POINTS, worstRatio,
                    overestimate[POINTS / 2], worstError);
        }
    }
}
