/**
 * Derivatives of tensor functions as values, PyTorch's {@code torch.autograd.functional} and
 * {@code torch.autograd.gradcheck}: {@link dev.nabla.tensor.functional.Functional} (vjp, jvp, jacobian,
 * hessian, hvp) built on the autograd engine, and {@link dev.nabla.tensor.functional.GradCheck}, which
 * compares the engine's first and second derivatives with finite differences from {@code nabla-numeric}.
 */
package dev.nabla.tensor.functional;
