/**
 * Benchmarks of symbolic mode, run side by side with SymPy by {@code nabla-bench/run-symbolic.sh}:
 * differentiating and simplifying a 200-variable gradient, the logistic map's derivative with CSE,
 * and evaluating the gradient compiled, interpreted and hand-written.
 */
package dev.nabla.bench.symbolic;
