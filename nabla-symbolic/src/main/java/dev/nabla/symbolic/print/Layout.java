package dev.nabla.symbolic.print;

import dev.nabla.symbolic.expr.Expr;

import java.util.ArrayList;
import java.util.List;

/** The pieces of one node's printed form, in order; filled by a {@link Style}. */
final class Layout {
    final List<Piece> pieces = new ArrayList<>();

    Layout text(String s) {
        pieces.add(new Piece.Text(s));
        return this;
    }

    /** A child wrapped when its precedence is below {@code min}. */
    Layout child(Expr e, int min) {
        pieces.add(new Piece.Child(e, min, false));
        return this;
    }

    /** A child wrapped when its precedence is at most {@code min}. */
    Layout strictChild(Expr e, int min) {
        pieces.add(new Piece.Child(e, min, true));
        return this;
    }
}
