/**
 * NumPy's {@code .npy} file format, so arrays move between Python and Java: {@link dev.nabla.tensor.io.Npy}
 * reads and writes files into {@link dev.nabla.tensor.io.NpyArray}, a plain value (shape, dtype,
 * row-major primitive array) that the tensor class wraps.
 */
package dev.nabla.tensor.io;
