package dev.nabla.symbolic.print;

import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.NamedConstant;
import dev.nabla.symbolic.expr.Pow;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;

import java.util.Map;

/**
 * A Java expression over {@code double} variables named as the symbols: {@code Math.*} calls, double
 * literals, and the rule table's own value functions for {@code asinh, acosh, atanh, heaviside},
 * which {@code Math} lacks (so the value is bit-identical to Nabla's evaluation).
 */
final class JavaStyle extends Style {
    private static final Map<String, String> MATH = Map.ofEntries(
            Map.entry("sin", "Math.sin"), Map.entry("cos", "Math.cos"), Map.entry("tan", "Math.tan"),
            Map.entry("asin", "Math.asin"), Map.entry("acos", "Math.acos"), Map.entry("atan", "Math.atan"),
            Map.entry("atan2", "Math.atan2"), Map.entry("sinh", "Math.sinh"), Map.entry("cosh", "Math.cosh"),
            Map.entry("tanh", "Math.tanh"), Map.entry("exp", "Math.exp"), Map.entry("expm1", "Math.expm1"),
            Map.entry("log", "Math.log"), Map.entry("log1p", "Math.log1p"), Map.entry("log10", "Math.log10"),
            Map.entry("sqrt", "Math.sqrt"), Map.entry("cbrt", "Math.cbrt"), Map.entry("abs", "Math.abs"),
            Map.entry("sign", "Math.signum"), Map.entry("min", "Math.min"), Map.entry("max", "Math.max"),
            Map.entry("hypot", "Math.hypot"),
            Map.entry("heaviside", "dev.nabla.core.rules.Primitives.heaviside"),
            Map.entry("asinh", "dev.nabla.core.rules.Primitives.ASINH.value().applyAsDouble"),
            Map.entry("acosh", "dev.nabla.core.rules.Primitives.ACOSH.value().applyAsDouble"),
            Map.entry("atanh", "dev.nabla.core.rules.Primitives.ATANH.value().applyAsDouble"));

    JavaStyle(Expr root) {
        super(root);
    }

    @Override String symbol(Symbol s) { return s.name(); }
    @Override String times() { return " * "; }
    @Override String one() { return "1.0"; }
    @Override String over() { return " / "; }

    @Override
    String named(NamedConstant c) {
        return c == NamedConstant.PI ? "Math.PI" : "Math.E";
    }

    @Override
    String decimal(double v) {
        if (Double.isNaN(v)) return "Double.NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        return Double.toString(v);
    }

    @Override
    void rational(Rational r, Layout out) {
        if (r.isInteger()) out.text(decimal(r.value()));
        else out.text(decimal(r.numerator().doubleValue()) + " / " + decimal(r.denominator().doubleValue()));
    }

    @Override
    int powPrecedence(Pow p) {
        return p.exponent() instanceof Rational r && r.signum() < 0 && p.exponent() != Rational.HALF
                ? Precedence.MUL : Precedence.ATOM;
    }

    @Override
    void call(Call c, Layout out) {
        function(MATH.get(c.name()), c, out);
    }

    @Override
    void custom(CustomCall c, Layout out) {
        throw new IllegalArgumentException("toJava: the custom primitive '" + c.primitive().name() + "' has no Java source form");
    }

    @Override
    void power(Expr base, Expr exponent, Layout out) {
        out.text("Math.pow(").child(base, Precedence.NONE).text(", ").child(exponent, Precedence.NONE).text(")");
    }

    @Override
    void sqrt(Expr x, Layout out) {
        out.text("Math.sqrt(").child(x, Precedence.NONE).text(")");
    }
}
