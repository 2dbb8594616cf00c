/**
 * Printing tensors exactly as PyTorch 1.13 prints them: {@code repr} strings with aligned columns,
 * the fixed/integer/scientific choice, summarisation with {@code ...}, and the {@code dtype=},
 * {@code requires_grad=} and {@code grad_fn=} suffixes wrapped where PyTorch wraps them.
 * The printer sees a tensor only through {@link dev.nabla.tensor.PrintableTensor}.
 */
package dev.nabla.tensor.print;
