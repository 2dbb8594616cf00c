/**
 * Printing exactly as PyTorch 1.13 and NumPy 1.24 print:
 * {@link dev.nabla.tensor.print.TensorFormatter} writes {@code repr(tensor)} with aligned columns,
 * the fixed/integer/scientific choice, summarisation with {@code ...}, and the {@code dtype=},
 * {@code requires_grad=} and {@code grad_fn=} suffixes wrapped where PyTorch wraps them, under
 * {@link dev.nabla.tensor.print.PrintOptions} ({@code torch.set_printoptions}) scoped per thread by
 * {@link dev.nabla.tensor.print.PrintScope}; {@link dev.nabla.tensor.print.NumpyFormatter} writes
 * {@code str} and {@code repr} of arrays as NumPy does. Both see a tensor only through
 * {@link dev.nabla.tensor.PrintableTensor}.
 */
package dev.nabla.tensor.print;
