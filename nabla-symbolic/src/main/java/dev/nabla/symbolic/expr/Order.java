package dev.nabla.symbolic.expr;

import java.util.Comparator;

/**
 * The canonical order of the terms of a sum and the factors of a product: numbers first (by value),
 * then {@code pi}/{@code e}, symbols (by name), powers, products, sums, calls; compound nodes by
 * structural hash, which is identical across runs. Comparison is O(1): it never descends into children.
 */
public final class Order {
    private Order() {}

    /** The canonical order. */
    public static final Comparator<Expr> CANONICAL = Order::compare;

    private static int rank(Expr e) {
        return switch (e.kind()) {
            case RATIONAL, FLOAT -> 0;
            case NAMED_CONSTANT -> 1;
            case SYMBOL -> 2;
            case POW -> 3;
            case MUL -> 4;
            case ADD -> 5;
            case CALL -> 6;
            case CUSTOM -> 7;
        };
    }

    private static int compare(Expr a, Expr b) {
        if (a == b) return 0;
        int c = Integer.compare(rank(a), rank(b));
        if (c != 0) return c;
        if (a instanceof Constant x && a.isNumber()) {
            Constant y = (Constant) b;
            c = Double.compare(x.value(), y.value());
            if (c != 0) return c;
            c = Boolean.compare(a instanceof Decimal, b instanceof Decimal);
            if (c != 0) return c;
        } else if (a instanceof Symbol x) {
            return x.name().compareTo(((Symbol) b).name());
        } else if (a instanceof NamedConstant x) {
            return x.name().compareTo(((NamedConstant) b).name());
        }
        c = Long.compareUnsigned(a.structuralHash(), b.structuralHash());
        return c != 0 ? c : Long.compare(a.serial(), b.serial());
    }
}
