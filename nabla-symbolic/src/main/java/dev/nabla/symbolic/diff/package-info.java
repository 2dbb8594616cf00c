/**
 * Symbolic differentiation: the chain rule over the graph, with every partial derivative read from
 * the rule table ({@link dev.nabla.core.rules.Primitives}) evaluated on expressions. Gradient,
 * Jacobian and Hessian as expression arrays.
 */
package dev.nabla.symbolic.diff;
