package dev.nabla.symbolic;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.complex.Complex;
import dev.nabla.core.forward.Dual;
import dev.nabla.core.forward.DualVector;
import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.reverse.Reverse;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Domain;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.SpecialPoint;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.compile.CompiledVectorFunction;
import dev.nabla.symbolic.compile.Compiler;
import dev.nabla.symbolic.diff.Differentiator;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.jit.CompiledGradient;
import dev.nabla.symbolic.method.SymbolicMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The contract of the rule table, over every backend: for each primitive of {@link Primitives#all()} — a new
 * entry is covered with no further line — at points across its domain, on the ends of its domain, at each of its
 * special points and outside its domain, the first derivatives of
 * <ul>
 *   <li>the double fast path, and the algebra rule evaluated on {@link Real} (the two formulas of one partial);</li>
 *   <li>{@link Dual} (one tangent per input), {@link DualVector} with sparse tangents and with dense ones,
 *       {@link dev.nabla.core.forward.TaggedDual} (nested forward mode), the tape ({@code TapeVar}), complex
 *       step on {@link Complex}, the traced expression differentiated and evaluated (symbolic mode), the
 *       same derivative compiled to bytecode, and the gradient compiled from the function's trace (forward and
 *       reverse pass as bytecode);</li>
 * </ul>
 * and the second derivatives forward over forward, forward over reverse, symbolic, compiled, and (inside the
 * domain) a central difference of the gradient. Inside the domain every mode agrees with the fast path to
 * rounding and with a central difference; at a special point every mode gives the documented partials exactly;
 * on an end of the domain every mode gives the fast path's number (infinities included); outside it, where the
 * value is NaN, every derivative is NaN. The compiled derivative is plain IEEE arithmetic on the derivative
 * expression, so it is held to the contract inside the domain only. Where a first derivative is infinite
 * ({@code cbrt} at 0), the second derivative of the program and of the simplified expression may differ —
 * {@code 2·cbrt(x)·cbrt'(x) = 0·∞ = 0} by the zero rule, {@code (x^(2/3))'} is infinite — so symbolic second
 * derivatives are compared at the other points.
 */
class PrimitiveContractTest {
    private static final int INTERIOR = 24;
    private static final SymbolicMethod SYMBOLIC = new SymbolicMethod();
    private static final AtomicLong CHECKS = new AtomicLong();
    private static final AtomicLong POINTS = new AtomicLong();

    /** Where a point lies, which decides what the modes are held to. */
    enum Kind { INTERIOR, BOUNDARY, SPECIAL, OUTSIDE }

    record Point(Kind kind, double[] x, double[] documented) {
        @Override public String toString() { return kind + " " + Arrays.toString(x); }
    }

    /** A way to compute the gradient of a primitive at a point. */
    record Mode(String name, BiFunction<Primitive, double[], double[]> gradient) {}

    static final List<Mode> FIRST_ORDER = List.of(
            new Mode("double fast path", PrimitiveContractTest::fastPartials),
            new Mode("algebra rule on Real", PrimitiveContractTest::ruleOnReals),
            new Mode("Dual", PrimitiveContractTest::oneTangent),
            new Mode("DualVector sparse", PrimitiveContractTest::sparse),
            new Mode("DualVector dense", PrimitiveContractTest::dense),
            new Mode("TaggedDual", PrimitiveContractTest::nested),
            new Mode("TapeVar", (p, x) -> Reverse.gradient(f(p), x)),
            new Mode("Complex", PrimitiveContractTest::complexStep),
            new Mode("Expr evaluated", (p, x) -> SYMBOLIC.gradient(f(p), x)),
            new Mode("compiled from the trace", PrimitiveContractTest::traceCompiled));

    private static final Map<Primitive, CompiledGradient> TRACE_COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The gradient compiled from the traced function ({@link dev.nabla.symbolic.jit.Compiled#gradient}), once per primitive. */
    static double[] traceCompiled(Primitive p, double[] x) {
        return TRACE_COMPILED.computeIfAbsent(p, q -> dev.nabla.symbolic.jit.Compiled.gradient(f(q), q.arity())).gradient(x);
    }

    @Test
    void everyEntryIsComplete() {
        Set<String> names = new HashSet<>();
        for (Primitive p : Primitives.all()) {
            assertTrue(names.add(p.name()), "duplicate name " + p.name());
            assertNotNull(p.domain().description(), p.name() + ": domain description");
            assertEquals(p.arity(), p.domain().intervals().size(), p.name() + ": one interval per operand");
            assertNotNull(p.specialPoints(), p.name() + ": special points");
            for (SpecialPoint s : p.specialPoints()) {
                assertEquals(p.arity(), s.at().length, p.name() + ": special point arity");
                assertEquals(p.arity(), s.partials().length, p.name() + ": special point partials");
            }
            assertEquals(p, Primitives.named(p.name()).orElseThrow());
        }
    }

    @TestFactory
    Stream<DynamicTest> firstAndSecondDerivativesInEveryMode() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Primitive p : Primitives.all()) {
            Compiled compiled = new Compiled(p);
            for (Point point : points(p)) {
                tests.add(DynamicTest.dynamicTest(p.name() + " " + point, () -> {
                    POINTS.incrementAndGet();
                    firstOrder(p, point, compiled);
                    secondOrder(p, point, compiled);
                }));
            }
        }
        return tests.stream();
    }

    @AfterAll
    static void report() {
        System.out.println("primitive contract: " + Primitives.all().size() + " primitives, " + POINTS.get() + " points, "
                + CHECKS.get() + " derivatives compared");
    }

    // ---- the points ------------------------------------------------------------------------------

    static List<Point> points(Primitive p) {
        List<Point> out = new ArrayList<>();
        Random r = new Random(p.name().hashCode());
        List<Domain.Interval> in = p.domain().intervals();
        for (int k = 0; k < INTERIOR; k++) {
            double[] x = new double[p.arity()];
            for (int i = 0; i < x.length; i++) x[i] = inside(in.get(i), r);
            if (p.arity() == 2 && x[0] == x[1]) continue;
            out.add(new Point(Kind.INTERIOR, x, null));
        }
        for (SpecialPoint s : p.specialPoints()) out.add(new Point(Kind.SPECIAL, s.at(), s.partials()));
        for (int i = 0; i < p.arity(); i++) {
            for (double end : new double[] {in.get(i).lower(), in.get(i).upper()}) {
                if (Double.isInfinite(end)) continue;
                double[] x = new double[p.arity()];
                for (int j = 0; j < x.length; j++) x[j] = j == i ? end : inside(in.get(j), r);
                out.add(new Point(value(p, x) != value(p, x) ? Kind.OUTSIDE : Kind.BOUNDARY, x, null));
                double[] beyond = x.clone();
                beyond[i] = end == in.get(i).lower() ? end - 0.75 : end + 0.75;
                if (Double.isNaN(value(p, beyond))) out.add(new Point(Kind.OUTSIDE, beyond, null));
            }
        }
        return out;
    }

    private static double inside(Domain.Interval in, Random r) {
        double lo = in.lower(), hi = in.upper(), u = r.nextDouble();
        if (Double.isInfinite(lo) && Double.isInfinite(hi)) return Math.round((-3 + 6 * u) * 1e6) / 1e6;
        if (Double.isInfinite(hi)) return lo + 0.05 + 4 * u;
        if (Double.isInfinite(lo)) return hi - 0.05 - 4 * u;
        return lo + (hi - lo) * (0.05 + 0.9 * u);
    }

    // ---- first order -----------------------------------------------------------------------------

    private static void firstOrder(Primitive p, Point point, Compiled compiled) {
        double[] x = point.x;
        double[] expected = switch (point.kind) {
            case SPECIAL -> point.documented;
            case OUTSIDE -> nan(x.length);
            default -> fastPartials(p, x);
        };
        Map<String, double[]> results = new LinkedHashMap<>();
        for (Mode m : FIRST_ORDER) results.put(m.name, m.gradient.apply(p, x));
        if (point.kind == Kind.INTERIOR) {
            results.put("Expr compiled", Arrays.copyOf(compiled.at(x), x.length));
            results.put("central difference", centralGradient(p, x));
        }
        for (Map.Entry<String, double[]> e : results.entrySet()) {
            double tolerance = e.getKey().equals("central difference") ? 1e-6 : e.getKey().startsWith("Complex") ? 1e-13 : 1e-12;
            for (int i = 0; i < x.length; i++) {
                assertSame(expected[i], e.getValue()[i], tolerance, p.name() + " ∂" + i + " at " + point + ": " + e.getKey());
            }
        }
    }

    // ---- second order ----------------------------------------------------------------------------

    private static void secondOrder(Primitive p, Point point, Compiled compiled) {
        double[] x = point.x;
        double[][] overForward = Forward.hessian(f(p), x);
        Map<String, double[][]> results = new LinkedHashMap<>();
        results.put("forward over reverse", Reverse.hessian(f(p), x));
        boolean finiteFirst = true;
        for (double g : fastPartials(p, x)) finiteFirst &= Double.isFinite(g) || Double.isNaN(value(p, x));
        if (finiteFirst) results.put("Expr evaluated", SYMBOLIC.hessian(f(p), x));
        if (point.kind == Kind.INTERIOR) {
            double[] all = compiled.at(x);
            double[][] h = new double[x.length][x.length];
            for (int i = 0; i < x.length; i++) for (int j = 0; j < x.length; j++) h[i][j] = all[x.length + i * x.length + j];
            results.put("Expr compiled", symmetric(h));
            results.put("central difference of the gradient", centralHessian(p, x));
        }
        for (Map.Entry<String, double[][]> e : results.entrySet()) {
            double tolerance = e.getKey().startsWith("central") ? 1e-5 : 1e-11;
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x.length; j++) {
                    if (point.kind == Kind.OUTSIDE) assertTrue(Double.isNaN(overForward[i][j]), p.name() + " H outside the domain");
                    assertSame(overForward[i][j], e.getValue()[i][j], tolerance,
                            p.name() + " ∂" + i + "∂" + j + " at " + point + ": forward over forward vs " + e.getKey());
                }
            }
        }
    }

    private static double[][] symmetric(double[][] h) {
        for (int i = 0; i < h.length; i++) {
            for (int j = i + 1; j < h.length; j++) {
                double mean = 0.5 * (h[i][j] + h[j][i]);
                h[i][j] = mean;
                h[j][i] = mean;
            }
        }
        return h;
    }

    // ---- the modes -------------------------------------------------------------------------------

    static ScalarFunction f(Primitive p) {
        return v -> call(p, v[0], p.arity() == 2 ? v[1] : null);
    }

    static Num call(Primitive p, Num a, Num b) {
        if (p instanceof UnaryPrimitive u) return a.apply(u);
        return a.apply((BinaryPrimitive) p, b);
    }

    static double value(Primitive p, double[] x) {
        if (p instanceof UnaryPrimitive u) return u.value().applyAsDouble(x[0]);
        return ((BinaryPrimitive) p).value().applyAsDouble(x[0], x[1]);
    }

    static double[] fastPartials(Primitive p, double[] x) {
        double f = value(p, x);
        if (p instanceof UnaryPrimitive u) return new double[] {u.partialAt(x[0], f)};
        BinaryPrimitive b = (BinaryPrimitive) p;
        return new double[] {b.partialXAt(x[0], x[1], f), b.partialYAt(x[0], x[1], f)};
    }

    /** The algebra rule evaluated on {@link Real}; NaN where the value is, as on every double backend. */
    static double[] ruleOnReals(Primitive p, double[] x) {
        double v = value(p, x);
        if (Double.isNaN(v)) return nan(x.length);
        Real f = Real.of(v);
        if (p instanceof UnaryPrimitive u) return new double[] {u.rule().at(Real.of(x[0]), f).doubleValue()};
        BinaryPrimitive b = (BinaryPrimitive) p;
        return new double[] {b.ruleX().at(Real.of(x[0]), Real.of(x[1]), f).doubleValue(),
                b.ruleY().at(Real.of(x[0]), Real.of(x[1]), f).doubleValue()};
    }

    static double[] oneTangent(Primitive p, double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] e = new double[x.length];
            e[i] = 1;
            g[i] = Forward.jvp(f(p), x, e);
        }
        return g;
    }

    /** The primitive's inputs among 16, so the tangents stay sparse. */
    static double[] sparse(Primitive p, double[] x) {
        double[] wide = new double[16];
        System.arraycopy(x, 0, wide, 3, x.length);
        double[] g = Forward.gradient(v -> call(p, v[3], x.length == 2 ? v[4] : null), wide);
        return Arrays.copyOfRange(g, 3, 3 + x.length);
    }

    /** Dense tangents with an unused third direction, which must stay 0 (or NaN with the value). */
    static double[] dense(Primitive p, double[] x) {
        Num[] v = new Num[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] t = new double[3];
            t[i] = 1;
            v[i] = DualVector.of(x[i], t);
        }
        DualVector y = (DualVector) call(p, v[0], x.length == 2 ? v[1] : null);
        double unused = y.tangent(2);
        double expected = Double.isNaN(y.primal()) ? unused : 0;
        assertSame(expected, unused, 0, p.name() + " at " + Arrays.toString(x) + ": an unused dense tangent");
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) g[i] = Double.isNaN(y.primal()) ? Double.NaN : y.tangent(i);
        return g;
    }

    /** Nested forward mode: {@code derivative} on a {@link Real}, the path of higher orders. */
    static double[] nested(Primitive p, double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int k = i;
            Num d = Forward.derivative(t -> {
                Num a = k == 0 ? t : t.constant(x[0]);
                Num b = x.length == 2 ? (k == 1 ? t : t.constant(x[1])) : null;
                return call(p, a, b);
            }, Real.of(x[i]));
            g[i] = Double.isNaN(value(p, x)) ? Double.NaN : d.doubleValue();
        }
        return g;
    }

    static double[] complexStep(Primitive p, double[] x) {
        double h = 1e-20;
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            Complex a = Complex.of(x[0], i == 0 ? h : 0);
            Complex b = x.length == 2 ? Complex.of(x[1], i == 1 ? h : 0) : null;
            Complex y = (Complex) call(p, a, b);
            g[i] = Double.isNaN(y.re()) ? Double.NaN : y.im() / h;
        }
        return g;
    }

    static double[] centralGradient(Primitive p, double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(x[i]));
            double[] up = x.clone(), down = x.clone();
            up[i] += h;
            down[i] -= h;
            g[i] = (value(p, up) - value(p, down)) / (up[i] - down[i]);
        }
        return g;
    }

    static double[][] centralHessian(Primitive p, double[] x) {
        double[][] h = new double[x.length][x.length];
        for (int j = 0; j < x.length; j++) {
            double step = 1e-5 * Math.max(1, Math.abs(x[j]));
            double[] up = x.clone(), down = x.clone();
            up[j] += step;
            down[j] -= step;
            double[] gu = fastPartials(p, up), gd = fastPartials(p, down);
            for (int i = 0; i < x.length; i++) h[i][j] = (gu[i] - gd[i]) / (up[j] - down[j]);
        }
        return symmetric(h);
    }

    /** The symbolic gradient and Hessian of the primitive, compiled once. */
    static final class Compiled {
        private final CompiledVectorFunction function;

        Compiled(Primitive p) {
            String[] names = p.arity() == 2 ? new String[] {"x0", "x1"} : new String[] {"x0"};
            List<Symbol> vars = Expr.symbols(names);
            Expr e = Symbolic.lambdaToExpr(f(p), names);
            List<Expr> outputs = new ArrayList<>(List.of(Differentiator.gradient(e, vars)));
            for (Expr[] row : Differentiator.hessian(e, vars)) outputs.addAll(List.of(row));
            function = Compiler.compileVector(outputs, vars);
        }

        double[] at(double[] x) {
            return function.apply(x);
        }
    }

    // ---- comparison ------------------------------------------------------------------------------

    static double[] nan(int n) {
        double[] v = new double[n];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    /** Same class (NaN, +∞, −∞) and, for finite numbers, within {@code tolerance · max(1, |expected|)}. */
    static void assertSame(double expected, double actual, double tolerance, String what) {
        CHECKS.incrementAndGet();
        if (Double.isNaN(expected) || Double.isInfinite(expected) || !Double.isFinite(actual)) {
            if (Double.compare(expected, actual) != 0 && !(Double.isNaN(expected) && Double.isNaN(actual))) {
                fail(what + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        if (Math.abs(expected - actual) > tolerance * Math.max(1, Math.abs(expected))) {
            fail(what + ": expected " + expected + " but was " + actual);
        }
    }
}
