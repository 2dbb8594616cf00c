package dev.nabla.symbolic.print;

import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.NamedConstant;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;


/** Nabla's own syntax, as SymPy's {@code str} writes it and {@link dev.nabla.symbolic.parse.Parser} reads it back. */
class PlainStyle extends Style {

    PlainStyle(Expr root) {
        super(root);
    }

    @Override String symbol(Symbol s) { return s.name(); }
    @Override String named(NamedConstant c) { return c.name(); }
    @Override String decimal(double v) { return PythonFloat.repr(v); }
    @Override String times() { return "*"; }

    @Override
    void rational(Rational r, Layout out) {
        out.text(r.isInteger() ? r.numerator().toString() : r.numerator() + "/" + r.denominator());
    }

    @Override
    void call(Call c, Layout out) {
        function(c.name(), c, out);
    }

    @Override
    void custom(CustomCall c, Layout out) {
        function(c.primitive().name(), c, out);
    }

    @Override
    void power(Expr base, Expr exponent, Layout out) {
        out.strictChild(base, Precedence.POW).text("**").strictChild(exponent, Precedence.POW);
    }

    @Override
    void sqrt(Expr x, Layout out) {
        out.text("sqrt(").child(x, Precedence.NONE).text(")");
    }
}
