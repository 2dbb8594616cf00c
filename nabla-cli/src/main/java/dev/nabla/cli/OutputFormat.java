package dev.nabla.cli;

import dev.nabla.symbolic.expr.Expr;

import java.util.function.Function;

/** How {@code diff} writes an expression. */
enum OutputFormat {
    /** Ordinary math, re-readable by {@code nabla}: {@code 2*x*sin(x) + x**2*cos(x)}. */
    PLAIN(Expr::toString),
    /** SymPy syntax, readable by {@code sympify}. */
    SYMPY(Expr::toSympy),
    /** LaTeX. */
    LATEX(Expr::toLatex),
    /** A Java expression using {@code Math.*}. */
    JAVA(Expr::toJava);

    private final Function<Expr, String> printer;

    OutputFormat(Function<Expr, String> printer) {
        this.printer = printer;
    }

    String print(Expr e) {
        return printer.apply(e);
    }
}
