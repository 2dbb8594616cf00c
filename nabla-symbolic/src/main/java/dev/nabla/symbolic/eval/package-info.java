/**
 * Evaluation: on doubles ({@code evalf}, reusable {@link dev.nabla.symbolic.eval.DoublePlan}s), in any
 * backend of the algebra ({@link dev.nabla.symbolic.eval.NumEvaluator}), and expressions as
 * {@code ScalarFunction}/{@code VectorFunction} for the other methods; Python-style number formatting.
 */
package dev.nabla.symbolic.eval;
