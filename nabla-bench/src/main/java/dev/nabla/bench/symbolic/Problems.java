package dev.nabla.bench.symbolic;

import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.util.ArrayList;
import java.util.List;

/** The benchmark problems, defined as in the SymPy script so the numbers compare. */
final class Problems {
    private Problems() {}

    /** {@code x0 … x(n-1)}. */
    static List<Symbol> variables(int n) {
        List<Symbol> xs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) xs.add(Expr.symbol("x" + i));
        return xs;
    }

    /** {@code Σ_{i=0}^{n-3} sin(xᵢ)·exp(xᵢ₊₁)·log(1 + xᵢ₊₂²)}. */
    static Expr chain(List<Symbol> xs) {
        List<Expr> terms = new ArrayList<>(xs.size());
        for (int i = 0; i + 2 < xs.size(); i++) {
            terms.add(xs.get(i).sin().mul(xs.get(i + 1).exp()).mul(xs.get(i + 2).pow(2).add(1).log()));
        }
        return Add.of(terms);
    }

    /** The gradient of {@link #chain} written by hand: each term's sin, cos, exp and log computed once. */
    static void chainGradient(double[] x, double[] g) {
        java.util.Arrays.fill(g, 0);
        for (int i = 0; i + 2 < x.length; i++) {
            double s = Math.sin(x[i]);
            double e = Math.exp(x[i + 1]);
            double x2 = x[i + 2];
            double q = 1 + x2 * x2;
            double l = Math.log(q);
            double se = s * e;
            g[i] += Math.cos(x[i]) * e * l;
            g[i + 1] += se * l;
            g[i + 2] += se * 2 * x2 / q;
        }
    }

    /** {@code l₁ = x, lⱼ₊₁ = 4lⱼ(1 − lⱼ)}, after {@code k} steps: {@code l_{k+1}}. */
    static Expr logistic(Symbol x, int k) {
        Expr l = x;
        for (int j = 0; j < k; j++) l = l.mul(4).mul(Expr.integer(1).sub(l));
        return l;
    }

    /** The point {@code xᵢ = sin(0.7·i)}, reproducible, in (-1, 1). */
    static double[] point(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = Math.sin(0.7 * i);
        return x;
    }
}
