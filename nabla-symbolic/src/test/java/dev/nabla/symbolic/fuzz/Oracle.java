package dev.nabla.symbolic.fuzz;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Domain;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.SpecialPoint;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.StrongZero;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.fuzz.RandomFunction.Node;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The expected gradient of a {@link RandomFunction}: the chain rule written out plainly — one dense tangent
 * per input, the table's double partials, the zero rule ({@link StrongZero}) on every product, NaN partials
 * where a value is NaN. It also records what the comparison needs to know about the point: the size of the
 * contributions (for a tolerance that survives cancellation), whether some value on the way is NaN, and
 * whether a partial was not finite (a point on a domain's boundary or at a special point).
 */
final class Oracle {
    final double value;
    final double[] gradient;
    /** {@code Σ |partial|·|tangent|} over all paths, per input: the scale rounding errors are relative to. */
    final double[] magnitude;
    /**
     * The largest finite {@code Σⱼ |tangentⱼ| / max(1, |value|)} over the nodes: complex step's imaginary parts stay
     * perturbations of the real parts only while this times its step is below {@code 2⁻²⁶}.
     */
    final double tangentRatio;
    /**
     * The smallest non-zero {@code Σⱼ |tangentⱼ|} (or {@code 1e20·|value|}) over the nodes, and the largest
     * {@code |value|} or {@code Σⱼ |tangentⱼ|}.
     */
    final double smallestTangent, largest;
    /** Some intermediate value is NaN although the value may not be. */
    final boolean nanOnTheWay;
    /** Some partial on the way is infinite or NaN, or a primitive is evaluated at a special point or an end of its domain. */
    final boolean boundary;

    private final int n;
    private boolean nan;
    private boolean edge;
    private double ratio;
    private double smallest = Double.POSITIVE_INFINITY;
    private double large;

    private record Tangent(double value, double[] t, double[] m) {}

    Oracle(RandomFunction f, double[] x) {
        this.n = x.length;
        Tangent root = eval(f.root, x, new IdentityHashMap<>());
        value = root.value;
        gradient = root.t;
        magnitude = root.m;
        nanOnTheWay = nan;
        tangentRatio = ratio;
        smallestTangent = smallest;
        largest = large;
        boundary = edge;
    }

    private Tangent eval(Node node, double[] x, Map<Node, Tangent> memo) {
        Tangent known = memo.get(node);
        if (known != null) return known;
        Tangent out;
        if (node.isVariable()) {
            double[] t = new double[n];
            t[node.variable()] = 1;
            out = new Tangent(x[node.variable()], t, t.clone());
        } else if (node.isConstant()) {
            out = new Tangent(node.value(), new double[n], new double[n]);
        } else if (node.op() instanceof UnaryPrimitive p) {
            Tangent a = eval(node.a(), x, memo);
            double f = p.value().applyAsDouble(a.value);
            at(p, a.value, 0);
            out = chain(f, p.partialAt(a.value, f), a, 0, null);
        } else {
            BinaryPrimitive p = (BinaryPrimitive) node.op();
            Tangent a = eval(node.a(), x, memo);
            if (node.constantOperand()) {
                double c = node.value();
                if (p == Primitives.POW && c == 0) out = new Tangent(1, new double[n], new double[n]);
                else if (p == Primitives.POW && c == 1) out = a;
                else {
                    double f = p.value().applyAsDouble(a.value, c);
                    at(p, a.value, c);
                    out = chain(f, p.partialXAt(a.value, c, f), a, 0, null);
                }
            } else {
                Tangent b = eval(node.b(), x, memo);
                double f = p.value().applyAsDouble(a.value, b.value);
                at(p, a.value, b.value);
                if (a == b) out = same(f, p.partialXAt(a.value, a.value, f), p.partialYAt(a.value, a.value, f), a);
                else out = chain(f, p.partialXAt(a.value, b.value, f), a, p.partialYAt(a.value, b.value, f), b);
            }
        }
        if (Double.isNaN(out.value)) nan = true;
        double sum = 0;
        for (double t : out.t) sum += Math.abs(t);
        double r = sum / Math.max(1, Math.abs(out.value));
        if (Double.isFinite(r) && r > ratio) ratio = r;
        if (sum > 0 && sum < smallest) smallest = sum;
        double v = Math.abs(out.value);
        if (v > 0 && v * 1e20 < smallest) smallest = v * 1e20;
        if (Double.isFinite(sum)) large = Math.max(large, sum);
        if (Double.isFinite(out.value)) large = Math.max(large, Math.abs(out.value));
        memo.put(node, out);
        return out;
    }

    /** A primitive of one node twice ({@code u / u}): the sum of its partials, under the zero rule; the scale counts both. */
    private Tangent same(double f, double pa, double pb, Tangent a) {
        if (!Double.isFinite(pa) || !Double.isFinite(pb)) edge = true;
        double[] t = new double[n];
        double[] m = new double[n];
        for (int j = 0; j < n; j++) {
            t[j] = StrongZero.times(pa + pb, a.t[j]);
            m[j] = StrongZero.times(Math.abs(pa) + Math.abs(pb), a.m[j]);
        }
        return new Tangent(f, t, m);
    }

    /**
     * Notes a primitive evaluated at one of its special points, on an end of its domain, or at a tie of
     * {@code min}/{@code max} (a kink anywhere on the diagonal, decided by the last bit of both operands).
     */
    private void at(Primitive p, double x, double y) {
        if ((p == Primitives.MIN || p == Primitives.MAX) && x == y) edge = true;
        for (SpecialPoint s : p.specialPoints()) {
            if (s.at()[0] == x && (s.at().length == 1 || s.at()[1] == y)) edge = true;
        }
        for (int i = 0; i < p.arity(); i++) {
            Domain.Interval in = p.domain().intervals().get(i);
            double v = i == 0 ? x : y;
            if (v == in.lower() || v == in.upper()) edge = true;
        }
    }

    /** The chain rule under the zero rule. */
    private Tangent chain(double f, double pa, Tangent a, double pb, Tangent b) {
        if (!Double.isFinite(pa) || (b != null && !Double.isFinite(pb))) edge = true;
        double[] t = new double[n];
        double[] m = new double[n];
        for (int j = 0; j < n; j++) {
            t[j] = StrongZero.times(pa, a.t[j]);
            m[j] = StrongZero.times(Math.abs(pa), a.m[j]);
            if (b != null) {
                t[j] += StrongZero.times(pb, b.t[j]);
                m[j] += StrongZero.times(Math.abs(pb), b.m[j]);
            }
        }
        return new Tangent(f, t, m);
    }
}
