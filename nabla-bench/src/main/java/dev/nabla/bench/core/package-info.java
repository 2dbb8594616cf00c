/**
 * JMH benchmarks of Nabla's core gradients: the test function
 * {@code f(x) = Σᵢ sin(xᵢ)·exp(xᵢ₊₁)·log(1 + xᵢ₊₂²)} evaluated on plain doubles and on
 * {@link dev.nabla.core.algebra.Real}, differentiated by Nabla's reverse and forward modes, and by
 * Hipparchus' {@code Gradient} and {@code DerivativeStructure} as the peer.
 * {@link dev.nabla.bench.core.CoreReport} runs them and prints the table with the ratios.
 */
package dev.nabla.bench.core;
