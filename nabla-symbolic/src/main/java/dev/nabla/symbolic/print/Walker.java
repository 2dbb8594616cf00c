package dev.nabla.symbolic.print;

import dev.nabla.symbolic.expr.Expr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Prints an expression with an explicit stack instead of recursion, so arbitrarily deep
 * expressions print without overflowing the call stack. Output size is the size of the expression
 * written out as a tree.
 */
final class Walker {
    private Walker() {}

    static String print(Expr root, Style style) {
        StringBuilder out = new StringBuilder();
        Deque<Piece> stack = new ArrayDeque<>();
        stack.push(new Piece.Child(root, Precedence.NONE, false));
        while (!stack.isEmpty()) {
            Piece p = stack.pop();
            if (p instanceof Piece.Text t) {
                out.append(t.text());
                continue;
            }
            Piece.Child c = (Piece.Child) p;
            int prec = style.precedence(c.expr());
            boolean wrap = c.strict() ? prec <= c.minPrecedence() : prec < c.minPrecedence();
            Layout layout = new Layout();
            style.layout(c.expr(), layout);
            List<Piece> pieces = layout.pieces;
            if (wrap) stack.push(new Piece.Text(style.closeParen()));
            for (int i = pieces.size() - 1; i >= 0; i--) stack.push(pieces.get(i));
            if (wrap) stack.push(new Piece.Text(style.openParen()));
        }
        return out.toString();
    }
}
