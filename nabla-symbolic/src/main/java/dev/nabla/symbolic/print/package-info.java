/**
 * Printers: plain Nabla syntax (as SymPy's {@code str}), SymPy, LaTeX and Java source, sharing one
 * non-recursive infix walker with minimal parentheses.
 */
package dev.nabla.symbolic.print;
