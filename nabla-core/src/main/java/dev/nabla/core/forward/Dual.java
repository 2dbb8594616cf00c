package dev.nabla.core.forward;

import dev.nabla.core.algebra.Backends;
import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.StrongZero;
import dev.nabla.core.rules.UnaryPrimitive;

/**
 * A dual number {@code a + bε} with {@code ε² = 0}: a primal value and one tangent. Evaluating
 * {@code f} on {@code x + vε} gives {@code f(x) + (∇f(x)·v)ε}, a Jacobian–vector product in one pass.
 *
 * <p>The chain rule follows the zero rule ({@link StrongZero}): a zero tangent or a zero partial is never
 * multiplied, so a constant operand contributes exactly 0 even where a partial is infinite or NaN (e.g. the
 * exponent of {@code x^c} at {@code x < 0}, or {@code asin} of {@code sign x}). A primitive applied to one value
 * twice ({@code u / u}) is a function of that value alone: its two partials are added before the rule applies.
 */
public final class Dual implements Num {
    private final double primal;
    private final double tangent;

    private Dual(double primal, double tangent) {
        this.primal = primal;
        this.tangent = tangent;
    }

    /** {@code primal + tangent·ε}. */
    public static Dual of(double primal, double tangent) {
        return new Dual(primal, tangent);
    }

    /** The independent variable {@code x + 1·ε}. */
    public static Dual variable(double x) {
        return new Dual(x, 1);
    }

    /** The primal value {@code a}. */
    public double primal() { return primal; }

    /** The tangent {@code b}: the directional derivative carried along. */
    public double tangent() { return tangent; }

    @Override public Num constant(double c) { return new Dual(c, 0); }
    @Override public double doubleValue() { return primal; }
    @Override public boolean isZero() { return primal == 0 && tangent == 0; }

    @Override
    public Num chainProduct(Num y) {
        double yPrimal;
        double yTangent;
        if (y instanceof Dual d) {
            yPrimal = d.primal;
            yTangent = d.tangent;
        } else if (y instanceof Real r) {
            yPrimal = r.value();
            yTangent = 0;
        } else {
            throw Backends.mismatch(Dual.class, y, "chainProduct");
        }
        return new Dual(StrongZero.times(primal, yPrimal), StrongZero.times(yPrimal, tangent) + StrongZero.times(primal, yTangent));
    }

    @Override
    public Num apply(UnaryPrimitive p) {
        double f = p.value().applyAsDouble(primal);
        return new Dual(f, tangent == 0 ? 0 : StrongZero.times(p.partialAt(primal, f), tangent));
    }

    @Override
    public Num apply(BinaryPrimitive p, Num y) {
        double yPrimal;
        double yTangent;
        if (y instanceof Dual d) {
            yPrimal = d.primal;
            yTangent = d.tangent;
        } else if (y instanceof Real r) {
            yPrimal = r.value();
            yTangent = 0;
        } else {
            throw Backends.mismatch(Dual.class, y, p.name());
        }
        double f = p.value().applyAsDouble(primal, yPrimal);
        if (y == this) {
            double both = p.partialXAt(primal, primal, f) + p.partialYAt(primal, primal, f);
            return new Dual(f, tangent == 0 ? 0 : StrongZero.times(both, tangent));
        }
        double t = 0;
        if (tangent != 0) t += StrongZero.times(p.partialXAt(primal, yPrimal, f), tangent);
        if (yTangent != 0) t += StrongZero.times(p.partialYAt(primal, yPrimal, f), yTangent);
        return new Dual(f, t);
    }

    @Override
    public Num apply(BinaryPrimitive p, double c) {
        double f = p.value().applyAsDouble(primal, c);
        return new Dual(f, tangent == 0 ? 0 : StrongZero.times(p.partialXAt(primal, c, f), tangent));
    }

    @Override
    public Num apply(CustomPrimitive p, Num[] args) {
        double[] primals = new double[args.length];
        double[] tangents = new double[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Dual d) {
                primals[i] = d.primal;
                tangents[i] = d.tangent;
            } else {
                primals[i] = Backends.require(Real.class, args[i], p.name()).value();
            }
        }
        CustomPrimitive.Evaluation<Object> e = p.evaluate(primals);
        double[] partials = p.backward(e.cache(), 1.0);
        double t = 0;
        for (int i = 0; i < args.length; i++) t += StrongZero.times(partials[i], tangents[i]);
        return new Dual(e.value(), t);
    }

    @Override public String toString() { return primal + " + " + tangent + "ε"; }
}
