/**
 * Finite differences at one step: forward, backward and central of any order and accuracy, or a stencil on
 * any offsets, with the optimal step, one-sided stencils near the bounds, and an error estimate from the
 * evaluations already made.
 */
package dev.nabla.numeric.difference;
