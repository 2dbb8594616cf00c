package dev.nabla.symbolic.compile;

import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.symbolic.eval.DoublePlan;
import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CompilerTest {
    static final Symbol X = Expr.symbol("x");
    static final Symbol Y = Expr.symbol("y");
    static final Symbol Z = Expr.symbol("z");

    static double interpreted(Expr e, List<Symbol> vars, double... x) {
        return DoublePlan.of(List.of(e), vars).evaluate(x)[0];
    }

    @Test
    void aCompiledExpressionIsBytecodeWithTheInterpretersValue() {
        Expr e = Expr.parse("(x**3 + 4*x)*exp(y)*sin(z)");
        CompiledFunction f = Compiler.compile(e, X, Y, Z);
        assertTrue(Compiler.isCompiled(f));
        assertEquals(interpreted(e, List.of(X, Y, Z), 4, 5, 1), f.applyAsDouble(4, 5, 1), 1e-9);
        assertEquals((64 + 16) * Math.exp(5) * Math.sin(1), f.applyAsDouble(4, 5, 1), 1e-9);
    }

    @Test
    void theVariablesFixTheInputOrder() {
        Expr e = Expr.parse("x - 2*y");
        assertEquals(-3, Compiler.compile(e, X, Y).applyAsDouble(1, 2));
        assertEquals(0, Compiler.compile(e, Y, X).applyAsDouble(1, 2));
    }

    @Test
    void constantsAndBareSymbolsCompile() {
        assertEquals(Math.PI, Compiler.compile(Expr.parse("pi")).applyAsDouble());
        assertEquals(7, Compiler.compile(X, X, Y).applyAsDouble(7, 8));
        CompiledVectorFunction v = Compiler.compileVector(List.of(Y, Expr.parse("2.5"), Expr.parse("x*y")), X, Y);
        assertArrayEquals(new double[] {8, 2.5, 56}, v.apply(new double[] {7, 8}));
    }

    @Test
    void everyFunctionOfTheTableCompilesToItsValues() {
        double[] points = {-2.5, -1, -0.5, 0, 0.25, 0.5, 1, 3, 1e-300, Double.NaN, Double.POSITIVE_INFINITY};
        for (String name : dev.nabla.symbolic.expr.Functions.names()) {
            var p = dev.nabla.symbolic.expr.Functions.named(name).orElseThrow();
            if (p.arity() == 1) {
                Expr e = dev.nabla.symbolic.expr.Call.of(p, X);
                CompiledFunction f = Compiler.compile(e, X);
                for (double a : points) {
                    assertEquals(interpreted(e, List.of(X), a), f.applyAsDouble(a), 0.0, name + "(" + a + ")");
                }
            } else {
                Expr e = dev.nabla.symbolic.expr.Call.of(p, X, Y);
                CompiledFunction f = Compiler.compile(e, X, Y);
                for (double a : points) {
                    for (double b : points) {
                        assertEquals(interpreted(e, List.of(X, Y), a, b), f.applyAsDouble(a, b), 0.0, name + "(" + a + ", " + b + ")");
                    }
                }
            }
        }
    }

    @Test
    void theMathMethodsNamedForPrimitivesAreTheTablesValueFunctions() throws ReflectiveOperationException {
        double[] points = {-2.5, -1, -0.5, -0.0, 0, 0.25, 0.5, 1, 3, 700, Double.NaN, Double.NEGATIVE_INFINITY};
        for (var p : Primitives.all()) {
            var method = dev.nabla.symbolic.expr.Functions.javaMathMethod(p);
            if (method.isEmpty()) continue;
            if (p.arity() == 1) {
                var m = Math.class.getMethod(method.get(), double.class);
                for (double a : points) {
                    double table = ((dev.nabla.core.rules.UnaryPrimitive) p).value().applyAsDouble(a);
                    assertEquals(Double.doubleToLongBits(table), Double.doubleToLongBits((double) m.invoke(null, a)), p.name() + "(" + a + ")");
                }
            } else {
                var m = Math.class.getMethod(method.get(), double.class, double.class);
                for (double a : points) {
                    for (double b : points) {
                        double table = ((dev.nabla.core.rules.BinaryPrimitive) p).value().applyAsDouble(a, b);
                        assertEquals(Double.doubleToLongBits(table), Double.doubleToLongBits((double) m.invoke(null, a, b)),
                                p.name() + "(" + a + ", " + b + ")");
                    }
                }
            }
        }
    }

    @Test
    void squaresAndReciprocalsAreMultiplicationsAndOtherPowersArePow() {
        for (int n = -9; n <= 9; n++) {
            Expr e = X.pow(Expr.integer(n));
            CompiledFunction f = Compiler.compile(e, X);
            for (double a : new double[] {-3.7, -1, -0.3, 0.7, 1.1, 2, 13.25}) {
                double exact = Math.pow(a, n);
                assertEquals(exact, f.applyAsDouble(a), 0.0, "x**" + n + " at " + a);
            }
        }
        assertEquals(3.7 * 3.7, Compiler.compile(X.pow(2), X).applyAsDouble(3.7), 0.0);
        assertEquals(1 / 3.7, Compiler.compile(X.pow(-1), X).applyAsDouble(3.7), 0.0);
        assertEquals(Math.pow(3.7, 2.5), Compiler.compile(X.pow(2.5), X).applyAsDouble(3.7), 0.0);
        assertEquals(Math.sqrt(3.7), Compiler.compile(X.sqrt(), X).applyAsDouble(3.7), 0.0);
    }

    @Test
    void customPrimitivesAreCalledThroughTheirForwardPass() {
        CustomPrimitive softplus = CustomPrimitive.of("softplus", 2,
                (double[] a) -> new CustomPrimitive.Evaluation<>(Math.log1p(Math.exp(a[0] * a[1])), null),
                (Object cache, double up) -> new double[] {up, up});
        Expr e = CustomCall.of(softplus, X, Y.sin()).mul(X);
        CompiledFunction f = Compiler.compile(e, X, Y);
        assertTrue(Compiler.isCompiled(f));
        assertEquals(interpreted(e, List.of(X, Y), 0.3, 2), f.applyAsDouble(0.3, 2), 0.0);
        assertEquals(0.3 * Math.log1p(Math.exp(0.3 * Math.sin(2))), f.applyAsDouble(0.3, 2), 1e-15);
    }

    @Test
    void aGradientSharesItsSubexpressionsAndMatchesEachDerivative() {
        Expr e = Expr.parse("exp(x*y)*sin(x*y) + z/(x*y)");
        CompiledVectorFunction g = Compiler.compileGradient(e, X, Y, Z);
        assertEquals(3, g.inputs());
        assertEquals(3, g.outputs());
        double[] p = {0.7, 1.3, -2};
        double[] out = new double[3];
        g.apply(p, out);
        Symbol[] vars = {X, Y, Z};
        for (int i = 0; i < 3; i++) assertEquals(interpreted(e.diff(vars[i]), List.of(vars), p), out[i], 1e-12);
    }

    @Test
    void aJacobianIsRowMajor() {
        List<Expr> es = List.of(Expr.parse("x*y"), Expr.parse("sin(x) + y**2"));
        CompiledVectorFunction j = Compiler.compileJacobian(es, X, Y);
        assertArrayEquals(new double[] {2, 1, Math.cos(1), 4}, j.apply(new double[] {1, 2}), 1e-15);
    }

    @Test
    void aHessianWithRepeatedEntriesFillsEveryOutput() {
        Expr e = Expr.parse("x**2*y**3");
        Expr[][] h = dev.nabla.symbolic.diff.Differentiator.hessian(e, List.of(X, Y));
        List<Expr> flat = new ArrayList<>();
        for (Expr[] row : h) flat.addAll(Arrays.asList(row));
        double[] out = Compiler.compileVector(flat, X, Y).apply(new double[] {2, 3});
        assertArrayEquals(new double[] {2 * 27, 2 * 2 * 3 * 9, 2 * 2 * 3 * 9, 4 * 6 * 3}, out, 1e-12);
    }

    @Test
    void batchesEvaluateEveryPoint() {
        CompiledFunction f = Compiler.compile(Expr.parse("x*y + 1"), X, Y);
        assertArrayEquals(new double[] {3, 7, 1}, f.applyBatch(new double[][] {{1, 2}, {2, 3}, {0, 5}}));
        double[] out = new double[3];
        f.applyBatch(new double[] {1, 2, 2, 3, 0, 5}, out);
        assertArrayEquals(new double[] {3, 7, 1}, out);
        CompiledVectorFunction g = Compiler.compileGradient(Expr.parse("x*y + 1"), X, Y);
        double[] flat = new double[6];
        g.applyBatch(new double[] {1, 2, 2, 3, 0, 5}, flat);
        assertArrayEquals(new double[] {2, 1, 3, 2, 5, 0}, flat);
        assertArrayEquals(new double[] {3, 2}, g.applyBatch(new double[][] {{1, 2}, {2, 3}})[1]);
    }

    @Test
    void userMistakesNameTheVariablesAndTheLengths() {
        Expr e = Expr.parse("x*y + z");
        var missing = assertThrows(IllegalArgumentException.class, () -> Compiler.compile(e, X, Y));
        assertTrue(missing.getMessage().contains("symbol 'z'") && missing.getMessage().contains("[x, y]"), missing.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () -> Compiler.compile(e, X, Y, Z, X));
        assertTrue(twice.getMessage().contains("'x' is listed twice"), twice.getMessage());
        CompiledFunction f = Compiler.compile(e, X, Y, Z);
        var wrong = assertThrows(IllegalArgumentException.class, () -> f.applyAsDouble(1, 2));
        assertEquals("applyAsDouble: expected 3 values (x, y, z), got 2", wrong.getMessage());
        var batch = assertThrows(IllegalArgumentException.class, () -> f.applyBatch(new double[][] {{1, 2, 3}, {1}}));
        assertTrue(batch.getMessage().startsWith("applyBatch: point 1: applyAsDouble: expected 3 values"), batch.getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.applyBatch(new double[] {1, 2, 3, 4}, new double[3]));
        CompiledVectorFunction g = Compiler.compileGradient(e, X, Y, Z);
        var out = assertThrows(IllegalArgumentException.class, () -> g.apply(new double[] {1, 2, 3}, new double[2]));
        assertEquals("apply: the output array must have length 3, got 2", out.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Compiler.compile(null, X));
        assertThrows(IllegalArgumentException.class, () -> Compiler.compile(e, X, null, Z));
        assertThrows(IllegalArgumentException.class, () -> Compiler.compileVector(Arrays.asList(e, null), X, Y, Z));
    }

    @Test
    void theInterpreterPathHasTheSameInterfaceAndChecks() {
        Expr e = Expr.parse("x*y + z");
        CompiledFunction f = Compiler.interpret(e, X, Y, Z);
        assertFalse(Compiler.isCompiled(f));
        assertEquals(7, f.applyAsDouble(2, 3, 1));
        var wrong = assertThrows(IllegalArgumentException.class, () -> f.applyAsDouble(1, 2));
        assertEquals("applyAsDouble: expected 3 values (x, y, z), got 2", wrong.getMessage());
        CompiledVectorFunction g = Compiler.interpretVector(List.of(e, X), X, Y, Z);
        assertArrayEquals(new double[] {7, 2}, g.apply(new double[] {2, 3, 1}));
        assertThrows(IllegalArgumentException.class, () -> Compiler.interpret(e, X, Y));
    }

    @Test
    void aVeryWideSumIsSplitAndKeepsTheInterpretersOrder() {
        List<Symbol> vars = new ArrayList<>();
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            Symbol s = Expr.symbol("w" + i);
            vars.add(s);
            terms.add(s.mul(s.sin()));
        }
        Expr sum = Add.of(terms);
        double[] p = new double[vars.size()];
        for (int i = 0; i < p.length; i++) p[i] = Math.sin(i * 0.37) * 10;
        CompiledFunction f = Compiler.compile(sum, vars);
        assertTrue(Compiler.isCompiled(f));
        assertEquals(interpreted(sum, vars, p), f.applyAsDouble(p), 0.0);
    }

    @Test
    void lambdifyRunsCompiledCodeOnDoublesAndTheInterpreterOnOtherBackends() {
        var f = dev.nabla.symbolic.Symbolic.lambdify(Expr.parse("x**2*sin(y)"), "x", "y");
        var v = f.apply(dev.nabla.core.algebra.Real.of(3), dev.nabla.core.algebra.Real.of(0.5));
        assertEquals(9 * Math.sin(0.5), v.doubleValue(), 1e-15);
        var traced = f.apply(X, Y);
        assertEquals(Expr.parse("x**2*sin(y)"), traced);
        double[] g = dev.nabla.core.forward.Forward.gradient(f, new double[] {3, 0.5});
        assertArrayEquals(new double[] {6 * Math.sin(0.5), 9 * Math.cos(0.5)}, g, 1e-12);
    }
}
