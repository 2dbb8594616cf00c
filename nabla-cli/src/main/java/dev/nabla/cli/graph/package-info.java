/**
 * The computation graph of an expression with each node's forward value and adjoint — the seeds'
 * hand-written forward and backward pass, drawn: the graph itself, its DOT text, and rendering
 * through Graphviz's {@code dot} when it is installed.
 */
package dev.nabla.cli.graph;
