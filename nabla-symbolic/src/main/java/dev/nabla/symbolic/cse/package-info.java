/** Common subexpression elimination, as SymPy's {@code cse}, and operation counts. */
package dev.nabla.symbolic.cse;
