package dev.nabla.symbolic.diff;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The partial of an n-ary sum or product with respect to one operand, from the table's binary rule:
 * {@code a₀ + … + aₙ} is {@code add(aᵢ, rest)} and {@code a₀ · … · aₙ} is {@code mul(aᵢ, rest)}, so
 * {@code ∂f/∂aᵢ = rule.ruleX(aᵢ, rest, f)}. The rule is first evaluated once on placeholder symbols:
 * when it does not mention {@code rest} (as for {@code add}, whose partial is 1), {@code rest} is
 * never built, which keeps a wide sum's derivative linear in its width.
 */
final class NaryRules {
    private final BinaryPrimitive primitive;
    private final Expr template;
    private final boolean needsRest;
    private final Symbol u = Symbol.of("_u");
    private final Symbol v = Symbol.of("_v");
    private final Symbol w = Symbol.of("_w");

    private NaryRules(BinaryPrimitive primitive) {
        this.primitive = primitive;
        this.template = (Expr) primitive.ruleX().at(u, v, w);
        this.needsRest = template.freeSymbols().contains(v);
    }

    static final NaryRules ADD = new NaryRules(Primitives.ADD);
    static final NaryRules MUL = new NaryRules(Primitives.MUL);

    /** {@code ∂f/∂f.arg(i)} for a sum or product {@code f}. */
    Expr partial(Expr f, int i) {
        Expr ai = f.arg(i);
        if (needsRest) return (Expr) primitive.ruleX().at(ai, rest(f, i), f);
        if (template.isNumber()) return template;
        return template.subs(Map.of(u, ai, w, f));
    }

    private Expr rest(Expr f, int i) {
        List<Expr> others = new ArrayList<>(f.arity() - 1);
        for (int k = 0; k < f.arity(); k++) if (k != i) others.add(f.arg(k));
        return primitive == Primitives.ADD ? Add.of(others) : Mul.of(others);
    }
}
