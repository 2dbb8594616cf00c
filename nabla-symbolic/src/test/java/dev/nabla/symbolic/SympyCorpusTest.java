package dev.nabla.symbolic;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.reverse.Reverse;
import dev.nabla.symbolic.eval.ExprFunctions;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every row of the SymPy-generated corpus {@code /sympy/derivatives.tsv}: Nabla parses the
 * expression, differentiates it symbolically, evaluates value and derivative at the point and
 * compares them with SymPy's; then forward and reverse mode, run on the same expression through
 * {@link ExprFunctions}, must give the same derivative.
 */
class SympyCorpusTest {
    private static final String RESOURCE = "/sympy/derivatives.tsv";
    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-12;
    private static final double AD_RELATIVE = 1e-8;

    record Row(String id, String expr, List<String> wrt, Map<String, Double> point, double value, double derivative) {}

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Row> rows = read();
        assertTrue(rows.size() >= 300, "the corpus should hold at least 300 rows, has " + rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.id() + ": d/d" + String.join(",", r.wrt()) + " " + r.expr(), () -> check(r)));
    }

    private static void check(Row r) {
        Expr e = Expr.parse(r.expr());
        Expr d = e;
        for (String v : r.wrt()) d = d.diff(v);
        assertClose(r.value(), e.evalf(r.point()), RELATIVE, "value of " + e);
        assertClose(r.derivative(), d.evalf(r.point()), RELATIVE, "symbolic derivative " + d);

        List<Symbol> vars = Expr.symbols(r.point().keySet().toArray(new String[0]));
        double[] x = new double[vars.size()];
        for (int i = 0; i < x.length; i++) x[i] = r.point().get(vars.get(i).name());
        ScalarFunction f = ExprFunctions.scalar(e, vars);
        int i = indexOf(vars, r.wrt().get(0));
        if (r.wrt().size() == 1) {
            assertClose(r.derivative(), Forward.gradient(f, x)[i], AD_RELATIVE, "forward mode");
            assertClose(r.derivative(), Reverse.gradient(f, x)[i], AD_RELATIVE, "reverse mode");
        } else if (r.wrt().size() == 2) {
            int j = indexOf(vars, r.wrt().get(1));
            assertClose(r.derivative(), Forward.hessian(f, x)[i][j], AD_RELATIVE, "forward-mode Hessian");
            assertClose(r.derivative(), Reverse.hessian(f, x)[i][j], AD_RELATIVE, "reverse-mode Hessian");
        }
    }

    private static int indexOf(List<Symbol> vars, String name) {
        for (int i = 0; i < vars.size(); i++) if (vars.get(i).name().equals(name)) return i;
        fail("the point gives no value for the variable " + name);
        return -1;
    }

    static void assertClose(double expected, double actual, double relative, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, what);
            return;
        }
        double tolerance = Math.max(ABSOLUTE, relative * Math.abs(expected));
        assertEquals(expected, actual, tolerance, what);
    }

    private static List<Row> read() throws IOException {
        InputStream in = SympyCorpusTest.class.getResourceAsStream(RESOURCE);
        assertNotNull(in, "the SymPy corpus " + RESOURCE + " is missing from the test class path");
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            assertEquals("id\texpr\twrt\tpoint\tvalue\tderivative", header, "corpus header");
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] c = line.split("\t", -1);
                assertEquals(6, c.length, "columns in line: " + line);
                Map<String, Double> point = new LinkedHashMap<>();
                for (String kv : c[3].split(";")) {
                    if (kv.isBlank()) continue;
                    String[] p = kv.split("=");
                    point.put(p[0].trim(), number(p[1]));
                }
                rows.add(new Row(c[0], c[1], List.of(c[2].split(",")), point, number(c[4]), number(c[5])));
            }
        }
        return rows;
    }

    /** A Python float repr: digits, {@code nan}, {@code inf}, {@code -inf}. */
    private static double number(String s) {
        return switch (s.trim()) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s.trim());
        };
    }
}
