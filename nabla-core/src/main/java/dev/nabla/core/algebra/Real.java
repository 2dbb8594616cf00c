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
    @Override public Num apply(UnaryPrimitive p) { return new Real(p.value().applyAsDouble(value)); }
    @Override public Num apply(BinaryPrimitive p, Num y) { return new Real(p.value().applyAsDouble(value, y.doubleValue())); }
    @Override public Num apply(BinaryPrimitive p, double c) { return new Real(p.value().applyAsDouble(value, c)); }
    @Override public Num apply(CustomPrimitive p, Num[] args) { return new Real(p.evaluate(Backends.values(args)).value()); }

    @Override public String toString() { return Double.toString(value); }
}
