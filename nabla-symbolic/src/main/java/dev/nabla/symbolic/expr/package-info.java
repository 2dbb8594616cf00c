/**
 * Expressions: immutable, hash-consed nodes ({@link dev.nabla.symbolic.expr.Expr}) forming a DAG,
 * built by smart constructors that keep a canonical form.
 *
 * <h2>Numbers</h2>
 * An integer or a fraction in the input ({@code 3}, {@code 1/2}) is an exact
 * {@link dev.nabla.symbolic.expr.Rational} on {@code BigInteger}s and prints as {@code 1/2}; a decimal
 * literal ({@code 0.5}, {@code 1e-3}) is a float ({@link dev.nabla.symbolic.expr.Decimal}) and prints
 * as Python prints floats ({@code 0.5}). Arithmetic on two rationals is exact; a float operand makes
 * the result a float, as in SymPy. Division by exact zero gives NaN (SymPy's {@code zoo}), and a
 * zero coefficient annihilates ({@code 0·x = 0}).
 *
 * <h2>Walking the graph</h2>
 * {@link dev.nabla.symbolic.expr.Expr#kind()}, {@link dev.nabla.symbolic.expr.Expr#arity()} and
 * {@link dev.nabla.symbolic.expr.Expr#arg(int)} describe a node;
 * {@link dev.nabla.symbolic.expr.Dag#topologicalOrder(java.util.List)} lists a graph's nodes once each,
 * children first. Every walk in this module is iterative, so expressions of any depth are safe.
 */
package dev.nabla.symbolic.expr;
