package dev.nabla.symbolic.print;

import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Constant;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Decimal;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.NamedConstant;
import dev.nabla.symbolic.expr.Pow;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;

import java.util.ArrayList;
import java.util.List;

/**
 * How one output language writes each kind of node. The infix structure — signs pulled out of
 * sums ({@code x - 2*y}), denominators gathered from negative powers and rational coefficients
 * ({@code 3*x/(2*y)}), minimal parentheses by precedence — is shared; each language supplies its
 * tokens.
 */
abstract class Style {
    final DisplayOrder order;

    Style(Expr root) {
        this.order = new DisplayOrder(root);
    }

    String openParen() { return "("; }
    String closeParen() { return ")"; }

    abstract String symbol(Symbol s);
    abstract String named(NamedConstant c);
    abstract String decimal(double v);
    abstract void rational(Rational r, Layout out);
    abstract void call(Call c, Layout out);
    abstract void custom(CustomCall c, Layout out);
    /** {@code base ^ exponent} where the exponent is not a special case. */
    abstract void power(Expr base, Expr exponent, Layout out);
    /** {@code √x}. */
    abstract void sqrt(Expr x, Layout out);
    /** The product sign between factors. */
    abstract String times();
    /** {@code numerator / denominator}, each a list of factors, {@code sign} "" or "-". */
    /** The literal one, for a fraction with no factor above the line. */
    String one() { return "1"; }

    /** The division sign of an infix fraction. */
    String over() { return "/"; }

    /** {@code sign numerator/denominator} in infix form, the denominator parenthesised when it has several factors. */
    void fraction(String sign, List<Expr> numerator, List<Expr> denominator, Layout out) {
        out.text(sign);
        if (numerator.isEmpty()) out.text(one());
        else factors(numerator, times(), out);
        if (denominator.isEmpty()) return;
        out.text(over());
        if (denominator.size() == 1) {
            out.strictChild(denominator.get(0), Precedence.MUL);
        } else {
            out.text("(");
            factors(denominator, times(), out);
            out.text(")");
        }
    }


    /** The precedence of {@code e}'s printed form. */
    int precedence(Expr e) {
        return switch (e.kind()) {
            case RATIONAL -> {
                Rational r = (Rational) e;
                yield r.signum() < 0 ? Precedence.ADD : r.isInteger() ? Precedence.ATOM : Precedence.MUL;
            }
            case FLOAT -> ((Decimal) e).value() < 0 ? Precedence.ADD : Precedence.ATOM;
            case ADD -> Precedence.ADD;
            case MUL -> isNegative(((Mul) e).coefficient()) ? Precedence.ADD : Precedence.MUL;
            case POW -> powPrecedence((Pow) e);
            default -> Precedence.ATOM;
        };
    }

    int powPrecedence(Pow p) {
        if (p.exponent() == Rational.HALF) return Precedence.ATOM;
        if (isNegative(p.exponent()) && p.exponent() instanceof Rational) return Precedence.MUL;
        return Precedence.POW;
    }

    static boolean isNegative(Expr c) {
        return c != null && c.isNumber() && ((Constant) c).value() < 0;
    }

    void layout(Expr e, Layout out) {
        switch (e.kind()) {
            case RATIONAL -> rational((Rational) e, out);
            case FLOAT -> out.text(decimal(((Decimal) e).value()));
            case NAMED_CONSTANT -> out.text(named((NamedConstant) e));
            case SYMBOL -> out.text(symbol((Symbol) e));
            case ADD -> add((Add) e, out);
            case MUL -> mul((Mul) e, out);
            case POW -> pow((Pow) e, out);
            case CALL -> call((Call) e, out);
            case CUSTOM -> custom((CustomCall) e, out);
        }
    }

    void add(Add sum, Layout out) {
        boolean first = true;
        for (Expr t : order.terms(sum)) {
            boolean negative = t instanceof Mul m ? isNegative(m.coefficient()) : isNegative(t);
            if (negative) {
                out.text(first ? "-" : " - ");
                out.child(Mul.of(Rational.MINUS_ONE, t), Precedence.MUL);
            } else {
                if (!first) out.text(" + ");
                out.child(t, Precedence.ADD);
            }
            first = false;
        }
    }

    void mul(Mul m, Layout out) {
        Constant k = m.coefficient();
        String sign = isNegative(k) ? "-" : "";
        List<Expr> numerator = new ArrayList<>();
        List<Expr> denominator = new ArrayList<>();
        if (k instanceof Rational r) {
            Rational a = r.signum() < 0 ? r.negate() : r;
            if (!a.numerator().equals(java.math.BigInteger.ONE)) numerator.add(Rational.of(a.numerator()));
            if (!a.isInteger()) denominator.add(Rational.of(a.denominator()));
        } else if (k != null) {
            numerator.add(Decimal.of(Math.abs(k.value())));
        }
        List<Expr> factors = new ArrayList<>(m.args());
        if (k != null) factors.remove(0);
        for (Expr f : order.factors(factors)) {
            if (f instanceof Pow p && p.exponent() instanceof Rational e && e.signum() < 0) {
                denominator.add(Pow.of(p.base(), e.negate()));
            } else {
                numerator.add(f);
            }
        }
        fraction(sign, numerator, denominator, out);
    }

    void pow(Pow p, Layout out) {
        Expr e = p.exponent();
        if (e == Rational.HALF) {
            sqrt(p.base(), out);
        } else if (e instanceof Rational r && r.signum() < 0) {
            fraction("", List.of(), List.of(Pow.of(p.base(), r.negate())), out);
        } else {
            power(p.base(), e, out);
        }
    }

    /** Writes {@code items} joined by {@code sep}, each in a product context. */
    void factors(List<Expr> items, String sep, Layout out) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.text(sep);
            out.child(items.get(i), Precedence.MUL);
        }
    }

    /** {@code name(a, b, …)}. */
    static void function(String name, Expr e, Layout out) {
        out.text(name).text("(");
        for (int i = 0; i < e.arity(); i++) {
            if (i > 0) out.text(", ");
            out.child(e.arg(i), Precedence.NONE);
        }
        out.text(")");
    }
}
