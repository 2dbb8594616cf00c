package dev.nabla.symbolic.fuzz;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.core.reverse.Reverse;
import dev.nabla.symbolic.eval.ExprFunctions;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.util.List;
import java.util.Random;

/**
 * The measurement of the issue that asked for the zero rule, repeated: random expressions of 1–4 variables over
 * every function the parser knows, parsed, differentiated by forward mode, reverse mode, symbolic mode and complex
 * step at points where the value is finite, and the disagreements counted by kind. It uses only APIs that predate
 * the zero rule, so it runs unchanged on the code before and after it:
 * {@code java -cp <classes> dev.nabla.symbolic.fuzz.ModeDisagreementReport [SEED] [COUNT]}
 * ({@code -Dnabla.report.examples=true} prints each gradient component where forward and symbolic mode differ).
 */
public final class ModeDisagreementReport {
    private ModeDisagreementReport() {}

    private static final String[] UNARY = {"sin", "cos", "tan", "exp", "expm1", "log", "log1p", "log10", "sqrt", "cbrt",
            "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "abs", "sign", "heaviside"};
    private static final String[] BINARY = {"+", "-", "*", "/", "^", "atan2", "min", "max", "hypot"};
    private static final double[] SPECIAL = {0, 1, -1, 0.5, -0.5, 2};

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 12000;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 12000;
        Method symbolic = Methods.named("symbolic");
        Method complexStep = Methods.named("complex-step");
        long points = 0, hessianPoints = 0, forwardNaN = 0, reverseNaN = 0, complexNaN = 0, overReverseNaN = 0;
        long forwardVsSymbolic = 0, reverseVsSymbolic = 0, complexVsSymbolic = 0, hessianDisagreements = 0, failures = 0;
        Random r = new Random(seed);
        for (int k = 0; k < count; k++) {
            int n = 1 + r.nextInt(4);
            String[] names = new String[n];
            for (int i = 0; i < n; i++) names[i] = "x" + i;
            String text = expression(r, names, 4);
            ScalarFunction f;
            List<Symbol> vars = Expr.symbols(names);
            try {
                f = ExprFunctions.scalar(Expr.parse(text), vars);
            } catch (RuntimeException e) {
                failures++;
                continue;
            }
            for (int p = 0; p < 3; p++) {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) x[i] = r.nextInt(3) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : Math.round((r.nextDouble() * 6 - 3) * 1e3) / 1e3;
                double value;
                try {
                    value = dev.nabla.core.Nabla.value(f, x);
                } catch (RuntimeException e) {
                    failures++;
                    continue;
                }
                if (!Double.isFinite(value)) continue;
                points++;
                double[] s = symbolic.gradient(f, x), fw = Forward.gradient(f, x), rv = Reverse.gradient(f, x), cs = complexStep.gradient(f, x);
                for (int i = 0; i < n; i++) {
                    if (Double.isFinite(s[i]) && Double.isNaN(fw[i])) forwardNaN++;
                    if (Double.isFinite(s[i]) && Double.isNaN(rv[i])) reverseNaN++;
                    if (Double.isFinite(s[i]) && Double.isNaN(cs[i])) complexNaN++;
                    if (!same(s[i], fw[i], 1e-8)) {
                        forwardVsSymbolic++;
                        if (Boolean.getBoolean("nabla.report.examples")) {
                            System.out.println(text + " at " + java.util.Arrays.toString(x) + ": ∂" + i + " symbolic " + s[i] + ", forward " + fw[i]);
                        }
                    }
                    if (!same(s[i], rv[i], 1e-8)) reverseVsSymbolic++;
                    if (!same(s[i], cs[i], 1e-6)) complexVsSymbolic++;
                }
                if (p == 0 && k % 4 == 0) {
                    hessianPoints++;
                    double[][] ff = Forward.hessian(f, x), fr = Reverse.hessian(f, x), sh = symbolic.hessian(f, x);
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            if (Double.isFinite(ff[i][j]) && same(ff[i][j], sh[i][j], 1e-6) && Double.isNaN(fr[i][j])) overReverseNaN++;
                            if (!same(ff[i][j], fr[i][j], 1e-6) || !same(ff[i][j], sh[i][j], 1e-6)) hessianDisagreements++;
                        }
                    }
                }
            }
        }
        System.out.printf("%d expressions (%d not parsed or evaluated), %d points with a finite value, %d with Hessians%n",
                count, failures, points, hessianPoints);
        System.out.printf("gradient components: forward NaN where symbolic is finite %d, reverse %d, complex step %d%n", forwardNaN, reverseNaN, complexNaN);
        System.out.printf("gradient components differing from symbolic: forward %d, reverse %d, complex step %d%n",
                forwardVsSymbolic, reverseVsSymbolic, complexVsSymbolic);
        System.out.printf("Hessian entries: forward over reverse NaN where forward over forward and symbolic agree %d; "
                + "entries where the three disagree %d%n", overReverseNaN, hessianDisagreements);
    }

    private static String expression(Random r, String[] names, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) {
            int k = r.nextInt(names.length + 2);
            if (k < names.length) return names[k];
            return k == names.length ? Integer.toString(r.nextInt(4)) : Double.toString(Math.round(r.nextDouble() * 40) / 10.0);
        }
        if (r.nextBoolean()) return UNARY[r.nextInt(UNARY.length)] + "(" + expression(r, names, depth - 1) + ")";
        String op = BINARY[r.nextInt(BINARY.length)];
        String a = expression(r, names, depth - 1), b = r.nextInt(4) == 0 ? a : expression(r, names, depth - 1);
        if (Character.isLetter(op.charAt(0))) return op + "(" + a + ", " + b + ")";
        return "(" + a + " " + op + " " + b + ")";
    }

    /** Same class (NaN, ±∞) and finite values within {@code tolerance} relative. */
    private static boolean same(double a, double b, double tolerance) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.isNaN(a) && Double.isNaN(b);
        if (Double.isInfinite(a) || Double.isInfinite(b)) return a == b;
        return Math.abs(a - b) <= tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
