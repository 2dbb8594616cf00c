package dev.nabla.symbolic.print;

import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.NamedConstant;

/**
 * SymPy syntax, readable by {@code sympify}: {@code E}, {@code Abs}, {@code Min}, {@code Max},
 * {@code Heaviside(x)} (whose value at 0 is 1/2 since SymPy 1.9, as Nabla's), {@code log(x, 10)}; {@code expm1}, {@code log1p} and {@code hypot},
 * which SymPy lacks, are written out as {@code (exp(x) - 1)}, {@code log(x + 1)} and
 * {@code sqrt(x**2 + y**2)}; {@code nan}, {@code oo}. {@code cbrt(x)} is SymPy's principal root,
 * complex for {@code x < 0} (Nabla's is real).
 */
final class SympyStyle extends PlainStyle {

    SympyStyle(Expr root) {
        super(root);
    }

    @Override
    String named(NamedConstant c) {
        return c == NamedConstant.E ? "E" : "pi";
    }

    @Override
    String decimal(double v) {
        if (Double.isInfinite(v)) return v > 0 ? "oo" : "-oo";
        return PythonFloat.repr(v);
    }

    @Override
    void call(Call c, Layout out) {
        switch (c.name()) {
            case "abs" -> function("Abs", c, out);
            case "min" -> function("Min", c, out);
            case "max" -> function("Max", c, out);
            case "heaviside" -> function("Heaviside", c, out);
            case "log10" -> out.text("log(").child(c.arg(0), Precedence.NONE).text(", 10)");
            case "expm1" -> out.text("(exp(").child(c.arg(0), Precedence.NONE).text(") - 1)");
            case "log1p" -> out.text("log(").child(c.arg(0), Precedence.ADD).text(" + 1)");
            case "hypot" -> out.text("sqrt(").strictChild(c.arg(0), Precedence.POW).text("**2 + ")
                    .strictChild(c.arg(1), Precedence.POW).text("**2)");
            default -> function(c.name(), c, out);
        }
    }
}
