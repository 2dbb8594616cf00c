package dev.nabla.symbolic.print;

import dev.nabla.symbolic.expr.Expr;

/**
 * One item of a node's layout: literal text, or a child to print, wrapped in parentheses when its
 * precedence is below {@code minPrecedence} (or equal, when {@code strict}).
 */
sealed interface Piece {
    /** Literal text. */
    record Text(String text) implements Piece {}

    /** A sub-expression in a context of precedence {@code minPrecedence}. */
    record Child(Expr expr, int minPrecedence, boolean strict) implements Piece {}
}
