package dev.nabla.core.complex;

import dev.nabla.core.rules.Primitives;

/**
 * The non-analytic primitives, by the usual complex-step conventions: each decision is taken on the
 * real parts, so the imaginary part carries the derivative the rule table documents.
 * <ul>
 *   <li>{@code abs z = z · sign(Re z)}: derivative {@code sign x}, 0 at {@code x = 0}.</li>
 *   <li>{@code sign z = sign(Re z)}, {@code heaviside z = H(Re z)}: real constants, derivative 0.</li>
 *   <li>{@code min}/{@code max} pick the operand with the smaller/larger real part, and the mean of both at a
 *       tie — half the derivative each, as the table says.</li>
 *   <li>{@code hypot(x, y) = √(x² + y²)} (the overflow protection of {@link Math#hypot} is lost).</li>
 * </ul>
 */
final class NonSmoothFunctions {
    private NonSmoothFunctions() {}

    static Complex abs(Complex z) {
        return ComplexArithmetic.scale(z, Math.signum(z.re()));
    }

    static Complex sign(Complex z) {
        return new Complex(Math.signum(z.re()), 0);
    }

    static Complex heaviside(Complex z) {
        return new Complex(Primitives.heaviside(z.re()), 0);
    }

    static Complex min(Complex a, Complex b) {
        if (a.re() < b.re()) return a;
        if (b.re() < a.re()) return b;
        return ComplexArithmetic.scale(ComplexArithmetic.add(a, b), 0.5);
    }

    static Complex max(Complex a, Complex b) {
        if (a.re() > b.re()) return a;
        if (b.re() > a.re()) return b;
        return ComplexArithmetic.scale(ComplexArithmetic.add(a, b), 0.5);
    }

    static Complex hypot(Complex a, Complex b) {
        return ElementaryFunctions.sqrt(ComplexArithmetic.add(ComplexArithmetic.mul(a, a), ComplexArithmetic.mul(b, b)));
    }
}
