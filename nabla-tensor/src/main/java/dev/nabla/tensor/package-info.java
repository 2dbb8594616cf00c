/**
 * n-dimensional tensors with PyTorch's autograd semantics, in pure Java.
 *
 * <p>{@link dev.nabla.tensor.Tensor} is the entry point: creation (copying and sharing Java arrays),
 * views over a shared storage, broadcasting with PyTorch's type promotion, elementwise operations read
 * from the primitive table of {@code nabla-core}, reductions, matrix products, indexing and in-place
 * operations. {@link dev.nabla.tensor.Autograd} is the reverse-mode engine ({@code backward},
 * {@code grad}); {@link dev.nabla.tensor.GradMode} and {@link dev.nabla.tensor.AnomalyMode} are its
 * per-thread scopes; {@link dev.nabla.tensor.CustomFunction} adds a differentiable operation. The
 * derivatives of operations that are not primitives are one table, {@code Derivatives}.
 *
 * <p>Sub-packages: {@code print} (PyTorch's repr), {@code random} (NumPy's and PyTorch's generators),
 * {@code io} ({@code .npy} files), {@code functional} (jacobian, hessian, vjp, jvp, hvp, gradcheck),
 * {@code nn} (linear layers and losses), {@code optim} (SGD, Adam).
 */
package dev.nabla.tensor;
