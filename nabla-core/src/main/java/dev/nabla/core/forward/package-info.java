/**
 * Forward mode: dual numbers with one tangent ({@link dev.nabla.core.forward.Dual}), with a vector
 * of tangents ({@link dev.nabla.core.forward.DualVector}), and tagged for nesting
 * ({@link dev.nabla.core.forward.TaggedDual}); {@link dev.nabla.core.forward.Forward} drives them.
 */
package dev.nabla.core.forward;
