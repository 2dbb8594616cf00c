package dev.nabla.symbolic.print;

import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.NamedConstant;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;

import java.util.List;
import java.util.Set;

/** LaTeX, in SymPy's style: {@code \frac{3 x^{2}}{2}}, {@code \sin{\left(x \right)}}, {@code e^{x}}. */
final class LatexStyle extends Style {
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
            "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Phi", "Psi", "Omega");
    private static final Set<String> OPERATORS = Set.of("sin", "cos", "tan", "sinh", "cosh", "tanh", "log");

    LatexStyle(Expr root) {
        super(root);
    }

    @Override String openParen() { return "\\left("; }
    @Override String closeParen() { return "\\right)"; }
    @Override String times() { return " "; }

    @Override
    String symbol(Symbol s) {
        String name = s.name();
        int u = name.indexOf('_');
        if (u > 0 && u < name.length() - 1) return word(name.substring(0, u)) + "_{" + word(name.substring(u + 1)) + "}";
        return word(name);
    }

    private static String word(String w) {
        return GREEK.contains(w) ? "\\" + w : w;
    }

    @Override
    String named(NamedConstant c) {
        return c == NamedConstant.PI ? "\\pi" : "e";
    }

    @Override
    String decimal(double v) {
        if (Double.isNaN(v)) return "\\text{NaN}";
        if (Double.isInfinite(v)) return v > 0 ? "\\infty" : "-\\infty";
        String r = PythonFloat.repr(v);
        int e = r.indexOf('e');
        if (e < 0) return r;
        return r.substring(0, e) + " \\cdot 10^{" + Integer.parseInt(r.substring(e + 1)) + "}";
    }

    @Override
    void rational(Rational r, Layout out) {
        if (r.isInteger()) {
            out.text(r.numerator().toString());
        } else {
            out.text((r.signum() < 0 ? "- " : "") + "\\frac{" + r.numerator().abs() + "}{" + r.denominator() + "}");
        }
    }

    @Override
    void call(Call c, Layout out) {
        String name = c.name();
        Expr a = c.arg(0);
        switch (name) {
            case "exp" -> out.text("e^{").child(a, Precedence.NONE).text("}");
            case "abs" -> out.text("\\left|{").child(a, Precedence.NONE).text("}\\right|");
            case "cbrt" -> out.text("\\sqrt[3]{").child(a, Precedence.NONE).text("}");
            case "log10" -> out.text("\\log_{10}{\\left(").child(a, Precedence.NONE).text(" \\right)}");
            case "min", "max" -> {
                out.text("\\" + name + "\\left(").child(a, Precedence.NONE).text(", ").child(c.arg(1), Precedence.NONE).text("\\right)");
            }
            default -> {
                out.text(OPERATORS.contains(name) ? "\\" + name : "\\operatorname{" + name + "}").text("{\\left(");
                for (int i = 0; i < c.arity(); i++) {
                    if (i > 0) out.text(", ");
                    out.child(c.arg(i), Precedence.NONE);
                }
                out.text(" \\right)}");
            }
        }
    }

    @Override
    void custom(CustomCall c, Layout out) {
        out.text("\\operatorname{" + c.primitive().name() + "}{\\left(");
        for (int i = 0; i < c.arity(); i++) {
            if (i > 0) out.text(", ");
            out.child(c.arg(i), Precedence.NONE);
        }
        out.text(" \\right)}");
    }

    @Override
    void power(Expr base, Expr exponent, Layout out) {
        out.strictChild(base, Precedence.POW).text("^{").child(exponent, Precedence.NONE).text("}");
    }

    @Override
    void sqrt(Expr x, Layout out) {
        out.text("\\sqrt{").child(x, Precedence.NONE).text("}");
    }

    @Override
    void fraction(String sign, List<Expr> numerator, List<Expr> denominator, Layout out) {
        out.text(sign.isEmpty() ? "" : "- ");
        if (denominator.isEmpty()) {
            product(numerator, out);
            return;
        }
        out.text("\\frac{");
        if (numerator.isEmpty()) out.text("1");
        else product(numerator, out);
        out.text("}{");
        product(denominator, out);
        out.text("}");
    }

    private void product(List<Expr> items, Layout out) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.text(items.get(i).isNumber() ? " \\cdot " : " ");
            if (items.size() == 1) out.child(items.get(i), Precedence.NONE);
            else out.child(items.get(i), Precedence.MUL);
        }
    }
}
