package dev.nabla.examples;

import dev.nabla.core.Nabla;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.method.Methods;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.multivariate.Partials;
import dev.nabla.numeric.step.StepRule;
import dev.nabla.numeric.Estimate;
import dev.nabla.symbolic.expr.Expr;

import java.util.List;

/**
 * The first seed notebook, "수치미분 자동미분" (numerical and automatic differentiation): finite
 * differences, SymPy's {@code diff} and PyTorch's autograd, cell by cell, in Java.
 *
 * <p>Cells that printed float32 results (NumPy's {@code astype('float32')}, PyTorch's default
 * dtype) are computed here in double precision, so they agree with the notebook to float32
 * precision and with the exact derivative to double precision.
 */
public final class NumericalAndAutomaticDifferentiation implements Notebook {

    /** (x² + 2x)·ln y. */
    static final ScalarFunction F_XY = v -> v[0].pow(2).add(v[0].mul(2)).mul(v[1].log());
    /** (x² + 2x)·ln x. */
    static final UnivariateFunction F_X = x -> x.pow(2).add(x.mul(2)).mul(x.log());
    /** (x³ + 4x)·eʸ·sin z. */
    static final ScalarFunction F_XYZ = v -> v[0].pow(3).add(v[0].mul(4)).mul(v[1].exp()).mul(v[2].sin());
    /** (x³ + 3x)·eʸ·sin z. */
    static final ScalarFunction F_XYZ3 = v -> v[0].pow(3).add(v[0].mul(3)).mul(v[1].exp()).mul(v[2].sin());

    @Override public String title() { return "수치미분 자동미분 — numerical and automatic differentiation"; }

    @Override
    public List<Cell> cells() {
        return List.of(
                new Cell("In[2]", "forward difference of x² at 2 with h = 1e-5", NumericalAndAutomaticDifferentiation::forwardDifferenceOfSquare),
                new Cell("In[7]", "numer_deriv of (x² + 2x)·ln y at (1, 2), the notebook's x ± h/2, h = 0.001", NumericalAndAutomaticDifferentiation::numerDerivFxy),
                new Cell("In[4]", "SymPy: g(x) = 3x³ - 5x + 4 and g'(x)", NumericalAndAutomaticDifferentiation::sympyDiff),
                new Cell("In[1]", "SymPy: partial derivatives, evalf(subs=...) to four decimals", NumericalAndAutomaticDifferentiation::sympyPartials),
                new Cell("In[14]", "autograd: ∂/∂x and ∂/∂y of (x² + 2x)·ln y at (1, 2)", NumericalAndAutomaticDifferentiation::autogradFxy),
                new Cell("In[15]-In[17]", "(x² + 2x)·ln x at 1: value and derivative", NumericalAndAutomaticDifferentiation::autogradFx),
                new Cell("In[56]", "numer_deriv2 of (x³ + 4x)·eʸ·sin z at (4, 5, 1), h = 0.001", NumericalAndAutomaticDifferentiation::numerDeriv2Fxyz),
                new Cell("In[60]", "numer_deriv with h = 1e-4 at (4, 5, 1)", NumericalAndAutomaticDifferentiation::numerDerivSmallStep),
                new Cell("In[8]", "autograd.grad of (x³ + 3x)·eʸ·sin z at (3, 7, 2)", NumericalAndAutomaticDifferentiation::autogradFxyz3));
    }

    /** In[2]: {@code (f(x + h) - f(x)) / h}; the notebook prints 4.000010000027032. */
    static String forwardDifferenceOfSquare() {
        UnivariateFunction square = x -> x.pow(2);
        double seed = FiniteDifference.onOffsets(0, 1).step(StepRule.absolute(1e-5)).derivative(square, 2.0).value();
        Estimate nabla = FiniteDifference.central().derivative(square, 2.0);
        return Formats.repr(seed) + "\nNabla's default (central, accuracy 4, optimal step): " + nabla;
    }

    /** In[7]: the notebook printed [2.77255303, 1.49989128] (float32); exact: (4 ln 2, 1.5). */
    static String numerDerivFxy() {
        double[] seed = Estimate.values(Partials.of(FiniteDifference.seedCentral(0.001)).gradient(F_XY, new double[] {1, 2}));
        double[] nabla = Nabla.gradient(F_XY, new double[] {1, 2}, Methods.named("central"));
        return Formats.list(seed, 8) + "   (the notebook's convention, in double precision)\n"
                + Formats.list(nabla, 8) + "   (Nabla's central default)";
    }

    /** In[4]: the notebook prints {@code g(x) = 3*x**3 - 5*x + 4} and {@code g'(x) = 9*x**2 - 5}. */
    static String sympyDiff() {
        Expr g = Expr.parse("3*x**3 - 5*x + 4");
        return "g(x) = " + g.toSympy() + "\ng'(x) = " + g.diff("x").simplify().toSympy();
    }

    /**
     * In[1]: the notebook prints {@code (3*x**2 + 4)*exp(y)}, {@code (x**3 + 4*x)*exp(y)}, then 7717.4843,
     * 11873.0527, 6494.0391, 9990.8294, 6415.0378.
     */
    static String sympyPartials() {
        Expr fxy = Expr.parse("(x**3 + x*4)*exp(y)");
        Expr fxyz = Expr.parse("(x**3 + x*4)*exp(y)*sin(z)");
        java.util.Map<String, Double> at = java.util.Map.of("x", 4.0, "y", 5.0, "z", 1.0);
        StringBuilder out = new StringBuilder();
        out.append(fxy.diff("x").simplify().toSympy()).append('\n');
        out.append(fxy.diff("y").simplify().toSympy()).append('\n');
        out.append(fxy.diff("x").evalf(at, 4)).append('\n');
        out.append(fxy.diff("y").evalf(at, 4)).append('\n');
        for (String v : new String[] {"x", "y", "z"}) out.append(fxyz.diff(v).evalf(at, 4)).append('\n');
        return out.toString().strip();
    }

    /** In[14]: tensor([2.7726]), tensor([1.5000]). */
    static String autogradFxy() {
        double[] g = Nabla.gradient(F_XY, new double[] {1, 2}, Methods.named("reverse"));
        return "x.grad = " + Formats.fixed(g[0], 4) + "\ny.grad = " + Formats.fixed(g[1], 4);
    }

    /** In[15]–In[17]: f(1) = 0 and f'(1) = 3, by backward and by grad. */
    static String autogradFx() {
        double value = Nabla.value(v -> F_X.apply(v[0]), 1.0);
        double d = Nabla.derivative(F_X, 1.0, Methods.named("reverse"));
        return "f = " + Formats.fixed(value, 4) + "\nx.grad = " + Formats.fixed(d, 4);
    }

    /** In[56]: the notebook printed [6495.11747766, 9991.27508271, 6409.91010514] (float32 points). */
    static String numerDeriv2Fxyz() {
        double[] seed = Estimate.values(Partials.of(FiniteDifference.seedCentral(0.001)).gradient(F_XYZ, new double[] {4, 5, 1}));
        double[] nabla = Nabla.gradient(F_XYZ, new double[] {4, 5, 1}, Methods.named("central"));
        return Formats.list(seed, 8) + "   (the notebook's convention, in double precision)\n"
                + Formats.list(nabla, 8) + "   (Nabla's central default)";
    }

    /** In[60]: the notebook printed [6502.8585877, 10004.79455543, 6411.66329297] (float32 points). */
    static String numerDerivSmallStep() {
        double[] seed = Estimate.values(Partials.of(FiniteDifference.seedCentral(1e-4)).gradient(F_XYZ, new double[] {4, 5, 1}));
        double[] exact = Nabla.gradient(F_XYZ, new double[] {4, 5, 1}, Methods.named("forward"));
        return Formats.list(seed, 8) + "   (the notebook's convention, in double precision)\n"
                + Formats.list(exact, 8) + "   (forward mode, exact)";
    }

    /** In[8]: (tensor([29914.9727]), tensor([35897.9648]), tensor([-16428.9746])) in float32. */
    static String autogradFxyz3() {
        double[] g = Nabla.gradient(F_XYZ3, new double[] {3, 7, 2}, Methods.named("reverse"));
        return Formats.list(g, 4);
    }

    /** Prints the notebook. */
    public static void main(String[] args) {
        new NumericalAndAutomaticDifferentiation().print();
    }
}
