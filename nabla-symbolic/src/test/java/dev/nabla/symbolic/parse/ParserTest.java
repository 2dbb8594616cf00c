package dev.nabla.symbolic.parse;

import dev.nabla.symbolic.expr.Decimal;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Functions;
import dev.nabla.symbolic.expr.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParserTest {

    private static double at(String input, double x) {
        return Expr.parse(input).evalf(Map.of("x", x, "y", 0.25));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-x^2           | -(x^2)",
            "-x**2          | -(x**2)",
            "2^3^2          | 2^(3^2)",
            "2**-x          | 2**(-x)",
            "x - y - 1      | (x - y) - 1",
            "x / y / 2      | (x / y) / 2",
            "x * -y         | x * (-y)",
            "--x            | x",
            "+x             | x",
            "2^-x^2         | 2^(-(x^2))",
            "2^-x*3         | (2^(-x))*3",
            "-x*y^2         | -(x*(y^2))",
            "1e3*x          | 1000.0*x",
            "1.5E-2 + .5    | 0.015 + 0.5",
    })
    void precedenceAndAssociativity(String input, String equivalent) {
        assertEquals(at(equivalent, 1.7), at(input, 1.7), 1e-12, input);
    }

    @Test
    void prefixMinusAppliesToTheWholeProduct() {
        Expr e = Expr.parse("-(x + y)*sin(x)");
        assertEquals("-(x + y)*sin(x)", e.toString());
        assertSame(e, Expr.parse(e.toString()));
    }

    @Test
    void integersAreExactAndDecimalsAreFloats() {
        assertSame(Rational.of(3), Expr.parse("3"));
        assertSame(Expr.rational(1, 2), Expr.parse("1/2"));
        assertSame(Decimal.of(0.5), Expr.parse("0.5"));
        assertEquals("1/2", Expr.parse("1/2").toString());
        assertEquals("0.5", Expr.parse("0.5").toString());
        assertSame(Rational.of(new java.math.BigInteger("123456789012345678901234567890")),
                Expr.parse("123456789012345678901234567890"));
    }

    @Test
    void constantsAndEveryFunctionOfTheTable() {
        assertEquals(Math.PI, Expr.parse("pi").evalf(), 0);
        assertEquals(Math.E, Expr.parse("e").evalf(), 0);
        for (String name : Functions.names()) {
            int arity = Functions.named(name).orElseThrow().arity();
            String call = name + (arity == 1 ? "(x)" : "(x, y)");
            Expr e = Expr.parse(call);
            assertTrue(e.freeSymbols().contains(Expr.symbol("x")), call);
        }
    }

    @Test
    void errorsNamePositionWithCaret() {
        ParseException e = assertThrows(ParseException.class, () -> Expr.parse("x + * 2"));
        assertEquals(4, e.position());
        assertEquals("parse: expected a number, variable, function or '(' but found '*' at position 4\n  x + * 2\n      ^", e.getMessage());
    }

    @Test
    void unknownFunctionListsTheKnownOnes() {
        ParseException e = assertThrows(ParseException.class, () -> Expr.parse("1 + sine(x)"));
        assertEquals(4, e.position());
        assertTrue(e.getMessage().contains("unknown function 'sine'"), e.getMessage());
        for (String name : Functions.names()) assertTrue(e.getMessage().contains(name), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(x + 1         | 0 | never closed",
            "x + 1)         | 5 | without a matching",
            "2x             | 1 | write multiplication explicitly",
            "atan2(x)       | 0 | atan2 takes 2 arguments, got 1",
            "sin(x, y)      | 0 | sin takes 1 argument, got 2",
            "x, y           | 1 | outside a function",
            "x # 2          | 2 | unexpected character '#'",
            "sin + 1        | 0 | needs its arguments",
            "''             | 0 | found the end of the input",
            "1e+            | 3 | exponent without digits",
            "x ^            | 3 | found the end of the input",
    })
    void badInput(String input, int position, String message) {
        ParseException e = assertThrows(ParseException.class, () -> Expr.parse(input));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().endsWith(" ".repeat(position + 2) + "^"), e.getMessage());
    }

    @Test
    void nestingHundredsOfThousandsDeepDoesNotOverflow() {
        int depth = 200_000;
        String input = "(".repeat(depth) + "x" + ")".repeat(depth);
        assertSame(Expr.symbol("x"), Expr.parse(input));
        String calls = "sin(".repeat(20_000) + "x" + ")".repeat(20_000);
        Expr e = Expr.parse(calls);
        assertEquals(20_001, e.nodeCount());
    }
}
