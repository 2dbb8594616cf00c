/**
 * Numerical differentiation that is accurate by default. Every method returns an
 * {@link dev.nabla.numeric.Estimate} — the value, an error estimate, the number of function evaluations
 * and the step — so the user sees how far to trust the number. The methods share one interface,
 * {@link dev.nabla.numeric.DifferenceScheme}: finite differences of any order and accuracy
 * ({@code difference}), Richardson extrapolation ({@code richardson}); complex step ({@code complexstep})
 * needs the function written on the algebra. Gradients, Jacobians, Hessians and directional derivatives
 * are in {@code multivariate}, gradient checking in {@code check}, and the facade's methods in {@code method}.
 */
package dev.nabla.numeric;
