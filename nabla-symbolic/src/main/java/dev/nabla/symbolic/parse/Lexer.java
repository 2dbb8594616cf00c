package dev.nabla.symbolic.parse;

import dev.nabla.symbolic.expr.Rational;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits input into tokens: numbers, identifiers, quoted strings, {@code + - * / ^ **}, parentheses
 * and commas. Digits are ASCII {@code 0-9} only, whitespace is ASCII only (space, tab, line breaks);
 * any other character, in particular a non-ASCII digit or an invisible character such as a no-break
 * space, is rejected with its code point and Unicode name.
 */
final class Lexer {
    private Lexer() {}

    /**
     * The most digits an integer literal may have: exact numbers are limited to
     * {@link Rational#MAX_BITS} bits, and every integer of {@code ⌊MAX_BITS·log₁₀2⌋} digits fits.
     */
    static final int MAX_INTEGER_DIGITS = (int) Math.floor(Rational.MAX_BITS * Math.log10(2));

    static List<Token> tokens(String input) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (isAsciiDigit(c) || (c == '.' && i + 1 < n && isAsciiDigit(input.charAt(i + 1)))) {
                i = number(input, i, out);
            } else if (c == '_' || isLetter(input, i)) {
                int start = i;
                while (i < n) {
                    int cp = input.codePointAt(i);
                    if (cp == '_' || isAsciiDigit(cp) || Character.isLetter(cp)) i += Character.charCount(cp);
                    else if (Character.isDigit(cp)) throw nonAsciiDigit(input, i);
                    else break;
                }
                out.add(new Token(Token.Type.IDENTIFIER, input.substring(start, i), start));
            } else if (c == '*' && i + 1 < n && input.charAt(i + 1) == '*') {
                out.add(new Token(Token.Type.OPERATOR, "**", i));
                i += 2;
            } else if ("+-*/^".indexOf(c) >= 0) {
                out.add(new Token(Token.Type.OPERATOR, String.valueOf(c), i++));
            } else if (c == '(') {
                out.add(new Token(Token.Type.LEFT, "(", i++));
            } else if (c == ')') {
                out.add(new Token(Token.Type.RIGHT, ")", i++));
            } else if (c == ',') {
                out.add(new Token(Token.Type.COMMA, ",", i++));
            } else if (c == '\'' || c == '"') {
                i = string(input, i, out);
            } else {
                throw unexpected(input, i);
            }
        }
        out.add(new Token(Token.Type.END, "", n));
        return out;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(String input, int i) {
        return Character.isLetter(input.codePointAt(i));
    }

    private static int number(String input, int start, List<Token> out) {
        int n = input.length();
        int i = digits(input, start);
        boolean decimal = false;
        if (i < n && input.charAt(i) == '.') {
            decimal = true;
            i = digits(input, i + 1);
        }
        if (i < n && (input.charAt(i) == 'e' || input.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (input.charAt(j) == '+' || input.charAt(j) == '-')) j++;
            if (j < n && isAsciiDigit(input.charAt(j))) {
                decimal = true;
                i = digits(input, j);
            } else if (j == n || !(input.charAt(j) == '_' || Character.isLetterOrDigit(input.codePointAt(j)))) {
                throw new ParseException("malformed number: exponent without digits", input, j);
            } else if (Character.isDigit(input.codePointAt(j))) {
                throw nonAsciiDigit(input, j);
            }
        }
        if (!decimal && i - start > MAX_INTEGER_DIGITS) {
            throw new ParseException("integer literal of " + (i - start) + " digits: exact numbers are limited to "
                    + Rational.MAX_BITS + " bits (" + MAX_INTEGER_DIGITS + " digits)", input, start);
        }
        out.add(new Token(decimal ? Token.Type.DECIMAL : Token.Type.NUMBER, input.substring(start, i), start));
        return i;
    }

    /** The end of a run of ASCII digits from {@code i}; a non-ASCII digit right after it is an error. */
    private static int digits(String input, int i) {
        int n = input.length();
        while (i < n && isAsciiDigit(input.charAt(i))) i++;
        if (i < n && !isAsciiDigit(input.charAt(i)) && Character.isDigit(input.codePointAt(i))) throw nonAsciiDigit(input, i);
        return i;
    }

    /** A string literal in single or double quotes (as in {@code Float('0.1')}); no escapes. */
    private static int string(String input, int start, List<Token> out) {
        char quote = input.charAt(start);
        int end = input.indexOf(quote, start + 1);
        if (end < 0) throw new ParseException("string literal is never closed", input, start);
        out.add(new Token(Token.Type.STRING, input.substring(start + 1, end), start));
        return end + 1;
    }

    private static ParseException nonAsciiDigit(String input, int i) {
        int cp = input.codePointAt(i);
        return new ParseException("non-ASCII digit " + CodePoints.describe(cp) + ": write numbers with the digits 0-9", input, i);
    }

    private static ParseException unexpected(String input, int i) {
        int cp = input.codePointAt(i);
        if (Character.isDigit(cp)) return nonAsciiDigit(input, i);
        return new ParseException("unexpected character " + CodePoints.describe(cp), input, i);
    }
}
