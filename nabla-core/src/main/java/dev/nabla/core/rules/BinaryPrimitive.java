package dev.nabla.core.rules;

import dev.nabla.core.algebra.Num;

import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * A primitive of two operands {@code f(x, y)}.
 *
 * @param name          the name ({@code mul}, {@code atan2})
 * @param value         {@code f(x, y)} on doubles
 * @param partialX      {@code ∂f/∂x} on doubles, given {@code x}, {@code y} and {@code f(x, y)}
 * @param partialY      {@code ∂f/∂y} on doubles
 * @param ruleX         {@code ∂f/∂x} on the algebra; must agree with {@code partialX}
 * @param ruleY         {@code ∂f/∂y} on the algebra; must agree with {@code partialY}
 * @param domain        where {@code f} is defined and smooth
 * @param specialPoints documented partials at non-smooth points
 */
public record BinaryPrimitive(String name, DoubleBinaryOperator value, Partial partialX, Partial partialY,
                              Rule ruleX, Rule ruleY, Domain domain, List<SpecialPoint> specialPoints)
        implements Primitive {

    /** A partial derivative on doubles. */
    @FunctionalInterface
    public interface Partial {
        /** The partial at {@code (x, y)}, where {@code f = f(x, y)}. */
        double at(double x, double y, double f);
    }

    /** A partial derivative on the algebra. */
    @FunctionalInterface
    public interface Rule {
        /** The partial at {@code (x, y)}, where {@code f = f(x, y)}, in the operands' backend. */
        Num at(Num x, Num y, Num f);
    }

    /** {@code ∂f/∂x} on doubles as every double backend uses it: NaN wherever the value is NaN. */
    public double partialXAt(double x, double y, double f) {
        return Double.isNaN(f) ? f : partialX.at(x, y, f);
    }

    /** {@code ∂f/∂y} on doubles as every double backend uses it: NaN wherever the value is NaN. */
    public double partialYAt(double x, double y, double f) {
        return Double.isNaN(f) ? f : partialY.at(x, y, f);
    }

    @Override public int arity() { return 2; }
    @Override public String toString() { return name; }
}
