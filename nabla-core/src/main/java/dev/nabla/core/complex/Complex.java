package dev.nabla.core.complex;

import dev.nabla.core.algebra.Backends;
import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.Domain;
import dev.nabla.core.rules.SpecialPoint;
import dev.nabla.core.rules.StrongZero;
import dev.nabla.core.rules.UnaryPrimitive;

/**
 * A complex number {@code re + i·im}, the backend of complex-step differentiation:
 *
 * <pre>{@code
 * UnivariateFunction f = x -> x.pow(3).add(x.mul(4)).mul(x.sin());
 * double dfdx = f.apply(Complex.of(2, 1e-20)).im() / 1e-20;   // f'(2), exact to rounding
 * }</pre>
 *
 * <p>Off the real line the primitives take their principal branches. Near it — when every imaginary part is
 * a perturbation, {@code |Im z| ≤ 2⁻²⁶ · max(1, |Re z|)}, as in a complex step — they follow the rule table:
 * <ul>
 *   <li>the real part is the table's value of the real parts ({@code Re f(x + ih) = f(x) + O(h²)}, the
 *       {@code O(h²)} dropped), so every kink ({@code abs}, {@code min}/{@code max}, {@code sign}, …) is decided
 *       exactly as on doubles: {@code abs(x·(x - y))} at {@code (0, 1)} sees 0, not {@code -h²};</li>
 *   <li>where the table's value is NaN (outside the primitive's real domain, e.g. {@code log} of a negative
 *       number), the complex value is NaN too rather than a value from another branch;</li>
 *   <li>the zero rule ({@link StrongZero}): operands with zero imaginary parts give a real result, and a zero
 *       imaginary part contributes nothing, whatever the partial; a primitive of one operand twice whose
 *       partials cancel ({@code z / z}, {@code atan2(z, z)}) gives a real result too, not the rounding of
 *       {@code h - x·(h/x)};</li>
 *   <li>the imaginary part comes from the complex function — an independent check of the table's partials —
 *       except at the table's special points, where an imaginary part is already infinite or NaN (an infinite
 *       derivative upstream), and where a partial is not finite ({@code sqrt} at 0, {@code asin}
 *       at ±1, {@code log} at 0) or an operand sits on an end of its domain ({@code pow} at {@code x = 0}, a branch
 *       point), where a step of {@code 1e-20} would give a huge or tiny finite number: there it is
 *       {@code Σ ∂f/∂argₖ · Im argₖ} from the table, under the zero rule.</li>
 * </ul>
 * The conventions for non-analytic primitives are those of {@link ComplexFunctions}. A {@link CustomPrimitive}
 * gets {@code value + i·Σ ∂f/∂argₖ · Im argₖ} from its double backward pass, which is exact to first order in
 * the imaginary parts — all complex step needs.
 *
 * @param re the real part
 * @param im the imaginary part
 */
public record Complex(double re, double im) implements Num {

    /** {@code NaN + i·NaN}: the value outside a primitive's real domain. */
    public static final Complex NaN = new Complex(Double.NaN, Double.NaN);

    /** The largest imaginary part, relative to {@code max(1, |re|)}, still treated as a perturbation of a real number. */
    private static final double PERTURBATION = 0x1p-26;

    /** The complex number {@code re + i·im}. */
    public static Complex of(double re, double im) {
        return new Complex(re, im);
    }

    /** The real number {@code re + i·0}. */
    public static Complex real(double re) {
        return new Complex(re, 0);
    }

    @Override public Num constant(double c) { return new Complex(c, 0); }

    /** The real part. */
    @Override public double doubleValue() { return re; }
    @Override public boolean isZero() { return re == 0 && im == 0; }

    @Override
    public Num apply(UnaryPrimitive p) {
        if (!nearlyReal()) return ComplexFunctions.unary(p).apply(this);
        double f = p.value().applyAsDouble(re);
        if (Double.isNaN(f) && !Double.isNaN(re)) return NaN;
        if (im == 0) return new Complex(f, 0);
        double d = p.partialAt(re, f);
        if (!Double.isFinite(d) || !Double.isFinite(im) || isSpecial(p.specialPoints(), re, 0) || onBoundary(p.domain(), re, 0)) return new Complex(f, StrongZero.times(d, im));
        double z = ComplexFunctions.unary(p).apply(this).im;
        return new Complex(f, Double.isFinite(z) ? z : StrongZero.times(d, im));
    }

    @Override
    public Num apply(BinaryPrimitive p, Num y) {
        return applyBinary(p, operand(p, y));
    }

    @Override
    public Num apply(BinaryPrimitive p, double c) {
        return applyBinary(p, new Complex(c, 0));
    }

    @Override
    public Num apply(CustomPrimitive p, Num[] args) {
        Complex[] zs = new Complex[args.length];
        double[] res = new double[args.length];
        for (int i = 0; i < args.length; i++) {
            zs[i] = operand(p.name(), args[i]);
            res[i] = zs[i].re;
        }
        CustomPrimitive.Evaluation<Object> e = p.evaluate(res);
        double[] partials = p.backward(e.cache(), 1.0);
        double im = 0;
        for (int i = 0; i < zs.length; i++) im += StrongZero.times(partials[i], zs[i].im);
        return new Complex(e.value(), im);
    }

    private Complex applyBinary(BinaryPrimitive p, Complex y) {
        if (!nearlyReal() || !y.nearlyReal()) return ComplexFunctions.binary(p).apply(this, y);
        double f = p.value().applyAsDouble(re, y.re);
        if (Double.isNaN(f) && !Double.isNaN(re) && !Double.isNaN(y.re)) return NaN;
        if (im == 0 && y.im == 0) return new Complex(f, 0);
        double dx = p.partialXAt(re, y.re, f);
        double dy = p.partialYAt(re, y.re, f);
        double table = y == this ? StrongZero.times(dx + dy, im) : StrongZero.times(dx, im) + StrongZero.times(dy, y.im);
        if (!Double.isFinite(dx) || !Double.isFinite(dy) || !Double.isFinite(im) || !Double.isFinite(y.im)
                || isSpecial(p.specialPoints(), re, y.re)
                || onBoundary(p.domain(), re, y.re)) {
            return new Complex(f, table);
        }
        if (y == this && dx + dy == 0) return new Complex(f, 0);
        double z = ComplexFunctions.binary(p).apply(this, y).im;
        return new Complex(f, Double.isFinite(z) ? z : table);
    }

    /** Whether an operand sits on an end of its interval of the domain ({@code pow} at {@code x = 0}, {@code log} at 0). */
    private static boolean onBoundary(Domain domain, double x, double y) {
        for (int i = 0; i < domain.intervals().size(); i++) {
            Domain.Interval in = domain.intervals().get(i);
            double v = i == 0 ? x : y;
            if (v == in.lower() || v == in.upper()) return true;
        }
        return false;
    }

    /** Whether {@code (x, y)} (or {@code x} alone, for one operand) is one of the table's special points. */
    private static boolean isSpecial(java.util.List<SpecialPoint> points, double x, double y) {
        for (SpecialPoint s : points) {
            if (s.at()[0] == x && (s.at().length == 1 || s.at()[1] == y)) return true;
        }
        return false;
    }

    /**
     * Whether the imaginary part is a perturbation of the real part (see the class comment); an infinite or NaN
     * one carries an infinite or undefined derivative ({@code sqrt} at 0) and is a perturbation too.
     */
    private boolean nearlyReal() {
        return !(Math.abs(im) > PERTURBATION * Math.max(1, Math.abs(re))) || Double.isInfinite(im);
    }

    private static Complex operand(BinaryPrimitive p, Num y) {
        return operand(p.name(), y);
    }

    private static Complex operand(String operation, Num y) {
        if (y instanceof Real r) return new Complex(r.value(), 0);
        return Backends.require(Complex.class, y, operation);
    }

    @Override
    public String toString() {
        return re + (im < 0 || (im == 0 && 1 / im < 0) ? " - " : " + ") + Math.abs(im) + "i";
    }
}
