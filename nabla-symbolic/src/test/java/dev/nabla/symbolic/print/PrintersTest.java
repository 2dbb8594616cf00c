package dev.nabla.symbolic.print;

import dev.nabla.symbolic.expr.Expr;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Expected strings are SymPy 1.14's {@code str()} and {@code latex()} of the same expressions. */
class PrintersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(x**3 + 4*x)*exp(y)            | (x**3 + 4*x)*exp(y)",
            "x*sin(x)                       | x*sin(x)",
            "y*x**2                         | x**2*y",
            "(x + 1)*sin(x)*y               | y*(x + 1)*sin(x)",
            "2*pi*x                         | 2*pi*x",
            "x + 1 + 1/x                    | x + 1 + 1/x",
            "-x + y                         | -x + y",
            "x/2                            | x/2",
            "2/(3*x)                        | 2/(3*x)",
            "-1/x                           | -1/x",
            "x**(1/3)                       | x**(1/3)",
            "y/x**2                         | y/x**2",
            "1/sqrt(x)                      | 1/sqrt(x)",
            "(x**y)**z                      | (x**y)**z",
            "x**(y**z)                      | x**(y**z)",
            "(-2)**x                        | (-2)**x",
            "cos(y) + sin(x)**2             | sin(x)**2 + cos(y)",
            "z + y**2 + x*y*z + x**2        | x**2 + x*y*z + y**2 + z",
            "exp(y)*cos(x)*log(x + 1)       | exp(y)*log(x + 1)*cos(x)",
            "1 - x**2                       | 1 - x**2",
            "4 - 8*x                        | 4 - 8*x",
            "-x - 1                         | -x - 1",
            "-x*y + 1                       | -x*y + 1",
            "2*x - x**2                     | -x**2 + 2*x",
            "-y/(x**2 + y**2)               | -y/(x**2 + y**2)",
            "x/(x + 1)                      | x/(x + 1)",
            "0.5*x                          | 0.5*x",
    })
    void plainMatchesSympyStr(String input, String sympy) {
        assertEquals(sympy, Expr.parse(input).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(3*x**2 + 4)*exp(y)     | \\left(3 x^{2} + 4\\right) e^{y}",
            "x/2                     | \\frac{x}{2}",
            "2/(3*x)                 | \\frac{2}{3 x}",
            "y/x**2                  | \\frac{y}{x^{2}}",
            "sqrt(x)                 | \\sqrt{x}",
            "(x**y)**z               | \\left(x^{y}\\right)^{z}",
            "2*pi*x                  | 2 \\pi x",
            "x*cos(z)                | x \\cos{\\left(z \\right)}",
            "1/(x + 1)               | \\frac{1}{x + 1}",
    })
    void latexMatchesSympyLatex(String input, String latex) {
        assertEquals(latex, Expr.parse(input).toLatex());
    }

    @Test
    void sympySyntaxUsesSympyNames() {
        assertEquals("Abs(x) + Heaviside(y) + log(x, 10) + Max(x, y) + E",
                Expr.parse("abs(x) + heaviside(y) + max(x, y) + log10(x) + e").toSympy());
        assertEquals("sqrt(x**2 + y**2)", Expr.parse("hypot(x, y)").toSympy());
        assertEquals("(exp(x) - 1)*log(x + 1)", Expr.parse("expm1(x)*log1p(x)").toSympy());
    }

    @Test
    void javaSource() {
        assertEquals("(Math.pow(x, 3.0) + 4.0 * x) * Math.exp(y)", Expr.parse("(x**3 + 4*x)*exp(y)").toJava());
        assertEquals("-y / (Math.pow(x, 2.0) + Math.pow(y, 2.0))", Expr.parse("-y/(x**2 + y**2)").toJava());
        assertEquals("2.0 / (3.0 * x)", Expr.parse("2/(3*x)").toJava());
        assertEquals("Math.sqrt(x) + dev.nabla.core.rules.Primitives.heaviside(x)", Expr.parse("sqrt(x) + heaviside(x)").toJava());
    }

    @Test
    void pythonFloatRepr() {
        assertEquals("0.5", PythonFloat.repr(0.5));
        assertEquals("3.0", PythonFloat.repr(3));
        assertEquals("1e-10", PythonFloat.repr(1e-10));
        assertEquals("1.5e+20", PythonFloat.repr(1.5e20));
        assertEquals("0.0001", PythonFloat.repr(1e-4));
        assertEquals("1e-05", PythonFloat.repr(1e-5));
        assertEquals("1234567.0", PythonFloat.repr(1234567));
        assertEquals("-inf", PythonFloat.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", PythonFloat.repr(Double.NaN));
    }

    @Test
    void deepExpressionsPrint() {
        String input = "sin(".repeat(30_000) + "x" + ")".repeat(30_000);
        Expr e = Expr.parse(input);
        assertEquals(input, e.toString());
        assertEquals(30_000 * "Math.sin(".length() + 1 + 30_000, e.toJava().length());
    }

    /** Found by the property below: a number times a sum in a denominator once read back distributed. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"sin(atan2(2*sin(x), x/(x + y)/2))", "log(atan2(-x/(3 - z)/2, log(atan2(y, 1/2))))"})
    void aNumberTimesASumInADenominatorReadsBack(String input) {
        Expr e = Expr.parse(input);
        assertEquals(e, Expr.parse(e.toString()), e.toString());
    }

    @Property(tries = 300)
    void plainFormReadsBackAsTheSameNode(@ForAll("expressions") String input) {
        Expr e = Expr.parse(input);
        assertSame(e, Expr.parse(e.toString()), e.toString());
    }

    @Provide
    Arbitrary<String> expressions() {
        Arbitrary<String> atoms = Arbitraries.of("x", "y", "2", "3", "1/2", "0.25", "pi", "e", "-x", "z");
        return Arbitraries.recursive(() -> atoms, inner -> Arbitraries.oneOf(
                Arbitraries.of("+", "-", "*", "/", "^").flatMap(op -> inner.list().ofSize(2).map(l -> "(" + l.get(0) + ")" + op + "(" + l.get(1) + ")")),
                Arbitraries.of("sin", "exp", "log", "sqrt", "abs", "atan").flatMap(f -> inner.map(a -> f + "(" + a + ")")),
                inner.list().ofSize(2).map(l -> "atan2(" + l.get(0) + ", " + l.get(1) + ")")), 4);
    }

    @Test
    void customPrimitivesHaveNoJavaForm() {
        var p = dev.nabla.core.rules.CustomPrimitive.of("f", 1,
                (double[] a) -> new dev.nabla.core.rules.CustomPrimitive.Evaluation<>(a[0], a),
                (double[] c, double d) -> new double[] {d});
        Expr e = (Expr) p.apply(Expr.symbol("x"));
        assertEquals("f(x)", e.toString());
        assertThrows(IllegalArgumentException.class, e::toJava);
    }
}
