package dev.nabla.core.function;

import dev.nabla.core.algebra.Num;

/**
 * A function {@code f: ℝⁿ → ℝ} written once on the algebra, e.g.
 * {@code x -> x[0].mul(x[1]).sin()}; every method of differentiation interprets it.
 */
@FunctionalInterface
public interface ScalarFunction {
    /** {@code f(x)}. */
    Num apply(Num... x);
}
