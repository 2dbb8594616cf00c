package dev.nabla.symbolic;

import dev.nabla.symbolic.cse.CseResult;
import dev.nabla.symbolic.cse.OpCount;
import dev.nabla.symbolic.diff.Differentiator;
import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.simplify.Simplifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints the sizes and timings quoted in the module README (a report, not a test; the JMH
 * benchmarks live in nabla-bench). Run with
 * {@code mvn -q -pl nabla-symbolic test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.nabla.symbolic.ScalingReport}.
 */
public final class ScalingReport {
    private ScalingReport() {}

    /** {@code Σᵢ sin(xᵢ)·exp(xᵢ₊₁)·log(1 + xᵢ₊₂²)}, {@code i = 0 … n-3}. */
    static Expr chain(List<Symbol> x) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i + 2 < x.size(); i++) {
            terms.add(x.get(i).sin().mul(x.get(i + 1).exp()).mul(x.get(i + 2).pow(2).add(1).log()));
        }
        return dev.nabla.symbolic.expr.Add.of(terms);
    }

    /** The logistic map {@code l ← 4·l·(1 - l)} applied {@code k} times to {@code x}. */
    static Expr logistic(Symbol x, int k) {
        Expr l = x;
        for (int i = 0; i < k; i++) l = l.mul(4).mul(Rational.ONE.sub(l));
        return l;
    }

    public static void main(String[] args) {
        int n = 200;
        String[] names = new String[n];
        for (int i = 0; i < n; i++) names[i] = "x" + i;
        List<Symbol> x = Expr.symbols(names);
        Expr f = chain(x);
        long[] ns = new long[30];
        Expr[] g = null;
        List<Expr> s = null;
        for (int rep = 0; rep < 200; rep++) {
            long t0 = System.nanoTime();
            g = Differentiator.gradient(f, x);
            s = Simplifier.simplifyAll(Arrays.asList(g));
            long t = System.nanoTime() - t0;
            if (rep >= 200 - ns.length) ns[rep - (200 - ns.length)] = t;
        }
        Arrays.sort(ns);
        System.out.printf("gradient of the %d-variable chain: diff + simplify, median of %d runs after warm-up: %.2f ms (min %.2f ms)%n",
                n, ns.length, ns[ns.length / 2] / 1e6, ns[0] / 1e6);
        System.out.printf("  f: %d nodes; gradient: %d nodes (DAG, shared); d/dx1 = %s%n",
                f.nodeCount(), Dag.topologicalOrder(s).size(), s.get(1));

        Symbol x0 = Expr.symbol("x");
        Expr l = logistic(x0, 8);
        Expr d = l.diff(x0);
        Expr ds = d.simplify();
        CseResult raw = d.cse();
        CseResult simplified = ds.cse();
        System.out.printf("logistic map, 8 steps: f has %d nodes (DAG), %d ops as a tree%n", l.nodeCount(), OpCount.of(l));
        System.out.printf("  f' raw:        %d nodes (DAG), %d ops as a tree%n", d.nodeCount(), OpCount.of(d));
        System.out.printf("  f' simplified: %d nodes (DAG), %d ops as a tree%n", ds.nodeCount(), OpCount.of(ds));
        System.out.printf("  f' raw after CSE:        %d ops in %d assignments%n", raw.countOps(), raw.assignments().size());
        System.out.printf("  f' simplified after CSE: %d ops in %d assignments%n", simplified.countOps(), simplified.assignments().size());
        if (args.length > 0 && args[0].equals("--sympy")) {
            for (var a : raw.assignments()) System.out.println(a.symbol().name() + "\t" + a.value().toSympy());
            System.out.println("result\t" + raw.reduced().get(0).toSympy());
        }
    }
}
