package dev.nabla.core.function;

import dev.nabla.core.algebra.Num;

/** A function {@code f: ℝ → ℝ} written once on the algebra, e.g. {@code x -> x.pow(2).add(x.mul(2)).mul(x.log())}. */
@FunctionalInterface
public interface UnivariateFunction {
    /** {@code f(x)}. */
    Num apply(Num x);
}
