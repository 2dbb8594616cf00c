package dev.nabla.symbolic.fuzz;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.core.reverse.Reverse;
import dev.nabla.symbolic.Symbolic;
import dev.nabla.symbolic.compile.CompiledVectorFunction;
import dev.nabla.symbolic.compile.Compiler;
import dev.nabla.symbolic.diff.Differentiator;
import dev.nabla.symbolic.eval.DoublePlan;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.jit.Compiled;
import dev.nabla.symbolic.jit.CompiledGradient;
import dev.nabla.symbolic.fuzz.RandomFunction.Node;
import dev.nabla.symbolic.method.SymbolicMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Random functions differentiated by every mode and compared with {@link Oracle}, the zero rule written out:
 * gradients by forward mode, reverse mode, symbolic mode (trace, diff, evaluate), the compiled symbolic
 * gradient ({@code lambdify}), the gradient compiled from the function's trace ({@link Compiled#gradient}) and
 * complex step; Hessians by forward over forward, forward over reverse,
 * symbolic mode and the compiled symbolic Hessian. A disagreement is shrunk to a minimal function and point
 * and reported as Java source.
 *
 * <p>Compared at points where the value is finite. Forward, reverse, complex step and forward over reverse
 * interpret the function itself and are compared at every point, boundaries and special points included; the
 * gradient compiled from the trace is the tape's sweep without its re-derivation where partials on the way are
 * infinite, and is compared where none is (away from boundaries and special points).
 * Symbolic mode differentiates the traced expression, which the algebra of expressions has simplified: at a
 * point where a partial on the way is infinite or NaN, or a primitive sits at a special point or an end of its
 * domain, a simplification valid everywhere else may change the number there ({@code (√x)² = x} has
 * derivative 1 at 0, the program {@code sqrt(x)·sqrt(x)} has {@code 0·∞ = 0} by the zero rule), so symbolic
 * mode is compared at the other points and only counted at these. The compiled derivative is plain IEEE
 * arithmetic on the derivative expression and is compared where symbolic mode is. Points where a value on the
 * way is NaN while the function's value is not ({@code pow(NaN, 0) = 1}) have no derivative to compare, nor do
 * those where the traced expression's value differs ({@code x/0} is {@code nan} as an expression); both are
 * counted apart. Complex step with {@code h = 1e-20} is compared where every derivative on the way stays below
 * about {@code 1e12·max(1, |value|)}: beyond, its imaginary parts are no longer perturbations of the real parts
 * and the complex functions take their principal branches, as they must for general complex numbers; nor where
 * a derivative on the way is so small ({@code < 1e-270}) that {@code h} times it underflows. Symbolic mode is
 * not compared where a number on the way exceeds {@code 1e150}, since another algebraic form of the same
 * derivative may overflow there.
 *
 * <p>Soak: {@code nabla-symbolic/fuzz.sh SEED COUNT} (any seed, e.g. {@code 1 1000000}), or {@link #main} on the
 * test class path.
 */
public final class CrossModeFuzz {
    private static final Method SYMBOLIC = new SymbolicMethod();
    private static final Method COMPLEX_STEP = Methods.named("complex-step");
    private static final double[] SPECIAL = {0, 1, -1, 0.5, -0.5, 2, -2};
    private static final int POINTS = 3;
    /**
     * Complex step's own error is {@code h²·f'''/6} besides rounding: negligible for {@code h = 1e-20} unless an
     * intermediate lies within about {@code 1e-15} of a singularity ({@code cbrt(cos(acos 0))}: {@code cbrt} at
     * {@code 6e-17}), where it reaches {@code (h/x)² ≈ 1e-7}. Exact modes are held to {@code 1e-9}.
     */
    private static final double COMPLEX_STEP_TOLERANCE = 1e-6;

    /** What a run counted. */
    public static final class Counts {
        public long expressions, points, comparisons, boundaryPoints, skippedNaNOnTheWay, skippedNotFinite, disagreements;
        /** Points where the traced expression's value differs from the function's ({@code x/0} is {@code nan} as an expression). */
        public long tracedValueDiffers;
        /** Points where some derivative on the way exceeds about 1e12·max(1, |value|), beyond complex step's perturbation range. */
        public long complexStepOutOfRange;
        /** Points where a value or derivative on the way exceeds 1e150: another algebraic form may overflow there. */
        public long nearOverflow;
        /** Symbolic derivatives at boundary points: equal to the oracle, or not (algebraic simplification, e.g. {@code (√x)² = x}). */
        public long symbolicBoundaryAgree, symbolicBoundaryDiffer;
        public final List<String> boundaryExamples = new ArrayList<>();
        public final List<String> reports = new ArrayList<>();

        @Override public String toString() {
            return expressions + " expressions, " + points + " points with a finite value (" + boundaryPoints
                    + " on a boundary or special point), " + comparisons + " derivatives compared, " + disagreements
                    + " disagreements; skipped: " + skippedNotFinite + " points with a non-finite value, "
                    + skippedNaNOnTheWay + " with a NaN on the way; symbolic skipped at " + tracedValueDiffers
                    + " points where the traced expression has another value; symbolic at boundary points: "
                    + symbolicBoundaryAgree + " derivatives as the oracle, " + symbolicBoundaryDiffer + " not; complex step skipped at "
                    + complexStepOutOfRange + " points with a derivative beyond its range; symbolic skipped at " + nearOverflow
                    + " points where a number on the way exceeds 1e150";
        }
    }

    private final int maxNodes;
    private final int hessianEvery;
    private final int compileEvery;

    CrossModeFuzz(int maxNodes, int hessianEvery, int compileEvery) {
        this.maxNodes = maxNodes;
        this.hessianEvery = hessianEvery;
        this.compileEvery = compileEvery;
    }

    /** Runs {@code count} functions from {@code seed}; each disagreement is shrunk and reported (the first 20). */
    Counts run(long seed, long count) {
        Counts c = new Counts();
        for (long k = 0; k < count; k++) {
            long s = seed + k;
            RandomFunction f = RandomFunction.generate(s, maxNodes);
            c.expressions++;
            boolean hessians = k % hessianEvery == 0;
            boolean compiled = k % compileEvery == 0;
            Random r = new Random(~s);
            Subject subject = new Subject(f, compiled, hessians);
            for (int p = 0; p < POINTS; p++) {
                double[] x = point(r, f.arity);
                Oracle o = new Oracle(f, x);
                if (!Double.isFinite(o.value)) { c.skippedNotFinite++; continue; }
                if (o.nanOnTheWay) { c.skippedNaNOnTheWay++; continue; }
                c.points++;
                if (o.boundary) c.boundaryPoints++;
                List<String> found = subject.disagreements(x, o, c);
                if (!found.isEmpty()) {
                    c.disagreements += found.size();
                    if (c.reports.size() < 20) c.reports.add(shrink(f, x, found.get(0), s, compiled, hessians));
                }
            }
        }
        return c;
    }

    private static double[] point(Random r, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(3) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : Math.round((r.nextDouble() * 6 - 3) * 1e4) / 1e4;
        }
        return x;
    }

    /** One function with what every mode needs, built once for all its points. */
    private static final class Subject {
        final RandomFunction f;
        final ScalarFunction fn;
        final boolean hessians;
        final CompiledVectorFunction compiled;
        final CompiledGradient jit;
        final DoublePlan traced;
        final int n;

        Subject(RandomFunction f, boolean compile, boolean hessians) {
            this.f = f;
            this.fn = f.function();
            this.hessians = hessians;
            this.n = f.arity;
            String[] names = new String[n];
            for (int i = 0; i < n; i++) names[i] = "x" + i;
            List<Symbol> vars = Expr.symbols(names);
            Expr e = Symbolic.lambdaToExpr(fn, names);
            traced = DoublePlan.of(List.of(e), vars);
            CompiledVectorFunction c = null;
            if (compile) {
                List<Expr> outputs = new ArrayList<>(List.of(Differentiator.gradient(e, vars)));
                if (hessians) for (Expr[] row : Differentiator.hessian(e, vars)) outputs.addAll(List.of(row));
                c = Compiler.compileVector(outputs, vars);
            }
            this.compiled = c;
            this.jit = compile ? Compiled.gradient(fn, n) : null;
        }

        List<String> disagreements(double[] x, Oracle o, Counts c) {
            List<String> out = new ArrayList<>();
            gradient("forward", Forward.gradient(fn, x), o, out, c);
            gradient("reverse", Reverse.gradient(fn, x), o, out, c);
            if (jit != null && !o.boundary) gradient("jit", jit.gradient(x), o, out, c);
            if (o.tangentRatio * 1e-20 < 0x1p-27 && o.smallestTangent * 1e-20 > 1e-290) gradient("complex-step", COMPLEX_STEP.gradient(fn, x), o, out, c, COMPLEX_STEP_TOLERANCE);
            else c.complexStepOutOfRange++;
            boolean sameFunction = agree(o.value, traced.evaluate(x)[0], Math.abs(o.value), 1e-12);
            if (!sameFunction) c.tracedValueDiffers++;
            boolean nearOverflow = o.largest > 1e150;
            if (nearOverflow) c.nearOverflow++;
            boolean symbolic = sameFunction && !o.boundary && !nearOverflow;
            if (symbolic) gradient("symbolic", SYMBOLIC.gradient(fn, x), o, out, c);
            else if (sameFunction && !nearOverflow) {
                double[] g = SYMBOLIC.gradient(fn, x);
                for (int i = 0; i < n; i++) {
                    if (agree(o.gradient[i], g[i], Math.max(Math.abs(o.gradient[i]), o.magnitude[i]), 1e-9)) c.symbolicBoundaryAgree++;
                    else {
                        c.symbolicBoundaryDiffer++;
                        if (c.boundaryExamples.size() < 10) {
                            c.boundaryExamples.add(f.toJava() + " at " + Arrays.toString(x) + ": ∂" + i + " oracle " + o.gradient[i] + ", symbolic " + g[i]);
                        }
                    }
                }
            }
            double[] compiledValues = compiled == null || !symbolic ? null : compiled.apply(x);
            if (compiledValues != null) gradient("compiled", Arrays.copyOf(compiledValues, n), o, out, c);
            if (hessians) {
                double[][] reference = Forward.hessian(fn, x);
                double scale = 1;
                for (double[] row : reference) for (double h : row) if (Double.isFinite(h)) scale = Math.max(scale, Math.abs(h));
                for (double m : o.magnitude) if (Double.isFinite(m)) scale = Math.max(scale, m * m);
                hessian("forward over reverse", reference, Reverse.hessian(fn, x), scale, out, c);
                if (symbolic) hessian("symbolic", reference, SYMBOLIC.hessian(fn, x), scale, out, c);
                if (compiledValues != null) {
                    double[][] h = new double[n][n];
                    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) h[i][j] = compiledValues[n + i * n + j];
                    if (allFinite(reference)) hessian("compiled", reference, h, scale, out, c);
                }
            }
            return out;
        }

        private static boolean allFinite(double[][] h) {
            for (double[] row : h) for (double v : row) if (!Double.isFinite(v)) return false;
            return true;
        }

        private void gradient(String mode, double[] g, Oracle o, List<String> out, Counts c) {
            gradient(mode, g, o, out, c, 1e-9);
        }

        private void gradient(String mode, double[] g, Oracle o, List<String> out, Counts c, double tolerance) {
            for (int i = 0; i < n; i++) {
                c.comparisons++;
                if (!agree(o.gradient[i], g[i], Math.max(Math.abs(o.gradient[i]), o.magnitude[i]), tolerance)) {
                    out.add(mode + " ∂" + i + ": expected " + o.gradient[i] + " but got " + g[i]);
                }
            }
        }

        private void hessian(String mode, double[][] expected, double[][] actual, double scale, List<String> out, Counts c) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    c.comparisons++;
                    if (!agree(expected[i][j], actual[i][j], scale, 1e-7)) {
                        out.add(mode + " H[" + i + "][" + j + "]: forward over forward gives " + expected[i][j] + " but " + mode + " " + actual[i][j]);
                    }
                }
            }
        }
    }

    /** Equal classes (NaN, +∞, −∞), and finite values within {@code tolerance · scale}. */
    static boolean agree(double expected, double actual, double scale, double tolerance) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) return Double.isNaN(expected) && Double.isNaN(actual);
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) return expected == actual;
        double s = Double.isFinite(scale) ? Math.max(scale, Math.abs(expected)) : Math.abs(expected);
        return Math.abs(expected - actual) <= tolerance * Math.max(s, Double.MIN_NORMAL);
    }

    // ---- shrinking ---------------------------------------------------------------------------------

    /** The smallest function and simplest point, found greedily, that still show a disagreement of the same mode. */
    private String shrink(RandomFunction f, double[] x, String first, long seed, boolean compiled, boolean hessians) {
        String mode = first.substring(0, first.indexOf(' ', first.startsWith("forward over") ? 13 : 0));
        Predicate<Case> fails = c -> {
            try {
                Oracle o = new Oracle(c.f, c.x);
                if (!Double.isFinite(o.value) || o.nanOnTheWay) return false;
                for (String d : new Subject(c.f, compiled, hessians).disagreements(c.x, o, new Counts())) if (d.startsWith(mode)) return true;
                return false;
            } catch (RuntimeException e) {
                return false;
            }
        };
        Case best = new Case(f, x.clone());
        boolean progress = true;
        for (int round = 0; progress && round < 50; round++) {
            progress = false;
            for (Case candidate : smaller(best)) {
                if (candidate.f.size() <= best.f.size() && !candidate.equals(best) && fails.test(candidate)) {
                    best = candidate;
                    progress = true;
                    break;
                }
            }
        }
        Oracle o = new Oracle(best.f, best.x);
        List<String> ds = new Subject(best.f, compiled, hessians).disagreements(best.x, o, new Counts());
        return "seed " + seed + ": " + first + "\n  minimal: ScalarFunction f = " + best.f.toJava() + ";  at " + Arrays.toString(best.x)
                + "\n  " + (ds.isEmpty() ? first : ds.get(0));
    }

    private record Case(RandomFunction f, double[] x) {
        @Override public boolean equals(Object o) {
            return o instanceof Case c && c.f.root == f.root && Arrays.equals(c.x, x);
        }
        @Override public int hashCode() { return System.identityHashCode(f.root); }
    }

    /** Candidates one step simpler: a node replaced by one of its operands, a variable or a constant; a coordinate made simpler. */
    private static List<Case> smaller(Case c) {
        List<Case> out = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        collect(c.f.root, new IdentityHashMap<>(), nodes);
        for (Node n : nodes) {
            if (n.op() == null) continue;
            List<Node> replacements = new ArrayList<>();
            replacements.add(n.a());
            if (n.b() != null) replacements.add(n.b());
            for (Node r : replacements) out.add(new Case(new RandomFunction(replace(c.f.root, n, r, new IdentityHashMap<>()), c.f.arity), c.x));
        }
        for (Node n : nodes) {
            if (n.op() == null || n == c.f.root) continue;
            for (int v = 0; v < c.f.arity; v++) {
                out.add(new Case(new RandomFunction(replace(c.f.root, n, Node.variable(v), new IdentityHashMap<>()), c.f.arity), c.x));
            }
        }
        for (int i = 0; i < c.x.length; i++) {
            for (double simple : new double[] {0, 1, -1, 2, Math.round(c.x[i] * 10) / 10.0}) {
                if (simple == c.x[i]) continue;
                double[] y = c.x.clone();
                y[i] = simple;
                out.add(new Case(c.f, y));
            }
        }
        return out;
    }

    private static void collect(Node n, Map<Node, Boolean> seen, List<Node> out) {
        if (n == null || seen.put(n, true) != null) return;
        out.add(n);
        collect(n.a(), seen, out);
        collect(n.b(), seen, out);
    }

    private static Node replace(Node n, Node target, Node with, Map<Node, Node> memo) {
        if (n == null) return null;
        if (n == target) return with;
        Node known = memo.get(n);
        if (known != null) return known;
        Node a = replace(n.a(), target, with, memo), b = replace(n.b(), target, with, memo);
        Node r = a == n.a() && b == n.b() ? n : new Node(n.variable(), n.value(), n.op(), a, b, n.constantOperand());
        memo.put(n, r);
        return r;
    }

    /** Runs {@code count} functions from {@code seed} in chunks, printing the counts after each chunk and every report. */
    static Counts soak(long seed, long count, java.io.PrintStream out) {
        long start = System.nanoTime();
        CrossModeFuzz fuzz = new CrossModeFuzz(12, 4, 10);
        Counts total = new Counts();
        long chunk = 10_000;
        for (long done = 0; done < count; done += chunk) {
            Counts c = fuzz.run(seed + done, Math.min(chunk, count - done));
            total.expressions += c.expressions;
            total.points += c.points;
            total.comparisons += c.comparisons;
            total.boundaryPoints += c.boundaryPoints;
            total.skippedNaNOnTheWay += c.skippedNaNOnTheWay;
            total.skippedNotFinite += c.skippedNotFinite;
            total.disagreements += c.disagreements;
            total.tracedValueDiffers += c.tracedValueDiffers;
            total.complexStepOutOfRange += c.complexStepOutOfRange;
            total.nearOverflow += c.nearOverflow;
            total.symbolicBoundaryAgree += c.symbolicBoundaryAgree;
            total.symbolicBoundaryDiffer += c.symbolicBoundaryDiffer;
            for (String r : c.reports) {
                out.println(r);
                if (total.reports.size() < 20) total.reports.add(r);
            }
            for (String e : c.boundaryExamples) if (total.boundaryExamples.size() < 10) total.boundaryExamples.add(e);
            out.printf("after %d: %s (%.0f s)%n", done + c.expressions, total, (System.nanoTime() - start) / 1e9);
        }
        return total;
    }

    /** {@code CrossModeFuzz SEED COUNT}: a soak of {@code COUNT} functions from {@code SEED}; exit status 1 on a disagreement. */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        Counts total = soak(seed, count, System.out);
        total.boundaryExamples.forEach(e -> System.out.println("symbolic at a boundary point: " + e));
        System.exit(total.disagreements == 0 ? 0 : 1);
    }
}
