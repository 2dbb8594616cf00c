/**
 * The algebra: {@link dev.nabla.core.algebra.Num}, the interface every number-like backend
 * implements, and {@link dev.nabla.core.algebra.Real}, the plain-double backend.
 */
package dev.nabla.core.algebra;
