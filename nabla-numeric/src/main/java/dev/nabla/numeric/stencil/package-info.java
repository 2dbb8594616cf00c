/**
 * Finite-difference stencils: the weights of {@code f⁽ᵏ⁾(x) ≈ Σ wⱼ f(x + oⱼh) / hᵏ} for any set of offsets
 * {@code oⱼ}, computed by Fornberg's algorithm ({@link dev.nabla.numeric.stencil.Fornberg}), with the
 * accuracy order and leading error constant each stencil really has ({@link dev.nabla.numeric.stencil.Stencil}),
 * and the evaluation of a stencil at one step ({@link dev.nabla.numeric.stencil.Sample}).
 */
package dev.nabla.numeric.stencil;
