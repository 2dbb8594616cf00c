package dev.nabla.core.complex;

/** The field operations on {@link Complex}, written to stay accurate when one part is tiny. */
final class ComplexArithmetic {
    private ComplexArithmetic() {}

    /** Up to this exponent, an integer power is computed by repeated squaring (exact signs, few roundings). */
    private static final double MAX_SQUARING_EXPONENT = 64;

    static Complex add(Complex a, Complex b) {
        return new Complex(a.re() + b.re(), a.im() + b.im());
    }

    static Complex sub(Complex a, Complex b) {
        return new Complex(a.re() - b.re(), a.im() - b.im());
    }

    static Complex neg(Complex a) {
        return new Complex(-a.re(), -a.im());
    }

    static Complex mul(Complex a, Complex b) {
        return new Complex(a.re() * b.re() - a.im() * b.im(), a.re() * b.im() + a.im() * b.re());
    }

    static Complex scale(Complex a, double s) {
        return new Complex(a.re() * s, a.im() * s);
    }

    /**
     * {@code a / b}: when {@code Im b} is a perturbation of {@code Re b} (a complex step), by the direct
     * {@code ((ac + bd) + i(bc - ad)) / c²}, whose imaginary part is exactly 0 for proportional operands
     * ({@code z / -z}, as {@code x / |x|} gives at a negative {@code x}) instead of a rounding that an infinite
     * partial downstream would magnify; otherwise by Smith's algorithm, which avoids overflow in {@code |b|²}.
     */
    static Complex div(Complex a, Complex b) {
        double c = b.re(), d = b.im();
        if (d == 0) return new Complex(a.re() / c, a.im() / c);
        double c2 = c * c;
        if (Math.abs(d) <= 0x1p-27 * Math.abs(c) && c2 > 0 && c2 < Double.POSITIVE_INFINITY) {
            return new Complex((a.re() * c + a.im() * d) / (c2 + d * d), (a.im() * c - a.re() * d) / (c2 + d * d));
        }
        if (Math.abs(c) >= Math.abs(d)) {
            double r = d / c, den = c + d * r;
            return new Complex((a.re() + a.im() * r) / den, (a.im() - a.re() * r) / den);
        }
        double r = c / d, den = c * r + d;
        return new Complex((a.re() * r + a.im()) / den, (a.im() * r - a.re()) / den);
    }

    static Complex reciprocal(Complex a) {
        return div(new Complex(1, 0), a);
    }

    /** Whether {@code c} is an integer small enough for {@link #powInteger}. */
    static boolean isSmallInteger(double c) {
        return c == Math.rint(c) && Math.abs(c) <= MAX_SQUARING_EXPONENT;
    }

    /** {@code z^n} for an integer {@code |n| ≤ 64}, by repeated squaring. */
    static Complex powInteger(Complex z, int n) {
        Complex result = new Complex(1, 0);
        Complex base = z;
        for (int k = Math.abs(n); k > 0; k >>= 1) {
            if ((k & 1) == 1) result = mul(result, base);
            base = mul(base, base);
        }
        return n < 0 ? reciprocal(result) : result;
    }
}
