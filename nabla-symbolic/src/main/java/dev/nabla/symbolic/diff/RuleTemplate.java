package dev.nabla.symbolic.diff;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A binary rule of the table evaluated once on placeholder symbols {@code (u, v, w)} for
 * {@code (x, y, f)}. Instantiating it builds only the operands the rule mentions: the partial of
 * {@code add} is 1 and never needs its operands, the partial of {@code mul} with respect to {@code x}
 * is {@code y} and never needs {@code x·y}. This keeps derivatives of wide sums and products from
 * building operands they do not use.
 */
final class RuleTemplate {
    private static final Symbol U = Symbol.of("_u");
    private static final Symbol V = Symbol.of("_v");
    private static final Symbol W = Symbol.of("_w");

    private final Expr template;
    private final boolean usesU;
    private final boolean usesV;
    private final boolean usesW;

    private RuleTemplate(BinaryPrimitive.Rule rule) {
        this.template = (Expr) rule.at(U, V, W);
        Set<Symbol> free = template.freeSymbols();
        this.usesU = free.contains(U);
        this.usesV = free.contains(V);
        this.usesW = free.contains(W);
    }

    /** {@code ∂p/∂x}. */
    static RuleTemplate x(BinaryPrimitive p) {
        return new RuleTemplate(p.ruleX());
    }

    /** {@code ∂p/∂y}. */
    static RuleTemplate y(BinaryPrimitive p) {
        return new RuleTemplate(p.ruleY());
    }

    /** The partial at {@code (x, y)} with {@code f = p(x, y)}; each operand is built only if the rule uses it. */
    Expr at(Supplier<Expr> x, Supplier<Expr> y, Supplier<Expr> f) {
        if (template == U) return x.get();
        if (template == V) return y.get();
        if (template == W) return f.get();
        if (!usesU && !usesV && !usesW) return template;
        Map<Symbol, Expr> values = new HashMap<>();
        if (usesU) values.put(U, x.get());
        if (usesV) values.put(V, y.get());
        if (usesW) values.put(W, f.get());
        return template.subs(values);
    }
}
