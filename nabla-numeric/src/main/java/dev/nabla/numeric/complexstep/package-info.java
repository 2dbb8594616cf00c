/**
 * Complex-step differentiation, {@code f'(x) = Im f(x + ih) / h}: no difference of nearly equal numbers, so
 * {@code h = 1e-20} is possible and the result is exact to rounding. It interprets the user's function on
 * {@link dev.nabla.core.complex.Complex} numbers, so the function must be written on the algebra.
 */
package dev.nabla.numeric.complexstep;
