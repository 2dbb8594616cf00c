/**
 * n-dimensional tensors with PyTorch's autograd semantics, in pure Java: dtypes, views that share
 * storage, broadcasting, and a reverse-mode engine whose elementwise rules are read from the
 * primitive table of {@code nabla-core}.
 */
package dev.nabla.tensor;
