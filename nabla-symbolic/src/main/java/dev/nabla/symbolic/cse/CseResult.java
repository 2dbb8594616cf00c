package dev.nabla.symbolic.cse;

import dev.nabla.symbolic.expr.Expr;

import java.util.List;

/**
 * The result of common subexpression elimination, as SymPy's {@code cse} returns it: assignments
 * in evaluation order, and the input expressions rewritten over the assigned symbols.
 *
 * @param assignments {@code xᵢ = …}, each using only earlier symbols and the input's symbols
 * @param reduced     the input expressions over the assigned symbols
 */
public record CseResult(List<Assignment> assignments, List<Expr> reduced) {
    public CseResult {
        assignments = List.copyOf(assignments);
        reduced = List.copyOf(reduced);
    }

    /** The number of operations of all assignments and reduced expressions, counted as {@link OpCount} does. */
    public long countOps() {
        long n = 0;
        for (Assignment a : assignments) n += OpCount.of(a.value());
        for (Expr e : reduced) n += OpCount.of(e);
        return n;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Assignment a : assignments) b.append(a).append('\n');
        for (Expr e : reduced) b.append(e).append('\n');
        return b.toString();
    }
}
