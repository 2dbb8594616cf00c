package dev.nabla.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic test points strictly inside a primitive's domain. */
final class DomainSampler {
    private DomainSampler() {}

    static List<double[]> points(Primitive p, int count, long seed) {
        Random random = new Random(seed);
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double[] x = new double[p.arity()];
            for (int i = 0; i < x.length; i++) x[i] = inside(p.domain().intervals().get(i), random);
            points.add(x);
        }
        return points;
    }

    private static double inside(Domain.Interval interval, Random random) {
        double lo = interval.lower();
        double hi = interval.upper();
        double u = random.nextDouble();
        if (Double.isInfinite(lo) && Double.isInfinite(hi)) return -3 + 6 * u;
        if (Double.isInfinite(hi)) return lo + 0.05 + 4 * u;
        if (Double.isInfinite(lo)) return hi - 0.05 - 4 * u;
        double margin = 0.05 * (hi - lo);
        return lo + margin + (hi - lo - 2 * margin) * u;
    }
}
