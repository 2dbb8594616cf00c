package dev.nabla.cli;

import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line's text arguments turned into typed values: the expression, the point of
 * {@code --at x=4,y=5} and the variables of {@code --wrt x,y}. Every mistake is an
 * {@link IllegalArgumentException} naming the option and the offending piece.
 */
final class Inputs {
    private Inputs() {}

    /** The expression; a syntax error is a {@link dev.nabla.symbolic.parse.ParseException} with a caret. */
    static Expr expression(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("the expression is empty");
        return Expr.parse(text);
    }

    /**
     * The expressions of {@code "E1; E2; …"}, in order.
     *
     * @throws IllegalArgumentException naming an empty piece or, with its number, a piece that does not parse
     */
    static List<Expr> expressions(String command, String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException(command + ": the expression list is empty");
        String[] pieces = text.split(";", -1);
        List<Expr> out = new ArrayList<>(pieces.length);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            String where = pieces.length == 1 ? "the expression" : "expression " + (i + 1) + " of " + pieces.length;
            if (piece.isBlank()) throw new IllegalArgumentException(command + ": " + where + " is empty");
            try {
                out.add(Expr.parse(piece.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(command + ": " + where + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The number an option gives, a constant expression ({@code -pi}, {@code 1e-3}). */
    static double number(String command, String option, String text) {
        Expr value;
        try {
            value = Expr.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(command + ": " + option + " is not a number: " + e.getMessage(), e);
        }
        if (!value.isConstantExpression()) throw new IllegalArgumentException(command + ": " + option + " is not a number: " + text);
        double v = value.evalf();
        if (!Double.isFinite(v)) throw new IllegalArgumentException(command + ": " + option + " must be finite, got " + text);
        return v;
    }

    /**
     * The variable named by {@code wrt}, or the only variable of the input not in {@code fixed} when
     * {@code wrt} is absent.
     */
    static Symbol axisVariable(String command, String text, Expr e, String wrt, Set<Symbol> fixed) {
        if (wrt != null) {
            Symbol s = symbol(command, "--wrt", wrt.trim());
            checkVariables(command, "--wrt", text, e, Set.of(s), false);
            return s;
        }
        List<Symbol> free = new ArrayList<>(variables(text, e));
        free.removeAll(fixed);
        if (free.size() == 1) return free.get(0);
        throw new IllegalArgumentException(command + ": name the variable with --wrt (the expression's variables are "
                + names(variables(text, e)) + ")");
    }

    /**
     * The point {@code name=value,…}, in the order given; a value may be any constant expression
     * ({@code pi/4}, {@code 1e-3}).
     */
    static Map<Symbol, Double> point(String command, String at) {
        Map<Symbol, Double> point = new LinkedHashMap<>();
        pointExpressions(command, at).forEach((s, v) -> point.put(s, v.evalf()));
        return point;
    }

    /** The point {@code name=value,…} with each value as the constant expression written ({@code pi/4} stays exact). */
    static Map<Symbol, Expr> pointExpressions(String command, String at) {
        Map<Symbol, Expr> point = new LinkedHashMap<>();
        if (at == null || at.isBlank()) return point;
        for (String part : at.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException(command + ": --at expects name=value, got '" + part.trim() + "'");
            String name = part.substring(0, eq).trim();
            Symbol s = symbol(command, "--at", name);
            String valueText = part.substring(eq + 1).trim();
            if (valueText.isEmpty()) throw new IllegalArgumentException(command + ": --at gives '" + name + "' no value");
            Expr value;
            try {
                value = Expr.parse(valueText);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(command + ": --at value of '" + name + "' is not a number: " + e.getMessage(), e);
            }
            if (!value.isConstantExpression()) {
                throw new IllegalArgumentException(command + ": --at value of '" + name + "' is not a number: " + valueText);
            }
            if (!Double.isFinite(value.evalf())) {
                throw new IllegalArgumentException(command + ": --at value of '" + name + "' is not a finite number: " + valueText);
            }
            if (point.put(s, value) != null) {
                throw new IllegalArgumentException(command + ": --at gives '" + name + "' twice");
            }
        }
        return point;
    }

    /** The variables of a comma-separated list, in order, each at most once. */
    static List<Symbol> variables(String command, String option, String list) {
        List<Symbol> vars = new ArrayList<>();
        for (String name : list.split(",", -1)) {
            Symbol s = symbol(command, option, name.trim());
            if (vars.contains(s)) throw new IllegalArgumentException(command + ": " + option + " lists '" + s.name() + "' twice");
            vars.add(s);
        }
        return vars;
    }

    /** The variables of a comma-separated list, in order, repeats allowed ({@code x,x,y}). */
    static List<Symbol> variableSequence(String command, String option, String list) {
        List<Symbol> vars = new ArrayList<>();
        for (String name : list.split(",", -1)) vars.add(symbol(command, option, name.trim()));
        return vars;
    }

    /**
     * Checks that every name of {@code given} is a variable of the input {@code text} ("unknown variable"
     * otherwise) and, when {@code complete}, that every variable of {@code e} is named ("no value"
     * otherwise). A name written in the input but simplified away ({@code x} in {@code x - x + y}) is a
     * variable: its partial derivative is 0.
     */
    static void checkVariables(String command, String option, String text, Expr e, Set<Symbol> given, boolean complete) {
        Set<Symbol> free = e.freeSymbols();
        Set<String> written = writtenNames(text);
        for (Symbol s : given) {
            if (!free.contains(s) && !written.contains(s.name())) {
                throw new IllegalArgumentException(command + ": unknown variable '" + s.name() + "' in " + option
                        + "; the expression's variables are " + names(variables(text, e)));
            }
        }
        if (!complete) return;
        for (Symbol s : free) {
            if (!given.contains(s)) {
                throw new IllegalArgumentException(command + ": variable '" + s.name() + "' has no value in " + option
                        + " (given: " + names(given) + ")");
            }
        }
    }

    /**
     * The variables of the input: those of {@code e} and those written in {@code text} but simplified
     * away, sorted by name.
     */
    static List<Symbol> variables(String text, Expr e) {
        java.util.TreeMap<String, Symbol> all = new java.util.TreeMap<>();
        for (Symbol s : e.freeSymbols()) all.put(s.name(), s);
        for (String name : writtenNames(text)) {
            if (all.containsKey(name)) continue;
            try {
                all.put(name, Symbol.of(name));
            } catch (IllegalArgumentException reserved) {
                // a function or constant name, not a variable
            }
        }
        return new ArrayList<>(all.values());
    }

    /** The identifiers written in {@code text} (numbers, including their exponent, skipped). */
    static Set<String> writtenNames(String text) {
        Set<String> names = new java.util.HashSet<>();
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '.') {
                while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) i++;
                if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                    int j = i + 1;
                    if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) j++;
                    if (j < n && Character.isDigit(text.charAt(j))) {
                        i = j;
                        while (i < n && Character.isDigit(text.charAt(i))) i++;
                    }
                }
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
                names.add(text.substring(start, i));
            } else {
                i++;
            }
        }
        return names;
    }

    private static Symbol symbol(String command, String option, String name) {
        try {
            return Symbol.of(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(command + ": " + option + ": " + e.getMessage(), e);
        }
    }

    /** {@code text} on one line, cut to at most 80 characters for a title ({@code ...} marks the cut). */
    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }

    static String names(Iterable<Symbol> symbols) {
        List<String> names = new ArrayList<>();
        for (Symbol s : symbols) names.add(s.name());
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }
}
