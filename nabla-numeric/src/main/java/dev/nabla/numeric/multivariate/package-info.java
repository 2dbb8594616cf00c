/**
 * Derivatives of functions of several variables from any {@link dev.nabla.numeric.DifferenceScheme}: gradient,
 * Jacobian, Hessian (diagonal by second-derivative stencils, mixed partials by product stencils) and
 * directional derivative, each component with its own estimate; optionally evaluated in parallel over the
 * coordinates for expensive functions.
 */
package dev.nabla.numeric.multivariate;
