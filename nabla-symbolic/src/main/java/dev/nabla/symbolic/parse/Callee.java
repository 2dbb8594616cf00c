package dev.nabla.symbolic.parse;

import dev.nabla.symbolic.expr.Expr;

import java.util.function.Function;

/**
 * What a name followed by {@code (} calls: a primitive of the table, or one of SymPy's forms that the
 * parser builds from primitives ({@code log(x, b)}, {@code Rational(p, q)}, {@code Float('0.1')}).
 *
 * @param name    the name as written, for messages
 * @param minArgs the fewest arguments
 * @param maxArgs the most arguments ({@link Integer#MAX_VALUE} for {@code min}/{@code max})
 * @param build   the node from the arguments; throws {@link IllegalArgumentException} naming what is wrong
 */
record Callee(String name, int minArgs, int maxArgs, Function<Expr[], Expr> build) {

    /** {@code "takes 1 argument"}, {@code "takes 1 or 2 arguments"}, {@code "takes at least 2 arguments"}. */
    String arity() {
        String count = minArgs == maxArgs ? String.valueOf(minArgs)
                : maxArgs == Integer.MAX_VALUE ? "at least " + minArgs
                : minArgs + " or " + maxArgs;
        return name + " takes " + count + " argument" + (minArgs == 1 && maxArgs == 1 ? "" : "s");
    }
}
