package dev.nabla.core.function;

import dev.nabla.core.algebra.Num;

/** A function {@code f: ℝⁿ → ℝᵐ} written once on the algebra. */
@FunctionalInterface
public interface VectorFunction {
    /** {@code f(x)}, {@code m} values. */
    Num[] apply(Num... x);
}
