package dev.nabla.tensor;

/**
 * One row of the table of tensor derivatives ({@link Derivatives}): the name PyTorch gives the node and
 * the backward formula, written in tensor operations so that it can be differentiated again.
 *
 * @param name     the node's name, {@code SumBackward0}
 * @param backward the gradients of the inputs from the saved context and the output's gradient
 */
record Derivative(String name, Backward backward) {

    /** A backward formula. */
    @FunctionalInterface
    interface Backward {
        /** The gradient of each input ({@code null} where none is needed) given the output's gradient {@code g}. */
        Tensor[] apply(Saved s, Tensor g);
    }
}
