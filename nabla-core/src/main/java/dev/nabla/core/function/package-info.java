/** The shapes of user functions: ℝ → ℝ, ℝⁿ → ℝ and ℝⁿ → ℝᵐ, each a plain lambda over the algebra. */
package dev.nabla.core.function;
