/** Simplification (bounded cost, never expands) and explicit expansion. */
package dev.nabla.symbolic.simplify;
