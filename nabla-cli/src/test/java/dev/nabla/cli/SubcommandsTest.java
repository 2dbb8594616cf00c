package dev.nabla.cli;

import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.symbolic.expr.Expr;
import com.fasterxml.jackson.databind.JsonNode;
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

    /** The expression of a labelled line {@code label = expression}. */
    static String rhs(String line, String label) {
        assertTrue(line.startsWith(label + " = "), "label " + label + ": " + line);
        return line.substring(label.length() + 3);
    }

    @Test
    void diffPrintsTheLabelledDerivativeReadableAgain() {
        String[] out = lines(ok("diff", "x^2*sin(x)")[1]);
        assertEquals(1, out.length);
        String d = rhs(out[0], "d/dx");
        for (double x : new double[] {-1.5, 0.3, 2}) {
            assertEquals(2 * x * Math.sin(x) + x * x * Math.cos(x), at(d, x, 0), 1e-12, d);
        }
    }

    @Test
    void diffWithoutWrtTakesEveryVariableInSortedOrder() {
        String[] out = lines(ok("diff", "y*exp(x) + x*y^3")[1]);
        assertEquals(2, out.length);
        assertEquals(2 * Math.exp(0.5) + 8, at(rhs(out[0], "d/dx"), 0.5, 2), 1e-12, out[0]);
        assertEquals(Math.exp(0.5) + 3 * 0.5 * 4, at(rhs(out[1], "d/dy"), 0.5, 2), 1e-12, out[1]);
        String[] second = lines(ok("diff", "x^3*y^2", "--order", "2")[1]);
        assertEquals(2 * 6 * 25.0, at(rhs(second[0], "d^2/dx^2"), 2, 5), 1e-12, second[0]);
        assertEquals(2 * 8.0, at(rhs(second[1], "d^2/dy^2"), 2, 5), 1e-12, second[1]);
    }

    @Test
    void diffWrtIsSympysMixedDerivative() {
        // SymPy: diff(x**3*y**2, y, x) = 6*x**2*y; diff(f, x, x, y) = 12*x*y; diff(f, x, 2, y, 2) = 12*x
        String[] out = lines(ok("diff", "x^3*y^2", "--wrt", "y,x")[1]);
        assertEquals(1, out.length);
        assertEquals(6 * 4 * 5.0, at(rhs(out[0], "d^2/dy dx"), 2, 5), 1e-12, out[0]);
        assertEquals(12 * 2 * 5.0, at(rhs(ok("diff", "x^3*y^2", "--wrt", "x,x,y")[1].strip(), "d^3/dx^2 dy"), 2, 5), 1e-12);
        assertEquals(24.0, at(rhs(ok("diff", "x^3*y^2", "--wrt", "x,y", "--order", "2")[1].strip(), "d^4/dx^2 dy^2"), 2, 5), 1e-12);
        assertEquals("d^2/dx dy = 2.5", ok("diff", "x^2*y^3/12", "--wrt", "x,y", "--at", "x=5,y=1")[1].strip());
        assertEquals("x**2", ok("diff", "x^2", "--wrt", "x", "--order", "0")[1].strip(), "order 0 is the expression itself");
    }

    @Test
    void diffGradientAndHessianListEveryPartial() {
        assertEquals(List.of("d/dx = 2*x*y**3", "d/dy = 3*x**2*y**2"), List.of(lines(ok("diff", "x^2*y^3", "--gradient")[1])));
        String[] h = lines(ok("diff", "x^2*y^3", "--hessian", "--at", "x=2,y=3")[1]);
        assertEquals(List.of("d^2/dx^2 = 54.0", "d^2/dx dy = 108.0", "d^2/dy^2 = 72.0"), List.of(h));
        JsonNode ds = JsonOutput.parse(ok("diff", "x^2*y^3", "--hessian", "--json", "--at", "x=2,y=3")[1]).get("derivatives");
        assertEquals(3, ds.size());
        assertEquals(List.of("x", "y"), JsonOutput.texts(ds.get(1).get("wrt")));
        assertEquals("d^2/dx dy", ds.get(1).get("label").textValue());
        assertEquals(108.0, JsonOutput.number(ds.get(1).get("value")));
        assertEquals(6.0 * 2 * 9, at(ds.get(1).get("expression").textValue(), 2, 3), 1e-12);
        assertTrue(userError("diff", "x^2", "--gradient", "--hessian").contains("mutually exclusive"));
    }

    @Test
    void diffFormatsAreThePrinters() {
        Expr d = Expr.parse("x^2*sin(x)").diff("x").simplify();
        assertEquals("d/dx = " + d.toSympy(), lines(ok("diff", "x^2*sin(x)", "--format", "sympy")[1])[0]);
        assertEquals("d/dx = " + d.toLatex(), lines(ok("diff", "x^2*sin(x)", "--format", "latex")[1])[0]);
        assertEquals("d/dx = " + d.toJava(), lines(ok("diff", "x^2*sin(x)", "--format", "java")[1])[0]);
        assertEquals("d/dx = " + d, lines(ok("diff", "x^2*sin(x)", "--format", "PLAIN")[1])[0]);
    }

    @Test
    void diffRejectsUnknownVariablesAndBadOptions() {
        String unknown = userError("diff", "x^2", "--wrt", "q");
        assertTrue(unknown.contains("unknown variable 'q'") && unknown.contains("variables are x"), unknown);
        assertTrue(userError("diff", "x^2", "--order", "-1").contains("--order"));
        assertTrue(userError("diff", "x^2", "--format", "pdf").contains("pdf"));
        assertTrue(userError("diff", "x*y", "--at", "x=1").contains("'y' has no value"));
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
        assertEquals("6494.0391", ok("eval", f, "--at", "x=4,y=5,z=1", "--decimals", "4")[1].strip());
        assertEquals("6494.", ok("eval", f, "--at", "x=4,y=5,z=1", "--digits", "4")[1].strip(), "SymPy's evalf(4)");
        assertEquals("6494.0390917218", ok("eval", f, "--at", "x=4,y=5,z=1", "--digits", "14")[1].strip());
        double full = Double.parseDouble(ok("eval", f, "--at", "x=4.0, y=5.0, z=1.0")[1].strip());
        assertEquals((3 * 16 + 4) * Math.exp(5) * Math.sin(1), full, 1e-9);
        assertEquals("0.7071", ok("eval", "sin(x)", "--at", "x=pi/4", "--decimals", "4")[1].strip());
        assertEquals("0.70710678118654752440", ok("eval", "sin(x)", "--at", "x=pi/4", "--digits", "20")[1].strip(), "pi/4 is exact");
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

    @Test
    void gradJsonIsOneObjectInAtOrderByEveryMethod() {
        double[] exact = seedGradient(4, 5, 1);
        for (Method m : Methods.all()) {
            String out = ok("grad", SEED, "--at", "z=1,x=4,y=5", "--method", m.name(), "--json")[1];
            assertEquals(1, lines(out).length, out);
            JsonNode json = JsonOutput.parse(out);
            assertEquals(List.of("value", "gradient"), JsonOutput.names(json));
            assertEquals(80 * Math.exp(5) * Math.sin(1), JsonOutput.number(json.get("value")), 1e-9);
            JsonNode g = json.get("gradient");
            assertEquals(List.of("z", "x", "y"), JsonOutput.names(g), "--at order");
            assertEquals(exact[2], JsonOutput.number(g.get("z")), 1e-5 * Math.abs(exact[2]), m.name());
            assertEquals(exact[0], JsonOutput.number(g.get("x")), 1e-5 * Math.abs(exact[0]), m.name());
            assertEquals(exact[1], JsonOutput.number(g.get("y")), 1e-5 * Math.abs(exact[1]), m.name());
        }
    }

    @Test
    void gradNumbersAreFullPrecisionAndNonFiniteIsNull() {
        String out = ok("grad", "x^2", "--at", "x=0.1", "--json")[1].strip();
        JsonNode json = JsonOutput.parse(out);
        assertEquals(0.1 * 0.1, JsonOutput.number(json.get("value")), 0.0);
        assertEquals(0.2, JsonOutput.number(json.get("gradient").get("x")), 0.0);
        String nan = ok("grad", "log(x)", "--at", "x=-1", "--json")[1].strip();
        JsonNode n = JsonOutput.parse(nan);
        assertTrue(n.has("value") && n.get("value").isNull(), nan);
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

    @Test
    void hessianJsonListsTheVariablesAndTheMatrixByEveryMethod() {
        for (Method m : Methods.all()) {
            String out = ok("hessian", "x^2*y^3", "--at", "x=2,y=3", "--method", m.name(), "--json")[1];
            JsonNode json = JsonOutput.parse(out);
            assertEquals(List.of("x", "y"), JsonOutput.texts(json.get("variables")));
            JsonNode h = json.get("hessian");
            double[][] exact = {{2 * 27, 6 * 2 * 9}, {6 * 2 * 9, 4 * 6 * 3}};
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    assertEquals(exact[i][j], JsonOutput.number(h.get(i).get(j)), 1e-3 * Math.abs(exact[i][j]), m.name() + " H[" + i + "][" + j + "]");
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
