/**
 * Richardson extrapolation, numdifftools-style: a difference quotient at a geometric sequence of steps,
 * extrapolated to step 0 level by level, each extrapolated value with an error estimate, and the value with
 * the smallest estimated error returned.
 */
package dev.nabla.numeric.richardson;
