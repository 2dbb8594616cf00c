/**
 * Compilation of expressions to JVM bytecode ({@code lambdify}): an expression, or several sharing
 * subexpressions (a gradient, a Jacobian), becomes a hidden class implementing
 * {@link dev.nabla.symbolic.compile.CompiledFunction} or
 * {@link dev.nabla.symbolic.compile.CompiledVectorFunction}.
 *
 * <p>The pipeline: {@link dev.nabla.symbolic.compile.Lowering} flattens the graph into a straight-line
 * {@link dev.nabla.symbolic.compile.Program} (each shared node computed once), the
 * {@link dev.nabla.symbolic.compile.Emitter} writes it as bytecode with ASM, split into methods small
 * enough for the JIT, and {@link dev.nabla.symbolic.compile.Loader} defines it as a hidden class, which
 * is garbage-collected with the function. {@link dev.nabla.symbolic.compile.Compiler} is the entry point;
 * it falls back to the interpreter {@link dev.nabla.symbolic.eval.DoublePlan} when the class file
 * would exceed the JVM's limits.
 *
 * <p>Graphs that are not expressions (a traced function with its reverse sweep, see
 * {@link dev.nabla.symbolic.jit}) are written step by step with a
 * {@link dev.nabla.symbolic.compile.ProgramBuilder} and compiled by
 * {@link dev.nabla.symbolic.compile.Compiler#kernel} into a {@link dev.nabla.symbolic.compile.Kernel}:
 * no checks, no allocation, the caller's scratch array.
 */
package dev.nabla.symbolic.compile;
