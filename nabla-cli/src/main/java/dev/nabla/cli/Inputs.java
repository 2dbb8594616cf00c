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
        return Expr.parse(text);
    }

    /**
     * The point {@code name=value,…}, in the order given; a value may be any constant expression
     * ({@code pi/4}, {@code 1e-3}).
     */
    static Map<Symbol, Double> point(String command, String at) {
        Map<Symbol, Double> point = new LinkedHashMap<>();
        if (at == null || at.isBlank()) return point;
        for (String part : at.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException(command + ": --at expects name=value, got '" + part.trim() + "'");
            String name = part.substring(0, eq).trim();
            Symbol s = symbol(command, "--at", name);
            Expr value = Expr.parse(part.substring(eq + 1).trim());
            if (!value.isConstantExpression()) {
                throw new IllegalArgumentException(command + ": --at value of '" + name + "' is not a number: " + value);
            }
            if (point.put(s, value.evalf()) != null) {
                throw new IllegalArgumentException(command + ": --at gives '" + name + "' twice");
            }
        }
        return point;
    }

    /** The variables of a comma-separated list, in order. */
    static List<Symbol> variables(String command, String option, String list) {
        List<Symbol> vars = new ArrayList<>();
        for (String name : list.split(",", -1)) {
            Symbol s = symbol(command, option, name.trim());
            if (vars.contains(s)) throw new IllegalArgumentException(command + ": " + option + " lists '" + s.name() + "' twice");
            vars.add(s);
        }
        return vars;
    }

    /**
     * Checks that every name is a variable of {@code e} ("unknown variable" otherwise) and, when
     * {@code complete}, that every variable of {@code e} is named ("no value" otherwise).
     */
    static void checkVariables(String command, String option, Expr e, Set<Symbol> given, boolean complete) {
        Set<Symbol> free = e.freeSymbols();
        for (Symbol s : given) {
            if (!free.contains(s)) {
                throw new IllegalArgumentException(command + ": unknown variable '" + s.name() + "' in " + option
                        + "; the expression's variables are " + names(free));
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

    private static Symbol symbol(String command, String option, String name) {
        try {
            return Symbol.of(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(command + ": " + option + ": " + e.getMessage(), e);
        }
    }

    static String names(Iterable<Symbol> symbols) {
        List<String> names = new ArrayList<>();
        for (Symbol s : symbols) names.add(s.name());
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }
}
