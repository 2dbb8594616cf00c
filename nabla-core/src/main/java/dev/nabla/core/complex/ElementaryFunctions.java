package dev.nabla.core.complex;

/** Exponentials, logarithms, powers and roots of {@link Complex} numbers. */
final class ElementaryFunctions {
    private ElementaryFunctions() {}

    private static final double LN10 = Math.log(10);

    /** {@code e^z = e^x (cos y + i sin y)}. */
    static Complex exp(Complex z) {
        double m = Math.exp(z.re());
        return z.im() == 0 ? new Complex(m, 0) : new Complex(m * Math.cos(z.im()), m * Math.sin(z.im()));
    }

    /** {@code e^z - 1 = (expm1(x) cos y - 2 sin²(y/2)) + i e^x sin y}, accurate near 0. */
    static Complex expm1(Complex z) {
        double x = z.re(), y = z.im();
        double s = Math.sin(0.5 * y);
        return new Complex(Math.expm1(x) * Math.cos(y) - 2 * s * s, Math.exp(x) * Math.sin(y));
    }

    /** Principal logarithm {@code log|z| + i arg z}. */
    static Complex log(Complex z) {
        return new Complex(Math.log(Math.hypot(z.re(), z.im())), Math.atan2(z.im(), z.re()));
    }

    /** {@code log(1 + z) = ½ log1p(2x + x² + y²) + i atan2(y, 1 + x)}, accurate near 0. */
    static Complex log1p(Complex z) {
        double x = z.re(), y = z.im();
        return new Complex(0.5 * Math.log1p(x * (2 + x) + y * y), Math.atan2(y, 1 + x));
    }

    /** {@code log z / ln 10}. */
    static Complex log10(Complex z) {
        return ComplexArithmetic.scale(log(z), 1 / LN10);
    }

    /** Principal square root, by the cancellation-free formula {@code t = √((|x| + |z|)/2)}. */
    static Complex sqrt(Complex z) {
        double x = z.re(), y = z.im();
        if (x == 0 && y == 0) return new Complex(0, y);
        double t = Math.sqrt(0.5 * (Math.abs(x) + Math.hypot(x, y)));
        if (x >= 0) return new Complex(t, y / (2 * t));
        return new Complex(Math.abs(y) / (2 * t), Math.copySign(t, y));
    }

    /**
     * The real cube root continued analytically: {@code |z|^(1/3) e^(i arg(z)/3)} for {@code x ≥ 0}
     * and {@code -cbrt(-z)} for {@code x < 0}, so that it is real (and equals {@link Math#cbrt}) on the
     * whole real line, unlike the principal branch.
     */
    static Complex cbrt(Complex z) {
        if (z.re() < 0) return ComplexArithmetic.neg(cbrt(ComplexArithmetic.neg(z)));
        if (z.im() == 0) return new Complex(Math.cbrt(z.re()), z.im());
        double m = Math.cbrt(Math.hypot(z.re(), z.im()));
        double a = Math.atan2(z.im(), z.re()) / 3;
        return new Complex(m * Math.cos(a), m * Math.sin(a));
    }

    /**
     * {@code z^w}: by repeated squaring for a real integer exponent {@code |w| ≤ 64} (so negative bases
     * stay real, as {@link Math#pow} has them), else the principal {@code e^(w log z)}. A non-real exponent
     * on a base with {@code x ≤ 0} gives a NaN imaginary part, as the table's {@code ∂(x^y)/∂y = x^y log x} does.
     */
    static Complex pow(Complex z, Complex w) {
        if (w.im() == 0 && ComplexArithmetic.isSmallInteger(w.re())) {
            return ComplexArithmetic.powInteger(z, (int) w.re());
        }
        if (w.im() == 0 && w.re() == Math.rint(w.re()) && z.re() < 0) {
            Complex m = exp(ComplexArithmetic.scale(log(ComplexArithmetic.neg(z)), w.re()));
            return Math.abs(w.re() % 2) == 1 ? ComplexArithmetic.neg(m) : m;
        }
        if (w.im() != 0 && z.re() <= 0) return new Complex(Math.pow(z.re(), w.re()), Double.NaN);
        if (z.re() == 0 && z.im() == 0) return new Complex(Math.pow(0, w.re()), 0);
        return exp(ComplexArithmetic.mul(w, log(z)));
    }
}
