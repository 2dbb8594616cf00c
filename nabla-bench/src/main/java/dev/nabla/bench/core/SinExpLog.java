package dev.nabla.bench.core;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import org.hipparchus.CalculusFieldElement;

/**
 * The benchmark function {@code f(x) = Σᵢ sin(xᵢ)·exp(xᵢ₊₁)·log(1 + xᵢ₊₂²)}, {@code i = 0 … n-3},
 * written three times: by hand on {@code double[]} (the baseline), once as a Nabla lambda (which
 * every Nabla backend interprets), and once on Hipparchus' field elements (which serves both
 * {@code Gradient} and {@code DerivativeStructure}). All three perform the same operations in the
 * same order.
 */
public final class SinExpLog {
    private SinExpLog() {}

    /** {@code f} as a Nabla user writes it: one lambda for {@code Real}, forward and reverse mode. */
    public static final ScalarFunction NABLA = x -> {
        Num sum = x[0].constant(0);
        for (int i = 0; i + 2 < x.length; i++) {
            sum = sum.add(x[i].sin().mul(x[i + 1].exp()).mul(x[i + 2].square().add(1).log()));
        }
        return sum;
    };

    /** {@code f(x)} on plain doubles. */
    public static double value(double[] x) {
        double sum = 0;
        for (int i = 0; i + 2 < x.length; i++) {
            double square = x[i + 2] * x[i + 2];
            sum += Math.sin(x[i]) * Math.exp(x[i + 1]) * Math.log(square + 1);
        }
        return sum;
    }

    /** {@code f(x)} on a Hipparchus field ({@code Gradient}, {@code DerivativeStructure}, …). */
    public static <T extends CalculusFieldElement<T>> T value(T[] x) {
        T sum = x[0].newInstance(0);
        for (int i = 0; i + 2 < x.length; i++) {
            sum = sum.add(x[i].sin().multiply(x[i + 1].exp()).multiply(x[i + 2].square().add(1).log()));
        }
        return sum;
    }
}
