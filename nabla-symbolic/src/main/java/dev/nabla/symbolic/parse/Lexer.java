package dev.nabla.symbolic.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits input into tokens: numbers, identifiers, {@code + - * / ^ **}, parentheses and commas. */
final class Lexer {
    private Lexer() {}

    static List<Token> tokens(String input) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(input.charAt(i + 1)))) {
                i = number(input, i, out);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(input.charAt(i)) || input.charAt(i) == '_')) i++;
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
            } else {
                throw new ParseException("unexpected character '" + c + "'", input, i);
            }
        }
        out.add(new Token(Token.Type.END, "", n));
        return out;
    }

    private static int number(String input, int start, List<Token> out) {
        int n = input.length();
        int i = start;
        boolean decimal = false;
        while (i < n && Character.isDigit(input.charAt(i))) i++;
        if (i < n && input.charAt(i) == '.') {
            decimal = true;
            i++;
            while (i < n && Character.isDigit(input.charAt(i))) i++;
        }
        if (i < n && (input.charAt(i) == 'e' || input.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (input.charAt(j) == '+' || input.charAt(j) == '-')) j++;
            if (j < n && Character.isDigit(input.charAt(j))) {
                decimal = true;
                i = j;
                while (i < n && Character.isDigit(input.charAt(i))) i++;
            } else if (j < n && !Character.isLetterOrDigit(input.charAt(j)) && input.charAt(j) != '_' || j == n) {
                throw new ParseException("malformed number: exponent without digits", input, j);
            }
        }
        out.add(new Token(decimal ? Token.Type.DECIMAL : Token.Type.NUMBER, input.substring(start, i), start));
        return i;
    }
}
