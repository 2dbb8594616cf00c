package dev.nabla.symbolic;

import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.RandomExpressions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nabla's SymPy output read by SymPy itself: {@code src/test/python/sympy_roundtrip.py} parsed the SymPy
 * form of each random expression of {@code roundtrip_input.tsv} with SymPy's parser and evaluated it
 * with 30 digits ({@code roundtrip.tsv}). Here every form is read back by Nabla (the same node as the
 * plain form, where SymPy has the functions), and wherever every subexpression is real and finite the
 * value SymPy computed is the value Nabla computes.
 */
class SympyRoundTripTest {
    private record Input(String plain, String sympy, double[][] points) {}

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = SympyRoundTripTest.class.getResourceAsStream("/sympy/" + resource)) {
            assertNotNull(in, resource + " is missing: run src/test/python/sympy_roundtrip.py");
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) rows.add(line.split("\t"));
            }
            return rows;
        }
    }

    @Test
    void sympyEvaluatesNablasSympyOutputToNablasValues() throws IOException {
        Map<String, Input> inputs = new HashMap<>();
        for (String[] r : rows("roundtrip_input.tsv")) {
            String[] pts = r[3].split(";");
            double[][] points = new double[pts.length][];
            for (int k = 0; k < pts.length; k++) {
                String[] v = pts[k].split(",");
                points[k] = new double[] {Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2])};
            }
            inputs.put(r[0], new Input(r[1], r[2], points));
        }
        assertEquals(SympyRoundTripInput.COUNT, inputs.size());
        Map<String, Integer> statuses = new HashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (String[] r : rows("roundtrip.tsv")) {
            Input in = inputs.get(r[0]);
            Expr plain = Expr.parse(in.plain());
            Expr read = Expr.parse(in.sympy());
            if (!RandomExpressions.writtenOutForSympy(plain)) assertSame(plain, read, in.sympy());
            double[] p = in.points()[Integer.parseInt(r[1])];
            assertEquals(p[0], Double.parseDouble(r[2]), 0.0, "the points of both files agree");
            String status = r[5];
            statuses.merge(status, 1, Integer::sum);
            if (status.equals("unreadable")) {
                if (r[1].equals("0")) unreadable.add(in.sympy());
                continue;
            }
            if (!status.equals("real")) continue;
            double want = Double.parseDouble(r[6]);
            Map<String, Double> at = Map.of("x", p[0], "y", p[1], "z", p[2]);
            String what = "#" + r[0] + " " + in.sympy() + " at " + java.util.Arrays.toString(p);
            assertEquals(want, read.evalf(at), 1e-9 * Math.max(1, Math.abs(want)), what);
            assertEquals(want, plain.evalf(at), 1e-9 * Math.max(1, Math.abs(want)), what);
        }
        assertTrue(statuses.getOrDefault("real", 0) >= 1000, "compared points: " + statuses);
        // SymPy evaluates Min, Max and Heaviside of constants eagerly and refuses a constant it finds complex
        // (Max(sqrt(-3/2), y), whose real value in Nabla is NaN): a known, rare difference.
        assertTrue(unreadable.size() <= SympyRoundTripInput.COUNT / 100, "unreadable by SymPy: " + unreadable);
        for (String s : unreadable) assertTrue(s.matches(".*(Min|Max|Heaviside)\\(.*"), s);
    }
}
