package dev.nabla.symbolic.parse;

import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.RandomExpressions;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The parser either returns an expression or throws a {@link ParseException} whose position lies in
 * the input — for random strings over an alphabet of everything the lexer treats specially (and some
 * it must reject: non-ASCII digits, invisible characters, surrogates), and for printed random
 * expressions mutated by deleting, inserting, replacing, swapping and duplicating pieces.
 * {@value #DEFAULT_INPUTS} inputs per build; {@code -Dnabla.parserFuzz.inputs=N -Dnabla.parserFuzz.seed=S}
 * for a longer soak.
 */
class ParserFuzzTest {
    static final int DEFAULT_INPUTS = 100_000;

    private static final String[] PIECES = {
            "x", "y", "z", "_a", "θ", "x1", "0", "1", "2", "9", "10", "0.5", ".5", "1.", "1e3", "1e", "2E-4", "1e+", "e",
            "E", "pi", "nan", "inf", "oo", "zoo", "+", "-", "*", "/", "^", "**", "(", ")", ",", " ", "\t", "\n",
            "sin", "cos", "log", "ln", "exp", "sqrt", "atan2", "min", "max", "Abs", "Min", "Max", "Heaviside", "sign",
            "Rational", "Float", "'", "\"", "'1.5'", "'inf'", "'x'", "hypot", "abs", "heaviside", "log10", "sine",
            "\u0663", "\u0966", "\uff11", "\u00a0", "\u200b", "\ufeff", "\ud83d\ude00", "\ud800", "\udc00", "#", "$",
            ".", "..", "e5", "1e99999", "99999999999999999999", "**-", "^-", "--", "(,)", "()", "(()", "))",
    };

    @Test
    void everyInputParsesOrFailsWithAPosition() {
        int inputs = Integer.getInteger("nabla.parserFuzz.inputs", DEFAULT_INPUTS);
        long seed = Long.getLong("nabla.parserFuzz.seed", 20261201L);
        Random random = new Random(seed);
        int parsed = 0;
        for (int i = 0; i < inputs; i++) {
            String input = switch (i % 3) {
                case 0 -> randomPieces(random);
                case 1 -> randomChars(random);
                default -> mutate(random, printed(random, RandomExpressions.expression(random, 4)));
            };
            if (check(input, seed, i)) parsed++;
        }
        assertTrue(parsed > inputs / 20, "the generators produce valid input too: " + parsed + " of " + inputs);
        assertTrue(parsed < inputs, "and invalid input: " + parsed + " of " + inputs);
    }

    /** Parses {@code input}; true if it parsed. Fails the test on anything but success or a well-formed ParseException. */
    private static boolean check(String input, long seed, int index) {
        try {
            if (Expr.parse(input) == null) fail("null result for " + escaped(input));
            return true;
        } catch (ParseException e) {
            if (e.position() < 0 || e.position() > input.length() || !e.getMessage().startsWith("parse: ")) {
                fail("malformed ParseException (position " + e.position() + ") for " + escaped(input) + ": " + e.getMessage());
            }
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("input #" + index + " (seed " + seed + ") " + escaped(input) + " threw " + e, e);
        }
    }

    private static String printed(Random r, Expr e) {
        return r.nextBoolean() ? e.toString() : e.toSympy();
    }

    private static String randomPieces(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) b.append(PIECES[r.nextInt(PIECES.length)]);
        return b.toString();
    }

    private static String randomChars(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(16);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(10);
            if (kind < 7) b.append("0123456789xyeE.+-*/^(),' "
                    .charAt(r.nextInt(25)));
            else if (kind < 9) b.append((char) r.nextInt(0x3000));
            else b.append((char) r.nextInt(0x10000));
        }
        return b.toString();
    }

    private static String mutate(Random r, String s) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + r.nextInt(3);
        for (int k = 0; k < edits; k++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length());
            switch (r.nextInt(5)) {
                case 0 -> { if (b.length() > 0) b.deleteCharAt(at); }
                case 1 -> b.insert(at, PIECES[r.nextInt(PIECES.length)]);
                case 2 -> { if (b.length() > 0) b.setCharAt(at, "()+-*/^,.e0x'".charAt(r.nextInt(13))); }
                case 3 -> {
                    int to = Math.min(b.length(), at + 1 + r.nextInt(6));
                    String piece = b.substring(at, to);
                    b.insert(r.nextInt(b.length() + 1), piece);
                }
                default -> {
                    if (b.length() > 1) {
                        int other = r.nextInt(b.length());
                        char c = b.charAt(at);
                        b.setCharAt(at, b.charAt(other));
                        b.setCharAt(other, c);
                    }
                }
            }
        }
        return b.toString();
    }

    static String escaped(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') b.append(c);
            else b.append(String.format("\\u%04x", (int) c));
        }
        return b.append('"').toString();
    }
}
