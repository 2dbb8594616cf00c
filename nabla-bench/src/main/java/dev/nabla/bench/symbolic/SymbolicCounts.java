package dev.nabla.bench.symbolic;

import dev.nabla.symbolic.cse.OpCount;
import dev.nabla.symbolic.diff.Differentiator;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.simplify.Simplifier;

import java.util.Arrays;
import java.util.List;

/**
 * Sizes for the benchmark table, as JSON lines: for the logistic map at {@code k = 1 … 8}, the
 * operation count (SymPy's {@code count_ops} rules, see {@link OpCount}) of {@code f}, of
 * {@code f′} raw, simplified and after CSE, and {@code f′}'s distinct node count; for the 200-variable
 * gradient, its operation count. Also checks the hand-written gradient against the compiled one.
 */
public final class SymbolicCounts {
    private SymbolicCounts() {}

    public static void main(String[] args) {
        Symbol x = Expr.symbol("x");
        for (int k = 1; k <= 8; k++) {
            Expr f = Problems.logistic(x, k);
            Expr df = f.diff(x);
            Expr simplified = df.simplify();
            System.out.printf("{\"logistic\": %d, \"ops_f\": %d, \"ops_df\": %d, \"ops_df_simplified\": %d, \"ops_df_cse\": %d,"
                            + " \"ops_df_simplified_cse\": %d, \"nodes_df\": %d, \"nodes_df_simplified\": %d}%n",
                    k, OpCount.of(f), OpCount.of(df), OpCount.of(simplified), df.cse().countOps(), simplified.cse().countOps(),
                    df.nodeCount(), simplified.nodeCount());
        }
        List<Symbol> xs = Problems.variables(200);
        List<Expr> grad = Simplifier.simplifyAll(Arrays.asList(Differentiator.gradient(Problems.chain(xs), xs)));
        long ops = 0;
        for (Expr g : grad) ops += OpCount.of(g);
        double[] point = Problems.point(200);
        double[] compiled = dev.nabla.symbolic.compile.Compiler.compileVector(grad, xs).apply(point);
        double[] hand = new double[200];
        Problems.chainGradient(point, hand);
        double worst = 0;
        for (int i = 0; i < 200; i++) worst = Math.max(worst, Math.abs(compiled[i] - hand[i]) / Math.max(1e-300, Math.abs(hand[i])));
        System.out.printf("{\"gradient_ops\": %d, \"compiled_vs_hand_max_rel_diff\": %s}%n", ops, worst);
    }
}
