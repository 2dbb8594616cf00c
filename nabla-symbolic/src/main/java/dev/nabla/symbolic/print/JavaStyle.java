package dev.nabla.symbolic.print;

import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Functions;
import dev.nabla.symbolic.expr.NamedConstant;
import dev.nabla.symbolic.expr.Pow;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;

import java.util.Locale;
import java.util.Optional;

/**
 * A Java expression over {@code double} variables named as the symbols: {@code Math.*} calls where a
 * {@code java.lang.Math} method is the table's value function ({@link Functions#javaMathMethod}), double
 * literals, and otherwise the rule table's own value function ({@code asinh, acosh, atanh, heaviside}),
 * so the value is bit-identical to Nabla's evaluation.
 */
final class JavaStyle extends Style {
    private static final String TABLE = "dev.nabla.core.rules.Primitives.";

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
        function(javaFunction(c.primitive()), c, out);
    }

    /** {@code Math.sin}, or the table's value function: {@code Primitives.heaviside}, {@code Primitives.ASINH.value().applyAsDouble}. */
    private static String javaFunction(Primitive p) {
        Optional<String> math = Functions.javaMathMethod(p);
        if (math.isPresent()) return "Math." + math.get();
        if (p == Primitives.HEAVISIDE) return TABLE + "heaviside";
        return TABLE + p.name().toUpperCase(Locale.ROOT) + ".value().applyAsDouble";
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
