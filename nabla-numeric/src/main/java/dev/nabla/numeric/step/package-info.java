/**
 * Step selection: the asymptotically optimal step of each stencil ({@link dev.nabla.numeric.step.StepRule}),
 * a user's absolute or relative step overriding it, and the bounds of the domain that make a one-sided
 * stencil necessary ({@link dev.nabla.numeric.step.Bounds}).
 */
package dev.nabla.numeric.step;
