package dev.nabla.core.rules;

import java.util.List;

/**
 * One entry of the rule table: a primitive operation with its value, its partial derivatives on
 * {@code double} (the fast path of tapes and duals), the same partials written on the algebra
 * (for symbolic mode and higher orders), its domain, and its documented value at non-smooth points.
 */
public sealed interface Primitive permits UnaryPrimitive, BinaryPrimitive {
    /** The name, as written in expressions ({@code sin}, {@code atan2}, …) or as an operator name ({@code add}). */
    String name();

    /** The number of operands. */
    int arity();

    /** Where the primitive is defined and smooth; used to document it and to sample test points. */
    Domain domain();

    /** Points where the primitive is not smooth, with the partials every mode must give there. */
    List<SpecialPoint> specialPoints();
}
