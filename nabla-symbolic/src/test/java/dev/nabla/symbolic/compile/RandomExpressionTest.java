package dev.nabla.symbolic.compile;

import dev.nabla.symbolic.eval.DoublePlan;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compiled and interpreted values agree on random expressions and their derivatives. */
class RandomExpressionTest {
    static final List<Symbol> VARS = Expr.symbols("x", "y", "z");
    static final String[] UNARY = {"sin", "cos", "exp", "log", "tanh", "atan", "sqrt", "abs", "asinh", "sign", "heaviside", "cbrt"};
    static final String[] BINARY = {"+", "-", "*", "/", "**", "atan2", "max", "hypot"};

    static String random(Random r, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) {
            int k = r.nextInt(5);
            if (k < 3) return VARS.get(k).name();
            return k == 3 ? Integer.toString(r.nextInt(5) + 1) : Double.toString(Math.round(r.nextDouble() * 100) / 40.0 + 0.1);
        }
        if (r.nextBoolean()) return UNARY[r.nextInt(UNARY.length)] + "(" + random(r, depth - 1) + ")";
        String op = BINARY[r.nextInt(BINARY.length)];
        if (op.equals("**")) return "(" + random(r, depth - 1) + ")**" + (r.nextInt(7) - 3);
        if (Character.isLetter(op.charAt(0))) return op + "(" + random(r, depth - 1) + ", " + random(r, depth - 1) + ")";
        return "(" + random(r, depth - 1) + " " + op + " " + random(r, depth - 1) + ")";
    }

    static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, 0.0, what);
        } else {
            assertEquals(expected, actual, 1e-9 * (1 + Math.abs(expected)), what);
        }
    }

    @Property(tries = 300)
    void compiledEqualsInterpreted(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random r = new Random(seed);
        Expr e = Expr.parse(random(r, 5));
        List<Expr> exprs = new ArrayList<>(List.of(e));
        for (Symbol v : VARS) exprs.add(e.diff(v));
        CompiledVectorFunction compiled = Compiler.compileVector(exprs, VARS);
        DoublePlan plan = DoublePlan.of(exprs, VARS);
        for (int k = 0; k < 5; k++) {
            double[] x = {r.nextDouble() * 4 - 1, r.nextDouble() * 3, r.nextDouble() * 6 - 3};
            double[] expected = plan.evaluate(x);
            double[] actual = compiled.apply(x);
            for (int i = 0; i < expected.length; i++) assertClose(expected[i], actual[i], "output " + i + " of " + e + " at " + java.util.Arrays.toString(x));
            assertClose(expected[0], Compiler.compile(e, VARS).applyAsDouble(x), e.toString());
        }
    }
}
