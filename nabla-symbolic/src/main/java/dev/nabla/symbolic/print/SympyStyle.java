package dev.nabla.symbolic.print;

import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Functions;
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
        Primitive p = c.primitive();
        if (p == Primitives.LOG10) out.text("log(").child(c.arg(0), Precedence.NONE).text(", 10)");
        else if (p == Primitives.EXPM1) out.text("(exp(").child(c.arg(0), Precedence.NONE).text(") - 1)");
        else if (p == Primitives.LOG1P) out.text("log(").child(c.arg(0), Precedence.ADD).text(" + 1)");
        else if (p == Primitives.HYPOT) {
            out.text("sqrt(").strictChild(c.arg(0), Precedence.POW).text("**2 + ").strictChild(c.arg(1), Precedence.POW).text("**2)");
        } else {
            function(Functions.sympyName(p), c, out);
        }
    }
}
