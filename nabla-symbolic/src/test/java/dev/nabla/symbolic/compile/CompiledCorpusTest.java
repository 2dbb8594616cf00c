package dev.nabla.symbolic.compile;

import dev.nabla.symbolic.eval.DoublePlan;
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
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every row of the SymPy corpus {@code /sympy/derivatives.tsv} (see {@code SympyCorpusTest}): the
 * expression and its derivative, compiled together, give the interpreter's values at the row's
 * point, and SymPy's.
 */
class CompiledCorpusTest {
    private static final String RESOURCE = "/sympy/derivatives.tsv";

    @TestFactory
    Stream<DynamicTest> compiledEqualsInterpretedOnTheCorpus() throws IOException {
        InputStream in = CompiledCorpusTest.class.getResourceAsStream(RESOURCE);
        assertNotNull(in, "the SymPy corpus " + RESOURCE + " is missing from the test class path");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertEquals("id\texpr\twrt\tpoint\tvalue\tderivative", reader.readLine(), "corpus header");
            String line;
            while ((line = reader.readLine()) != null) if (!line.isBlank()) rows.add(line.split("\t", -1));
        }
        return rows.stream().map(c -> DynamicTest.dynamicTest(c[0] + ": " + c[1], () -> check(c)));
    }

    private static void check(String[] c) {
        Expr e = Expr.parse(c[1]);
        Expr d = e;
        for (String v : c[2].split(",")) d = d.diff(v.trim());
        List<Symbol> vars = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String kv : c[3].split(";")) {
            if (kv.isBlank()) continue;
            String[] p = kv.split("=");
            vars.add(Expr.symbol(p[0].trim()));
            values.add(number(p[1]));
        }
        double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
        List<Expr> both = List.of(e, d);
        double[] interpreted = DoublePlan.of(both, vars).evaluate(x);
        CompiledVectorFunction compiled = Compiler.compileVector(both, vars);
        assertTrue(Compiler.isCompiled(compiled));
        double[] got = compiled.apply(x);
        double[] sympy = {number(c[4]), number(c[5])};
        for (int i = 0; i < 2; i++) {
            RandomExpressionTest.assertClose(interpreted[i], got[i], (i == 0 ? "value " : "derivative ") + both.get(i));
            RandomExpressionTest.assertClose(sympy[i], got[i], (i == 0 ? "SymPy value " : "SymPy derivative ") + both.get(i));
        }
    }

    private static double number(String s) {
        return switch (s.trim()) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s.trim());
        };
    }
}
