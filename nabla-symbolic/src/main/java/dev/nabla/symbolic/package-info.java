/**
 * Symbolic mode: expressions ({@link dev.nabla.symbolic.expr}), parsing, differentiation by the
 * one rule table, simplification, CSE, printers and evaluation. {@link dev.nabla.symbolic.Symbolic}
 * holds the entry points; {@link dev.nabla.symbolic.expr.Expr} the SymPy-style methods.
 */
package dev.nabla.symbolic;
