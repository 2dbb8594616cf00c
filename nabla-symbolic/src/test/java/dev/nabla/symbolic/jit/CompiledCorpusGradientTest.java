package dev.nabla.symbolic.jit;

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

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every expression of the SymPy corpus {@code /sympy/derivatives.tsv} (see {@code SympyCorpusTest}),
 * as a function on the algebra, at each of its points: the compiled gradient equals the tape's, and
 * each first partial SymPy computed.
 */
class CompiledCorpusGradientTest {
    private static final String RESOURCE = "/sympy/derivatives.tsv";
    /** One compilation per expression, evaluated at each of its points. */
    private static final Map<String, CompiledGradient> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    /** One expression at one point, with SymPy's first partials by variable name. */
    private record Case(String id, String expr, String point, double value, Map<String, Double> sympyPartials) {}

    @TestFactory
    Stream<DynamicTest> compiledGradientsEqualTheTapeAndSympyOnTheCorpus() throws IOException {
        InputStream in = CompiledCorpusGradientTest.class.getResourceAsStream(RESOURCE);
        assertNotNull(in, "the SymPy corpus " + RESOURCE + " is missing from the test class path");
        Map<String, Case> cases = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertEquals("id\texpr\twrt\tpoint\tvalue\tderivative", reader.readLine(), "corpus header");
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] c = line.split("\t", -1);
                Case k = cases.computeIfAbsent(c[0] + "@" + c[3], key -> new Case(c[0], c[1], c[3], number(c[4]), new LinkedHashMap<>()));
                if (!c[2].contains(",")) k.sympyPartials().put(c[2].trim(), number(c[5]));
            }
        }
        assertTrue(cases.size() >= 300, "corpus cases: " + cases.size());
        return cases.values().stream().map(k -> DynamicTest.dynamicTest(k.id() + ": " + k.expr() + " at " + k.point(), () -> check(k)));
    }

    private static void check(Case k) {
        List<Symbol> vars = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String kv : k.point().split(";")) {
            if (kv.isBlank()) continue;
            String[] p = kv.split("=");
            vars.add(Expr.symbol(p[0].trim()));
            values.add(number(p[1]));
        }
        double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
        ScalarFunction f = ExprFunctions.scalar(Expr.parse(k.expr()), vars);
        CompiledGradient g = COMPILED.computeIfAbsent(k.expr() + " of " + vars, key -> Compiled.gradient(f, x.length));
        double[] out = new double[x.length];
        double value = g.gradient(x, out);
        assertClose(k.value(), value, "value");
        double[] tape = Reverse.gradient(f, x);
        for (int j = 0; j < x.length; j++) {
            String name = vars.get(j).name();
            assertClose(tape[j], out[j], "∂/∂" + name + " against the tape");
            Double sympy = k.sympyPartials().get(name);
            if (sympy != null) assertClose(sympy, out[j], "∂/∂" + name + " against SymPy");
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN, got " + actual);
        } else if (Double.isInfinite(expected)) {
            assertEquals(expected, actual, what);
        } else {
            assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
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
