package dev.nabla.symbolic.print;

import dev.nabla.symbolic.expr.Expr;

/**
 * The printers: plain (Nabla syntax, as SymPy's {@code str}: {@code 9*x**2 - 5}), SymPy (readable
 * by {@code sympify}), LaTeX, and Java source. All use minimal parentheses and the display order of
 * SymPy (see {@link DisplayOrder}); none recurses, so deep expressions print safely.
 */
public final class Printers {
    private Printers() {}

    /** Nabla syntax, re-readable by {@link Expr#parse(String)}: {@code (3*x**2 + 4)*exp(y)}. */
    public static String plain(Expr e) {
        return Walker.print(e, new PlainStyle(e));
    }

    /** SymPy syntax: {@code Abs(x)}, {@code E}, {@code log(x, 10)} … */
    public static String sympy(Expr e) {
        return Walker.print(e, new SympyStyle(e));
    }

    /** LaTeX. */
    public static String latex(Expr e) {
        return Walker.print(e, new LatexStyle(e));
    }

    /**
     * A Java expression of type {@code double} over variables named as the symbols.
     *
     * @throws IllegalArgumentException if the expression calls a custom primitive
     */
    public static String java(Expr e) {
        return Walker.print(e, new JavaStyle(e));
    }

    /** The plain form, cut after {@code max} characters with {@code …} (for error messages). */
    public static String abbreviated(Expr e, int max) {
        String s = plain(e);
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
