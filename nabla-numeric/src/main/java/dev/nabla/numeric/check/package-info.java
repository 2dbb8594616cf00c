/**
 * Gradient checking: a user's analytic or automatic gradient compared, component by component, with a
 * finite-difference reference, with tolerances set from the floating-point precision and the reference's own
 * error estimate — what {@code torch.autograd.gradcheck} does, but reporting which component failed and by how much.
 */
package dev.nabla.numeric.check;
