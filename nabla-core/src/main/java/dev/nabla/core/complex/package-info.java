/**
 * The complex-number backend of the algebra, {@link dev.nabla.core.complex.Complex}, which makes
 * complex-step differentiation work for any function written as a lambda over {@code Num}:
 * {@code f'(x) = Im f(x + ih) / h} with {@code h ≈ 1e-20}, exact to rounding because nothing is subtracted.
 *
 * <p>The rule table holds only double values and derivative rules, so the complex value of each primitive
 * lives here ({@link dev.nabla.core.complex.ComplexFunctions}), keyed by the table's primitives. The
 * functions are written to keep a tiny imaginary part accurate (no {@code log|z|} of a modulus that
 * rounds to 1, no difference of nearly equal numbers), which is what complex step needs.
 */
package dev.nabla.core.complex;
