package dev.nabla.cli;

import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.symbolic.expr.Expr;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.nabla.cli.DemoCommandTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** The contract of {@code diff}, {@code eval}, {@code grad} and {@code hessian}: status, standard output, standard error. */
class SubcommandsTest {

    static String[] ok(String... args) {
        String[] r = run(args);
        assertEquals("0", r[0], "stderr: " + r[2]);
        assertEquals("", r[2]);
        return r;
    }

    static String userError(String... args) {
        String[] r = run(args);
        assertEquals("2", r[0], "stdout: " + r[1]);
        assertEquals("", r[1]);
        assertTrue(r[2].startsWith("nabla: "), r[2]);
        assertFalse(r[2].contains("Exception") || r[2].contains("\tat "), "no stack trace: " + r[2]);
        return r[2];
    }

    static String[] lines(String s) {
        return s.strip().split("\\R");
    }

    static double at(String expr, double x, double y) {
        return Expr.parse(expr).evalf(Map.of("x", x, "y", y));
    }

    // ---- diff ----------------------------------------------------------------------------------

    @Test
    void diffPrintsTheDerivativeReadableAgain() {
        String[] out = lines(ok("diff", "x^2*sin(x)")[1]);
        assertEquals(1, out.length);
        for (double x : new double[] {-1.5, 0.3, 2}) {
            assertEquals(2 * x * Math.sin(x) + x * x * Math.cos(x), at(out[0], x, 0), 1e-12, out[0]);
        }
    }

    @Test
    void diffWithoutWrtTakesEveryVariableInSortedOrder() {
        String[] out = lines(ok("diff", "y*exp(x) + x*y^3")[1]);
        assertEquals(2, out.length);
        assertEquals(2 * Math.exp(0.5) + 8, at(out[0], 0.5, 2), 1e-12, "d/dx first: " + out[0]);
        assertEquals(Math.exp(0.5) + 3 * 0.5 * 4, at(out[1], 0.5, 2), 1e-12, "d/dy second: " + out[1]);
    }

    @Test
    void diffWithWrtAndOrderFollowsTheGivenOrder() {
        String[] out = lines(ok("diff", "x^3*y^2", "--wrt", "y,x", "--order", "2")[1]);
        assertEquals(2, out.length);
        assertEquals(2 * 8.0, at(out[0], 2, 5), 1e-12, out[0]);
        assertEquals(6 * 2 * 25.0, at(out[1], 2, 5), 1e-12, out[1]);
    }

    @Test
    void diffFormatsAreThePrinters() {
        Expr d = Expr.parse("x^2*sin(x)").diff("x").simplify();
        assertEquals(d.toSympy(), lines(ok("diff", "x^2*sin(x)", "--format", "sympy")[1])[0]);
        assertEquals(d.toLatex(), lines(ok("diff", "x^2*sin(x)", "--format", "latex")[1])[0]);
        assertEquals(d.toJava(), lines(ok("diff", "x^2*sin(x)", "--format", "java")[1])[0]);
        assertEquals(d.toString(), lines(ok("diff", "x^2*sin(x)", "--format", "PLAIN")[1])[0]);
    }

    @Test
    void diffRejectsUnknownVariablesAndBadOptions() {
        String unknown = userError("diff", "x^2", "--wrt", "q");
        assertTrue(unknown.contains("unknown variable 'q'") && unknown.contains("variables are x"), unknown);
        assertTrue(userError("diff", "x^2", "--order", "-1").contains("--order"));
        assertTrue(userError("diff", "x^2", "--format", "pdf").contains("pdf"));
        assertTrue(userError("diff", "42").contains("no variables"));
    }

    @Test
    void aParseErrorShowsTheInputAndACaret() {
        String err = userError("diff", "x^2*sine(x)");
        String[] l = lines(err);
        assertTrue(l[0].startsWith("nabla: parse:"), err);
        int input = -1;
        for (int k = 0; k < l.length; k++) if (l[k].contains("x^2*sine(x)")) input = k;
        assertTrue(input > 0 && input + 1 < l.length, err);
        int caret = l[input + 1].indexOf('^');
        assertEquals(l[input].indexOf("sine"), caret, "caret under the unknown function:\n" + err);
    }

    // ---- eval ----------------------------------------------------------------------------------

    @Test
    void evalGivesTheSeedsValues() {
        String f = "(3*x**2 + 4)*exp(y)*sin(z)";
        assertEquals("6494.0391", ok("eval", f, "--at", "x=4,y=5,z=1", "--digits", "4")[1].strip());
        double full = Double.parseDouble(ok("eval", f, "--at", "x=4.0, y=5.0, z=1.0")[1].strip());
        assertEquals((3 * 16 + 4) * Math.exp(5) * Math.sin(1), full, 1e-9);
        assertEquals("0.7071", ok("eval", "sin(x)", "--at", "x=pi/4", "--digits", "4")[1].strip());
    }

    @Test
    void evalNamesTheMissingOrUnknownVariable() {
        String missing = userError("eval", "x*y", "--at", "x=1");
        assertTrue(missing.contains("'y' has no value in --at"), missing);
        String unknown = userError("eval", "x*y", "--at", "x=1,y=2,w=3");
        assertTrue(unknown.contains("unknown variable 'w'"), unknown);
        assertTrue(userError("eval", "x", "--at", "x").contains("name=value"));
        assertTrue(userError("eval", "x", "--at", "x=1,x=2").contains("twice"));
        assertTrue(userError("eval", "x", "--at", "x=y").contains("not a number"));
    }

    // ---- grad ----------------------------------------------------------------------------------

    static final String SEED = "(x^3 + 4*x)*exp(y)*sin(z)";

    static double[] seedGradient(double x, double y, double z) {
        double p = x * x * x + 4 * x;
        return new double[] {(3 * x * x + 4) * Math.exp(y) * Math.sin(z), p * Math.exp(y) * Math.sin(z), p * Math.exp(y) * Math.cos(z)};
    }

    @SuppressWarnings("unchecked")
    @Test
    void gradJsonIsOneObjectInAtOrderByEveryMethod() {
        double[] exact = seedGradient(4, 5, 1);
        for (Method m : Methods.all()) {
            String out = ok("grad", SEED, "--at", "z=1,x=4,y=5", "--method", m.name(), "--json")[1];
            assertEquals(1, lines(out).length, out);
            Map<String, Object> json = (Map<String, Object>) MiniJson.parse(out);
            assertEquals(List.of("value", "gradient"), List.copyOf(json.keySet()));
            assertEquals(80 * Math.exp(5) * Math.sin(1), (Double) json.get("value"), 1e-9);
            Map<String, Object> g = (Map<String, Object>) json.get("gradient");
            assertEquals(List.of("z", "x", "y"), List.copyOf(g.keySet()), "--at order");
            assertEquals(exact[2], (Double) g.get("z"), 1e-5 * Math.abs(exact[2]), m.name());
            assertEquals(exact[0], (Double) g.get("x"), 1e-5 * Math.abs(exact[0]), m.name());
            assertEquals(exact[1], (Double) g.get("y"), 1e-5 * Math.abs(exact[1]), m.name());
        }
    }

    @Test
    void gradNumbersAreFullPrecisionAndNonFiniteIsNull() {
        String out = ok("grad", "x^2", "--at", "x=0.1", "--json")[1].strip();
        @SuppressWarnings("unchecked")
        Map<String, Object> g = (Map<String, Object>) ((Map<String, Object>) MiniJson.parse(out)).get("gradient");
        assertEquals(0.1 * 0.1, (Double) ((Map<String, Object>) MiniJson.parse(out)).get("value"), 0.0);
        assertEquals(0.2, (Double) g.get("x"), 0.0);
        String nan = ok("grad", "log(x)", "--at", "x=-1", "--json")[1].strip();
        @SuppressWarnings("unchecked")
        Map<String, Object> n = (Map<String, Object>) MiniJson.parse(nan);
        assertTrue(n.containsKey("value") && n.get("value") == null, nan);
    }

    @Test
    void gradPlainPrintsTheValueThenOneLinePerVariable() {
        String[] out = lines(ok("grad", "x*y", "--at", "x=2,y=3")[1]);
        assertEquals(3, out.length);
        assertEquals("f = 6.0", out[0]);
        assertEquals("df/dx = 3.0", out[1]);
        assertEquals("df/dy = 2.0", out[2]);
    }

    @Test
    void anUnknownMethodListsTheValidOnes() {
        String err = userError("grad", "x^2", "--at", "x=1", "--method", "guess");
        assertTrue(err.contains("unknown method 'guess'"), err);
        for (Method m : Methods.all()) assertTrue(err.contains(m.name()), m.name() + " not listed: " + err);
    }

    @Test
    void gradNeedsAValueForEveryVariable() {
        assertTrue(userError("grad", "x*y", "--at", "x=1").contains("'y' has no value"));
        assertTrue(userError("grad", "x*y").contains("--at"));
    }

    // ---- hessian -------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    @Test
    void hessianJsonListsTheVariablesAndTheMatrixByEveryMethod() {
        for (Method m : Methods.all()) {
            String out = ok("hessian", "x^2*y^3", "--at", "x=2,y=3", "--method", m.name(), "--json")[1];
            Map<String, Object> json = (Map<String, Object>) MiniJson.parse(out);
            assertEquals(List.of("x", "y"), json.get("variables"));
            List<List<Double>> h = (List<List<Double>>) json.get("hessian");
            double[][] exact = {{2 * 27, 6 * 2 * 9}, {6 * 2 * 9, 4 * 6 * 3}};
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    assertEquals(exact[i][j], h.get(i).get(j), 1e-3 * Math.abs(exact[i][j]), m.name() + " H[" + i + "][" + j + "]");
                }
            }
        }
    }

    @Test
    void hessianPlainPrintsTheVariablesThenTheRows() {
        String[] out = lines(ok("hessian", "x*y", "--at", "x=2,y=3")[1]);
        assertEquals("variables: x, y", out[0]);
        assertEquals("0.0  1.0", out[1]);
        assertEquals("1.0  0.0", out[2]);
    }

    @Test
    void theDemoStillRunsWithoutArguments() {
        assertTrue(ok()[1].contains("Gradient of f(x, y, z)"));
    }
}
