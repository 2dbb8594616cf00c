package dev.nabla.symbolic.parse;

import dev.nabla.symbolic.expr.Decimal;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input that used to knock the parser over: non-ASCII digits, invisible characters, and sizes. */
class ParserLimitsTest {

    private static ParseException rejects(String input, int position, String message) {
        ParseException e = assertThrows(ParseException.class, () -> Expr.parse(input));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\u0663.5     | 0 | non-ASCII digit '\u0663' (U+0663 ARABIC-INDIC DIGIT THREE)",
            "1e\u0966     | 2 | non-ASCII digit '\u0966' (U+0966 DEVANAGARI DIGIT ZERO)",
            "\u0663+\uff11 | 0 | U+0663",
            "2+\uff11     | 2 | U+FF11 FULLWIDTH DIGIT ONE",
            "1.\u0663     | 2 | U+0663",
            "x\u0663      | 1 | U+0663",
            "12\u0663     | 2 | U+0663",
    })
    void digitsAreAsciiOnly(String input, int position, String message) {
        rejects(input, position, message);
    }

    @Test
    void invisibleCharactersAreNamedByCodePoint() {
        rejects("x\u00a0+ 1", 1, "unexpected character U+00A0 NO-BREAK SPACE (invisible)");
        rejects("x +\u200b1", 3, "U+200B ZERO WIDTH SPACE (invisible)");
        rejects("\ufeffx", 0, "U+FEFF ZERO WIDTH NO-BREAK SPACE (invisible)");
        rejects("x\u2003+ 1", 1, "U+2003 EM SPACE (invisible)");
        rejects("x + \ud83d\ude00", 4, "'\ud83d\ude00' (U+1F600 GRINNING FACE)");
        rejects("x + \ud800", 4, "U+D800 (an unpaired surrogate, invisible)");
        ParseException e = rejects("x\u00a0+ 1", 1, "NO-BREAK SPACE");
        assertTrue(e.getMessage().endsWith("\n  x + 1\n   ^"), e.getMessage());
    }

    @Test
    void asciiWhitespaceIsAccepted() {
        assertSame(Expr.parse("x + 1"), Expr.parse("x\t+\r\n1\f"));
    }

    @Test
    void longInputIsShownAsAnExcerptAroundThePosition() {
        String input = "x + ".repeat(10_000) + "#" + " + x".repeat(10_000);
        ParseException e = rejects(input, 40_000, "unexpected character '#'");
        String[] lines = e.getMessage().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].length() < 2 * ParseException.WINDOW + 10, lines[1]);
        assertEquals(lines[1].indexOf('#'), lines[2].indexOf('^'));
    }

    @Test
    void inputLongerThanTheLimitIsRejectedAtOnce() {
        String input = "x".repeat(Parser.MAX_LENGTH + 1);
        rejects(input, Parser.MAX_LENGTH, "more than the limit of " + Parser.MAX_LENGTH);
        assertEquals(1, Expr.parse("x".repeat(Parser.MAX_LENGTH)).nodeCount());
    }

    @Test
    void integerLiteralsAreBoundedByTheExactNumberLimit() {
        String largest = "9".repeat(Lexer.MAX_INTEGER_DIGITS);
        assertEquals(new BigInteger(largest), ((Rational) Expr.parse(largest)).numerator());
        rejects("1 + " + "7".repeat(Lexer.MAX_INTEGER_DIGITS + 1), 4, "exact numbers are limited to " + Rational.MAX_BITS + " bits");
        rejects("7".repeat(1_000_000), 0, "integer literal of 1000000 digits");
        assertInstanceOf(Decimal.class, Expr.parse("1." + "3".repeat(100_000)));
    }

    @Test
    void exactArithmeticPastTheLimitGivesFloats() {
        StringBuilder harmonic = new StringBuilder("1");
        double sum = 1;
        for (int i = 1; i <= 3000; i++) {
            harmonic.append(" + 1/").append(i);
            sum += 1.0 / i;
        }
        Expr h = Expr.parse(harmonic.toString());
        assertInstanceOf(Decimal.class, h);
        assertEquals(sum, ((Decimal) h).value(), 1e-12);
        assertInstanceOf(Rational.class, Expr.parse("1 + 1/2 + 1/3 + 1/4"));
        Expr big = Expr.parse("2^3000");
        assertEquals("2**3000", big.toString(), "a power past the limit stays unevaluated");
    }

    @Test
    void deeplyNestedProductsQuotientsAndDifferences() {
        int depth = 20_000;
        assertSame(Expr.parse("x^" + (depth + 1)), Expr.parse("x*(".repeat(depth) + "x" + ")".repeat(depth)));
        assertSame(Rational.ONE, Expr.parse("1/(".repeat(depth) + "1" + ")".repeat(depth)));
        assertSame(Expr.parse("x"), Expr.parse("x - (".repeat(depth) + "x" + ")".repeat(depth)));
        StringBuilder sum = new StringBuilder("x0");
        for (int i = 1; i < 50_000; i++) sum.append(i % 2 == 0 ? " + x" : " - x").append(i);
        assertEquals(50_000, Expr.parse(sum.toString()).arity());
    }

    @Test
    void printedFormsStillReadBackAsTheSameNode() {
        for (String s : new String[] {"x/(2*(x + y))", "-(x + y)*sin(x)", "2*x*y/(3*z*(x + 1))", "1 - x**2", "x - (y - z)"}) {
            Expr e = Expr.parse(s);
            assertSame(e, Expr.parse(e.toString()), s);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rational(x, 2)         | 0  | Rational: needs a number, got x",
            "Rational(1, 0)         | 0  | Rational: the denominator is 0",
            "Float('1.2.3')         | 6  | Float: the string '1.2.3' is not a decimal number",
            "Float('\u0663')        | 6  | is not a decimal number",
            "Float('1', 30)         | 0  | Float takes 1 argument, got 2",
            "x + '1'                | 4  | a string is allowed only as the argument of Float",
            "Float(('1'))           | 7  | a string is allowed only",
            "Float('1                | 6  | string literal is never closed",
            "Heaviside(x, 0)        | 0  | Heaviside(x, H0): Nabla's heaviside has H0 = 1/2",
            "log(x, y, z)           | 0  | log takes 1 or 2 arguments, got 3",
            "Max(x)                 | 0  | max takes at least 2 arguments, got 1",
            "E(x)                   | 0  | unknown function 'E'",
    })
    void sympyFormsWithBadArguments(String input, int position, String message) {
        rejects(input, position, message);
    }

    @Test
    void reservedNamesAreNotSymbols() {
        for (String name : new String[] {"E", "oo", "zoo", "Rational", "Float", "Abs", "ln"}) {
            assertThrows(IllegalArgumentException.class, () -> Expr.symbol(name), name);
        }
        assertThrows(IllegalArgumentException.class, () -> Expr.symbol("x\u0663"));
        assertEquals("\u03b8", Expr.parse("\u03b8").toString());
    }
}
