/**
 * Reverse mode on scalars: the {@link dev.nabla.core.reverse.Tape} (a Wengert list in primitive
 * arrays: recording and the first-order backward sweep), its values {@link dev.nabla.core.reverse.TapeVar},
 * the second-order sweep {@link dev.nabla.core.reverse.SecondOrderSweep} (Hessian–vector products, forward over
 * reverse), and {@link dev.nabla.core.reverse.Reverse}, which records a function and sweeps back for gradients,
 * vector–Jacobian products and Hessians. Every sweep follows the zero rule of
 * {@link dev.nabla.core.rules.StrongZero}.
 */
package dev.nabla.core.reverse;
