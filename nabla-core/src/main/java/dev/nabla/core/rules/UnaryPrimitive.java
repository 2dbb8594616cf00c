package dev.nabla.core.rules;

import dev.nabla.core.algebra.Num;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A primitive of one operand {@code f(x)}.
 *
 * @param name          the name ({@code sin})
 * @param value         {@code f(x)} on doubles
 * @param partial       {@code f'(x)} on doubles, given {@code x} and {@code f(x)}
 * @param rule          {@code f'(x)} on the algebra, given {@code x} and {@code f(x)}; must agree with {@code partial}
 * @param domain        where {@code f} is defined and smooth
 * @param specialPoints documented derivatives at non-smooth points
 */
public record UnaryPrimitive(String name, DoubleUnaryOperator value, Partial partial, Rule rule,
                             Domain domain, List<SpecialPoint> specialPoints) implements Primitive {

    /** {@code f'(x)} on doubles. */
    @FunctionalInterface
    public interface Partial {
        /** The derivative at {@code x}, where {@code fx = f(x)}. */
        double at(double x, double fx);
    }

    /** {@code f'(x)} on the algebra. */
    @FunctionalInterface
    public interface Rule {
        /** The derivative at {@code x}, where {@code fx = f(x)}, in {@code x}'s backend. */
        Num at(Num x, Num fx);
    }

    /**
     * {@code f'(x)} on doubles as every double backend uses it: NaN wherever the value is NaN, so that
     * outside the domain the derivative is NaN too (the formula alone may give a number there).
     */
    public double partialAt(double x, double fx) {
        return Double.isNaN(fx) ? fx : partial.at(x, fx);
    }

    @Override public int arity() { return 1; }
    @Override public String toString() { return name; }
}
