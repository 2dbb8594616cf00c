package dev.nabla.core.algebra;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;

import static dev.nabla.core.rules.Primitives.*;

/**
 * The algebra every number-like backend implements: plain doubles ({@link Real}), dual numbers,
 * tape variables, complex numbers, expressions, tensors.
 *
 * <p>A backend implements only the four {@code apply} methods, {@link #constant(double)} and
 * {@link #doubleValue()}; every named operation below is a default method that looks its
 * primitive up in the one table ({@link dev.nabla.core.rules.Primitives}). A user writes a
 * function once, as a plain lambda over {@code Num[]}, and every method of differentiation
 * interprets it:
 *
 * <pre>{@code
 * ScalarFunction f = x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()).mul(x[2].sin());
 * }</pre>
 *
 * <p>Operands of one operation must come from the same backend (and, for tapes, the same
 * recording); mixing them throws {@link IllegalArgumentException} naming both.
 */
public interface Num {

    /** A constant {@code c} of this value's backend: its derivative with respect to everything is 0. */
    Num constant(double c);

    /** The plain value (the primal for duals and tape variables, the real part for complex numbers). */
    double doubleValue();

    /**
     * Whether this is exactly 0 and every derivative it carries is 0 too, so that the zero rule
     * ({@link dev.nabla.core.rules.StrongZero}) may drop a product with it. {@code false} when the backend
     * cannot tell, which only costs a multiplication.
     */
    default boolean isZero() { return false; }

    /**
     * {@code this · y} as the chain rule multiplies a partial by a tangent: the zero rule
     * ({@link dev.nabla.core.rules.StrongZero}) decides the value — 0 if either factor is exactly 0, whatever
     * the other — and the derivatives this backend carries follow the product rule under the same rule
     * ({@code d(a·b) = b·da + a·db}, each product by the rule). Backends that carry no derivatives, or cannot
     * read their value, multiply as {@link #mul(Num)} does unless a factor {@link #isZero() is zero}.
     */
    default Num chainProduct(Num y) {
        return isZero() || y.isZero() ? constant(0) : mul(y);
    }

    /** {@code p(this)}. */
    Num apply(UnaryPrimitive p);

    /** {@code p(this, y)}. */
    Num apply(BinaryPrimitive p, Num y);

    /** {@code p(this, c)} with a constant second operand, which contributes no derivative. */
    Num apply(BinaryPrimitive p, double c);

    /**
     * {@code p(args)} for a user-defined primitive; {@code this} is one of {@code args} and names the
     * backend that does the work. Called through {@link CustomPrimitive#apply(Num...)}.
     */
    Num apply(CustomPrimitive p, Num[] args);

    /** {@code this + y}. */
    default Num add(Num y) { return apply(ADD, y); }
    /** {@code this + c}. */
    default Num add(double c) { return apply(ADD, c); }
    /** {@code this - y}. */
    default Num sub(Num y) { return apply(SUB, y); }
    /** {@code this - c}. */
    default Num sub(double c) { return apply(SUB, c); }
    /** {@code this · y}. */
    default Num mul(Num y) { return apply(MUL, y); }
    /** {@code this · c}. */
    default Num mul(double c) { return apply(MUL, c); }
    /** {@code this / y}. */
    default Num div(Num y) { return apply(DIV, y); }
    /** {@code this / c}. */
    default Num div(double c) { return apply(DIV, c); }
    /** {@code -this}. */
    default Num neg() { return apply(NEG); }
    /** {@code 1 / this}. */
    default Num reciprocal() { return constant(1).div(this); }
    /** {@code this ^ y}, variable exponent. */
    default Num pow(Num y) { return apply(POW, y); }
    /** {@code this ^ c}; {@code c = 0} gives the constant 1 and {@code c = 1} gives {@code this}, as in IEEE {@code pow}. */
    default Num pow(double c) {
        if (c == 0) return constant(1);
        if (c == 1) return this;
        return apply(POW, c);
    }
    /** {@code this ^ 2}. */
    default Num square() { return pow(2); }
    /** {@code √this}. */
    default Num sqrt() { return apply(SQRT); }
    /** {@code ∛this}. */
    default Num cbrt() { return apply(CBRT); }
    /** {@code e^this}. */
    default Num exp() { return apply(EXP); }
    /** {@code e^this - 1}, accurate near 0. */
    default Num expm1() { return apply(EXPM1); }
    /** Natural logarithm. */
    default Num log() { return apply(LOG); }
    /** {@code log(1 + this)}, accurate near 0. */
    default Num log1p() { return apply(LOG1P); }
    /** Base-10 logarithm. */
    default Num log10() { return apply(LOG10); }
    /** Sine. */
    default Num sin() { return apply(SIN); }
    /** Cosine. */
    default Num cos() { return apply(COS); }
    /** Tangent. */
    default Num tan() { return apply(TAN); }
    /** Arc sine. */
    default Num asin() { return apply(ASIN); }
    /** Arc cosine. */
    default Num acos() { return apply(ACOS); }
    /** Arc tangent. */
    default Num atan() { return apply(ATAN); }
    /** {@code atan2(this, x)}: the angle of the point {@code (x, this)}, as {@link Math#atan2(double, double)}. */
    default Num atan2(Num x) { return apply(ATAN2, x); }
    /** Hyperbolic sine. */
    default Num sinh() { return apply(SINH); }
    /** Hyperbolic cosine. */
    default Num cosh() { return apply(COSH); }
    /** Hyperbolic tangent. */
    default Num tanh() { return apply(TANH); }
    /** Inverse hyperbolic sine. */
    default Num asinh() { return apply(ASINH); }
    /** Inverse hyperbolic cosine. */
    default Num acosh() { return apply(ACOSH); }
    /** Inverse hyperbolic tangent. */
    default Num atanh() { return apply(ATANH); }
    /** {@code |this|}; its derivative at 0 is 0. */
    default Num abs() { return apply(ABS); }
    /** {@code sign(this)} ∈ {-1, 0, 1}; derivative 0. */
    default Num sign() { return apply(SIGN); }
    /** Heaviside step with {@code H(0) = 1/2}; derivative 0. */
    default Num heaviside() { return apply(HEAVISIDE); }
    /** {@code min(this, y)}; at a tie each operand gets half the derivative. */
    default Num min(Num y) { return apply(MIN, y); }
    /** {@code max(this, y)}; at a tie each operand gets half the derivative. */
    default Num max(Num y) { return apply(MAX, y); }
    /** {@code √(this² + y²)} without overflow. */
    default Num hypot(Num y) { return apply(HYPOT, y); }
}
