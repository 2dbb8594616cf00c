package dev.nabla.tensor.functional;

import dev.nabla.tensor.Tensor;

/** A function of several tensors with one tensor result, written as a lambda: {@code x -> x[0].mul(x[1]).sum()}. */
@FunctionalInterface
public interface TensorFunction {
    /** The result for {@code inputs}. */
    Tensor apply(Tensor... inputs);
}
