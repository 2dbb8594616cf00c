package dev.nabla.symbolic.simplify;

import dev.nabla.core.rules.Primitives;
import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Constant;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.Rational;

import java.util.ArrayList;
import java.util.List;

/** {@code k·expm1(a) + k = k·exp(a)} inside a sum whose number is {@code k} (e.g. {@code expm1'(x) = expm1(x) + 1}). */
final class ExpMinusOne {
    private ExpMinusOne() {}

    static Expr apply(Add sum) {
        if (!sum.arg(0).isNumber()) return sum;
        Constant k = (Constant) sum.arg(0);
        for (int i = 1; i < sum.arity(); i++) {
            Expr t = sum.arg(i);
            Expr coefficient = t instanceof Mul m && m.arity() == 2 && m.coefficient() != null ? m.coefficient() : Rational.ONE;
            Expr call = coefficient == Rational.ONE ? t : t.arg(1);
            if (coefficient == k && call instanceof Call c && c.primitive() == Primitives.EXPM1) {
                List<Expr> terms = new ArrayList<>(sum.args());
                terms.remove(i);
                terms.remove(0);
                terms.add(Mul.of(k, Call.of(Primitives.EXP, c.arg(0))));
                return Add.of(terms);
            }
        }
        return sum;
    }
}
