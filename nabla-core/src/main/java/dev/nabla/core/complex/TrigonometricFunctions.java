package dev.nabla.core.complex;

/** Circular and hyperbolic functions of {@link Complex} numbers. */
final class TrigonometricFunctions {
    private TrigonometricFunctions() {}

    /** {@code sin z = sin x cosh y + i cos x sinh y}. */
    static Complex sin(Complex z) {
        double x = z.re(), y = z.im();
        return new Complex(Math.sin(x) * Math.cosh(y), Math.cos(x) * Math.sinh(y));
    }

    /** {@code cos z = cos x cosh y - i sin x sinh y}. */
    static Complex cos(Complex z) {
        double x = z.re(), y = z.im();
        return new Complex(Math.cos(x) * Math.cosh(y), -Math.sin(x) * Math.sinh(y));
    }

    /** {@code tan z = (t(1 - s²) + i s(1 + t²)) / (1 + t²s²)} with {@code t = tan x}, {@code s = tanh y}. */
    static Complex tan(Complex z) {
        double t = Math.tan(z.re()), s = Math.tanh(z.im());
        double den = 1 + t * t * s * s;
        return new Complex(t * (1 - s * s) / den, s * (1 + t * t) / den);
    }

    /** {@code sinh z = sinh x cos y + i cosh x sin y}. */
    static Complex sinh(Complex z) {
        double x = z.re(), y = z.im();
        return new Complex(Math.sinh(x) * Math.cos(y), Math.cosh(x) * Math.sin(y));
    }

    /** {@code cosh z = cosh x cos y + i sinh x sin y}. */
    static Complex cosh(Complex z) {
        double x = z.re(), y = z.im();
        return new Complex(Math.cosh(x) * Math.cos(y), Math.sinh(x) * Math.sin(y));
    }

    /** {@code tanh z = (t(1 + s²) + i s(1 - t²)) / (1 + t²s²)} with {@code t = tanh x}, {@code s = tan y}. */
    static Complex tanh(Complex z) {
        double t = Math.tanh(z.re()), s = Math.tan(z.im());
        double den = 1 + t * t * s * s;
        return new Complex(t * (1 + s * s) / den, s * (1 - t * t) / den);
    }
}
