/**
 * Compiled derivatives — JAX's {@code jit(grad(f))} for Java. {@link dev.nabla.symbolic.jit.Compiled}
 * traces a plain lambda once into a graph of rule-table primitives ({@code Trace}, hash-consed so
 * shared subexpressions are computed once), records its reverse sweep on the same graph with every
 * partial taken from the table's rules ({@code Adjoints}), and emits forward and reverse pass as one
 * straight-line bytecode kernel through {@link dev.nabla.symbolic.compile.ProgramBuilder}: a reusable
 * {@link dev.nabla.symbolic.jit.CompiledGradient}, {@link dev.nabla.symbolic.jit.CompiledJacobian} or
 * {@link dev.nabla.symbolic.jit.CompiledSum} (a sum over data rows, one row compiled) that allocates
 * nothing per call. Registered as the method {@code compiled}
 * ({@link dev.nabla.symbolic.jit.CompiledMethod}).
 */
package dev.nabla.symbolic.jit;
