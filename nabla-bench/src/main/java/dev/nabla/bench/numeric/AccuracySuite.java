package dev.nabla.bench.numeric;

import dev.nabla.core.forward.Forward;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.richardson.Richardson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The accuracy suite: every {@link SuiteCase} by every {@link Contender}, relative errors against the exact
 * derivative from forward mode, printed as a Markdown table. Run with
 *
 * <pre>{@code
 * mvn -q -B -pl nabla-bench -am package -DskipTests
 * java -cp "nabla-core/target/classes:nabla-numeric/target/classes:nabla-bench/target/classes:\
 * $HOME/.m2/repository/org/hipparchus/hipparchus-core/3.1/hipparchus-core-3.1.jar" dev.nabla.bench.numeric.AccuracySuite
 * }</pre>
 *
 * Add the argument {@code --cases} to list each case's errors and error estimates as well.
 */
public final class AccuracySuite {
    private AccuracySuite() {}

    /** One contender's errors over the cases. */
    private record Row(Contender contender, double[] errors, double[] errorsAtOne, double evaluations, double honest) {}

    public static void main(String[] args) {
        List<SuiteCase> cases = SuiteCase.all();
        List<Contender> contenders = List.of(
                Contender.of("nabla central (default: accuracy 4)", FiniteDifference.central()),
                Contender.of("nabla central, accuracy 2", FiniteDifference.central().accuracy(2)),
                Contender.of("nabla central, accuracy 6", FiniteDifference.central().accuracy(6)),
                Contender.of("nabla forward-difference (accuracy 2)", FiniteDifference.forward()),
                Contender.of("nabla backward-difference (accuracy 2)", FiniteDifference.backward()),
                Contender.of("nabla richardson (default)", Richardson.central()),
                Contender.complexStep(),
                Contender.hipparchus(5, 0.01),
                Contender.hipparchus(2, 1e-8),
                Contender.hipparchus(3, 1e-5),
                Contender.hipparchusFromBelow(3, 1e-5),
                Contender.hipparchus(4, 1e-3),
                Contender.hipparchus(4, 1e-2),
                Contender.hipparchus(16, 0.1),
                Contender.hipparchus(16, 0.01));
        boolean listCases = Arrays.asList(args).contains("--cases");
        List<Row> rows = new ArrayList<>();
        for (Contender m : contenders) rows.add(run(m, cases, listCases));
        System.out.printf(Locale.ROOT, "%d cases (%d at x = 1); relative error |estimate - exact| / |exact|, exact by forward mode.%n%n",
                cases.size(), cases.stream().filter(SuiteCase::atOne).count());
        System.out.println("| method | evaluations | median rel. error | worst rel. error | NaN results | median at x = 1 | worst at x = 1 | error estimate ≥ actual |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1e | %.1e | %d | %.1e | %.1e | %s |%n", r.contender.name(), r.evaluations,
                    median(r.errors), max(r.errors), nanCount(r.errors), median(r.errorsAtOne), max(r.errorsAtOne),
                    Double.isNaN(r.honest) ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * r.honest));
        }
        System.out.printf(Locale.ROOT, "%nHigher derivatives, same cases (exact by nested forward mode; cases with a zero derivative skipped):%n%n");
        HigherOrders.print(cases);
        System.out.printf(Locale.ROOT, "%nError estimates at 5000 random points of five composite functions:%n%n");
        RandomPoints.print();
    }

    private static Row run(Contender m, List<SuiteCase> cases, boolean listCases) {
        double[] errors = new double[cases.size()];
        List<Double> atOne = new ArrayList<>();
        double evaluations = 0, honest = 0;
        for (int i = 0; i < cases.size(); i++) {
            SuiteCase c = cases.get(i);
            double exact = Forward.derivative(c.f(), c.x());
            Estimate e = m.estimate().apply(c);
            double err = Math.abs(e.value() - exact) / Math.abs(exact);
            errors[i] = Double.isNaN(err) ? Double.POSITIVE_INFINITY : err;
            if (c.atOne()) atOne.add(errors[i]);
            evaluations += e.evaluations();
            if (e.error() >= Math.abs(e.value() - exact)) honest++;
            if (listCases) {
                System.out.printf(Locale.ROOT, "%-40s %-45s %.3e  (estimate %.2e, %d evaluations)%n", m.name(), c, err,
                        e.error(), e.evaluations());
            }
        }
        boolean hasEstimate = !m.name().startsWith("hipparchus");
        return new Row(m, errors, atOne.stream().mapToDouble(Double::doubleValue).toArray(),
                evaluations / cases.size(), hasEstimate ? honest / cases.size() : Double.NaN);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** The largest finite error (NaN results are counted apart, and sort as the worst in the median). */
    private static double max(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).max().orElse(Double.NaN);
    }

    private static long nanCount(double[] v) {
        return Arrays.stream(v).filter(e -> !Double.isFinite(e)).count();
    }
}
