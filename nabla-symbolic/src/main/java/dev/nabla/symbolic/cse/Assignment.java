package dev.nabla.symbolic.cse;

import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

/** {@code symbol = value}, one step of a CSE result; {@code value} may use earlier symbols. */
public record Assignment(Symbol symbol, Expr value) {
    @Override
    public String toString() {
        return symbol.name() + " = " + value;
    }
}
