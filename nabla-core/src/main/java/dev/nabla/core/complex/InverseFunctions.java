package dev.nabla.core.complex;

/**
 * Inverse circular and hyperbolic functions of {@link Complex} numbers (principal branches), in
 * forms that keep a tiny imaginary part accurate: {@code asin} and {@code acos} by the algorithm of
 * Hull, Fairgrieve and Tang (ACM TOMS 23, 1997), {@code atan} by Kahan's
 * {@code ½ atan2(2x, 1 - x² - y²) + i ¼ log1p(4y / (x² + (1 - y)²))}, the hyperbolic ones through
 * {@code asinh z = -i asin(iz)}, {@code atanh z = -i atan(iz)}, {@code acosh z = ±i acos z}.
 */
final class InverseFunctions {
    private InverseFunctions() {}

    /** Below this ratio {@code B = |x| / A}, {@code asin B} is well conditioned. */
    private static final double B_CROSSOVER = 0.6417;
    /** Below this {@code A}, the imaginary part is computed from {@code A - 1} with log1p. */
    private static final double A_CROSSOVER = 1.5;

    /** The quantities of Hull et al. for {@code |x| + i|y|}. */
    private record Parts(double x, double y, double r, double s, double a) {
        static Parts of(Complex z) {
            double x = Math.abs(z.re()), y = Math.abs(z.im());
            double r = Math.hypot(x + 1, y), s = Math.hypot(x - 1, y);
            return new Parts(x, y, r, s, 0.5 * (r + s));
        }

        double b() { return x / a; }

        /** {@code √(A² - x²)} computed without cancellation near the real segment. */
        double root() {
            double y2 = y * y;
            if (x <= 1) return Math.sqrt(0.5 * (a + x) * (y2 / (r + x + 1) + (s + (1 - x))));
            double apx = a + x;
            return y * Math.sqrt(0.5 * (apx / (r + x + 1) + apx / (s + (x - 1))));
        }

        /** {@code log(A + √(A² - 1))}, via {@code A - 1} when A is near 1. */
        double imaginary() {
            if (a > A_CROSSOVER) return Math.log(a + Math.sqrt(a * a - 1));
            double y2 = y * y;
            double am1 = x < 1 ? 0.5 * (y2 / (r + (x + 1)) + y2 / (s + (1 - x)))
                               : 0.5 * (y2 / (r + (x + 1)) + (s + (x - 1)));
            return Math.log1p(am1 + Math.sqrt(am1 * (a + 1)));
        }
    }

    static Complex asin(Complex z) {
        Parts p = Parts.of(z);
        double b = p.b();
        double re = b <= B_CROSSOVER ? Math.asin(b) : Math.atan(p.x() / p.root());
        return new Complex(Math.copySign(re, z.re()), Math.copySign(p.imaginary(), z.im()));
    }

    static Complex acos(Complex z) {
        Parts p = Parts.of(z);
        double b = p.b();
        double re = b <= B_CROSSOVER ? Math.acos(b) : Math.atan(p.root() / p.x());
        if (z.re() < 0) re = Math.PI - re;
        return new Complex(re, -Math.copySign(p.imaginary(), z.im()));
    }

    static Complex atan(Complex z) {
        double x = z.re(), y = z.im();
        double re = 0.5 * Math.atan2(2 * x, (1 - y) * (1 + y) - x * x);
        double im = 0.25 * Math.log1p(4 * y / (x * x + (1 - y) * (1 - y)));
        return new Complex(re, im);
    }

    /** {@code asinh z = -i asin(iz)}. */
    static Complex asinh(Complex z) {
        Complex w = asin(new Complex(-z.im(), z.re()));
        return new Complex(w.im(), -w.re());
    }

    /** {@code acosh z = i acos z} or {@code -i acos z}, whichever has a non-negative real part. */
    static Complex acosh(Complex z) {
        Complex w = acos(z);
        return w.im() <= 0 ? new Complex(-w.im(), w.re()) : new Complex(w.im(), -w.re());
    }

    /** {@code atanh z = -i atan(iz)}. */
    static Complex atanh(Complex z) {
        Complex w = atan(new Complex(-z.im(), z.re()));
        return new Complex(w.im(), -w.re());
    }

    /**
     * {@code atan2(y, x)} continued analytically: {@code atan(y/x)} plus the quadrant's multiple of π
     * chosen from the real parts (or {@code ±π/2 - atan(x/y)} when {@code |Re y| > |Re x|}), so its real
     * part is {@link Math#atan2} of the real parts. At the origin the imaginary part is NaN (0/0), as the
     * table's partials are.
     */
    static Complex atan2(Complex y, Complex x) {
        if (x.re() == 0 && y.re() == 0) return new Complex(Math.atan2(y.re(), x.re()), Double.NaN);
        if (Math.abs(x.re()) >= Math.abs(y.re())) {
            Complex base = atan(ComplexArithmetic.div(y, x));
            double turn = x.re() < 0 ? Math.copySign(Math.PI, y.re()) : 0;
            return new Complex(base.re() + turn, base.im());
        }
        Complex base = atan(ComplexArithmetic.div(x, y));
        return new Complex(Math.copySign(Math.PI / 2, y.re()) - base.re(), -base.im());
    }
}
