package dev.nabla.symbolic;

import dev.nabla.symbolic.expr.Expr;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SymPy's printed first derivatives ({@code /sympy/expressions.tsv}) read by Nabla's parser — after
 * renaming SymPy's {@code Abs, Min, Max, Heaviside, E} — have the value of Nabla's own derivative
 * at the corpus's first point of each expression.
 */
class SympyPrintedDerivativesTest {

    @Test
    void sympysPrintedDerivativesParseAndAgree() throws IOException {
        Map<String, Map<String, Double>> firstPoint = firstPoints();
        int checked = 0;
        try (BufferedReader reader = open("/sympy/expressions.tsv")) {
            assertEquals("id\texpr\tsympy_first_derivatives", reader.readLine());
            String line;
            while ((line = reader.readLine()) != null) {
                String[] c = line.split("\t");
                Expr f = Expr.parse(c[1]);
                Map<String, Double> point = firstPoint.get(c[0]);
                assertNotNull(point, "no point for expression " + c[0]);
                for (String part : c[2].split("\\|")) {
                    int colon = part.indexOf(':');
                    String v = part.substring(0, colon);
                    String printed = part.substring(colon + 1);
                    if (printed.contains("Derivative")) continue;
                    Expr theirs = Expr.parse(fromSympy(printed));
                    double expected = f.diff(v).evalf(point);
                    double got = theirs.evalf(point);
                    assertEquals(expected, got, 1e-9 * Math.max(1, Math.abs(expected)), c[0] + " d/d" + v + ": " + printed);
                    checked++;
                }
            }
        }
        assertTrue(checked > 600, "checked " + checked);
    }

    private static String fromSympy(String s) {
        return s.replace("Abs(", "abs(").replace("Min(", "min(").replace("Max(", "max(")
                .replace("Heaviside(", "heaviside(").replaceAll("\\bE\\b", "e");
    }

    private static Map<String, Map<String, Double>> firstPoints() throws IOException {
        Map<String, Map<String, Double>> points = new HashMap<>();
        try (BufferedReader reader = open("/sympy/derivatives.tsv")) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] c = line.split("\t");
                if (points.containsKey(c[0])) continue;
                Map<String, Double> p = new LinkedHashMap<>();
                for (String kv : c[3].split(";")) {
                    String[] a = kv.split("=");
                    p.put(a[0], Double.parseDouble(a[1]));
                }
                points.put(c[0], p);
            }
        }
        return points;
    }

    private static BufferedReader open(String resource) {
        InputStream in = SympyPrintedDerivativesTest.class.getResourceAsStream(resource);
        assertNotNull(in, resource + " is missing from the test class path");
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
