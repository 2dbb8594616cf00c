package dev.nabla.core.algebra;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;

/** The plain-double backend: evaluates a function with no derivative at all. */
public record Real(double value) implements Num {

    /** The real number {@code value}. */
    public static Real of(double value) {
        return new Real(value);
    }

    /** Wraps each coordinate of {@code point}. */
    public static Real[] of(double[] point) {
        Real[] xs = new Real[point.length];
        for (int i = 0; i < point.length; i++) xs[i] = new Real(point[i]);
        return xs;
    }

    @Override public Num constant(double c) { return new Real(c); }
    @Override public double doubleValue() { return value; }
    @Override public boolean isZero() { return value == 0; }
    /** With an operand of another backend, this constant is lifted into that backend first. */
    @Override public Num chainProduct(Num y) {
        if (y instanceof Real r) return new Real(dev.nabla.core.rules.StrongZero.times(value, r.value));
        if (y == null) throw new IllegalArgumentException("chainProduct: operand is null");
        return y.constant(value).chainProduct(y);
    }
    @Override public Num apply(UnaryPrimitive p) { return new Real(p.value().applyAsDouble(value)); }
    /** With an operand of another backend, this constant is lifted into that backend first. */
    @Override public Num apply(BinaryPrimitive p, Num y) {
        if (y instanceof Real r) return new Real(p.value().applyAsDouble(value, r.value));
        if (y == null) throw new IllegalArgumentException(p.name() + ": operand is null");
        Num lifted = y.constant(value);
        if (lifted instanceof Real) {
            throw new IllegalStateException(p.name() + ": " + y.getClass().getSimpleName() + ".constant must stay in its own backend");
        }
        return lifted.apply(p, y);
    }
    @Override public Num apply(BinaryPrimitive p, double c) { return new Real(p.value().applyAsDouble(value, c)); }
    /** If any operand belongs to another backend, the whole call is handed to that backend. */
    @Override public Num apply(CustomPrimitive p, Num[] args) {
        for (Num a : args) if (!(a instanceof Real)) return a.apply(p, Backends.lift(args, a));
        return new Real(p.evaluate(Backends.values(args)).value());
    }

    @Override public String toString() { return Double.toString(value); }
}
