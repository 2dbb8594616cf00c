package dev.nabla.symbolic.compile;

import dev.nabla.symbolic.eval.DoublePlan;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.util.List;

/** The interpreter path: {@link DoublePlan} behind the compiled functions' interfaces. */
final class Interpreted {
    private Interpreted() {}

    static CompiledFunction scalar(Expr e, List<Symbol> vars) {
        DoublePlan plan = DoublePlan.of(List.of(e), vars);
        int n = vars.size();
        String names = names(vars);
        return x -> {
            Checks.inputs(x, n, "applyAsDouble", names);
            return plan.evaluate(x)[0];
        };
    }

    static CompiledVectorFunction vector(List<? extends Expr> es, List<Symbol> vars) {
        return new Vector(DoublePlan.of(es, vars), vars.size(), es.size(), names(vars));
    }

    private static String names(List<Symbol> vars) {
        StringBuilder b = new StringBuilder();
        for (Symbol s : vars) b.append(b.length() == 0 ? "" : ", ").append(s.name());
        return b.toString();
    }

    private record Vector(DoublePlan plan, int inputs, int outputs, String names) implements CompiledVectorFunction {
        @Override
        public void apply(double[] x, double[] out) {
            Checks.inputs(x, inputs, "apply", names);
            Checks.outputs(out, outputs, "apply");
            System.arraycopy(plan.evaluate(x), 0, out, 0, outputs);
        }
    }
}
