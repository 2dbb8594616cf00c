package dev.nabla.symbolic.print;

import dev.nabla.symbolic.expr.Expr;
import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The Java printer's output, compiled by javac and run, gives the values Nabla's evaluator gives — for every function of the table too. */
class JavaSourceTest {
    private static final List<String> INPUTS = List.of(
            "(x**3 + 4*x)*exp(y)*sin(x*y)", "x/2 - 3/(4*y) + 1/3", "atan2(y, x)*hypot(x, y) - max(x, y)*min(x, y)",
            "sqrt(x**2 + 1)/cbrt(y) + abs(x - y)**(3/2)", "asinh(x) + acosh(y + 2) + atanh(x/2) + heaviside(x - y)",
            "log10(x**2 + 1) + log1p(y**2) + expm1(x) - sign(y)", "tan(x)**2 + 1 - (x**y)**(1/3)", "-x**2 + pi*e - 2**(-x)",
            "x**(-2) + y**(-1/2)", "2.5e-3*x + 1e20/y");

    @Test
    void printedJavaComputesTheSameValues(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK");
        List<Expr> exprs = new ArrayList<>();
        for (String s : INPUTS) {
            Expr e = Expr.parse(s);
            exprs.add(e);
            exprs.add(e.diff("x"));
            exprs.add(e.diff("y"));
        }
        for (String name : dev.nabla.symbolic.expr.Functions.names()) {
            var p = dev.nabla.symbolic.expr.Functions.named(name).orElseThrow();
            exprs.add(p.arity() == 1 ? dev.nabla.symbolic.expr.Call.of(p, Expr.symbol("x"))
                    : dev.nabla.symbolic.expr.Call.of(p, Expr.symbol("x"), Expr.symbol("y")));
        }
        StringBuilder src = new StringBuilder("public class Printed {\n");
        for (int i = 0; i < exprs.size(); i++) {
            src.append("  public static double f").append(i).append("(double x, double y) { return ")
                    .append(exprs.get(i).toJava()).append("; }\n");
        }
        src.append("}\n");
        Path file = dir.resolve("Printed.java");
        Files.writeString(file, src.toString());
        String cp = System.getProperty("java.class.path");
        assertEquals(0, javac.run(null, null, null, "-cp", cp, "-d", dir.toString(), file.toString()), src.toString());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> printed = loader.loadClass("Printed");
            double[][] points = {{0.7, 1.3}, {-0.4, 0.9}, {1.9, 2.2}};
            for (int i = 0; i < exprs.size(); i++) {
                Method m = printed.getMethod("f" + i, double.class, double.class);
                for (double[] p : points) {
                    double expected = exprs.get(i).evalf(Map.of("x", p[0], "y", p[1]));
                    double got = (double) m.invoke(null, p[0], p[1]);
                    String what = exprs.get(i).toJava() + " at " + p[0] + ", " + p[1];
                    if (Double.isNaN(expected) || Double.isInfinite(expected)) assertEquals(expected, got, what);
                    else assertEquals(expected, got, 1e-12 * Math.max(1, Math.abs(expected)), what);
                }
            }
        }
    }
}
