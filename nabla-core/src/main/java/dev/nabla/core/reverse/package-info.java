/**
 * Reverse mode on scalars: the {@link dev.nabla.core.reverse.Tape} (a Wengert list in primitive
 * arrays), its values {@link dev.nabla.core.reverse.TapeVar}, and {@link dev.nabla.core.reverse.Reverse},
 * which records a function and sweeps back for gradients, vector–Jacobian products and Hessians.
 */
package dev.nabla.core.reverse;
