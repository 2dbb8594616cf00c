package dev.nabla.symbolic.expr;

/**
 * The kind of an expression node; a compiler or printer switches on it and then reads the node's
 * payload ({@link Constant#doubleValue()}, {@link Symbol#name()}, {@link Call#primitive()} …) and
 * children ({@link Expr#arg(int)}).
 */
public enum Kind {
    /** An exact rational number {@code p/q} ({@link Rational}). */
    RATIONAL,
    /** A floating-point number ({@link Decimal}), from a decimal literal or a float operation. */
    FLOAT,
    /** {@code pi} or {@code e} ({@link NamedConstant}). */
    NAMED_CONSTANT,
    /** A variable ({@link Symbol}). */
    SYMBOL,
    /** {@code a₀ + a₁ + …}, two or more terms ({@link Add}); a numeric term comes first. */
    ADD,
    /** {@code a₀ · a₁ · …}, two or more factors ({@link Mul}); a numeric coefficient comes first. */
    MUL,
    /** {@code base ^ exponent} ({@link Pow}); {@code √x} is {@code x^(1/2)}, {@code 1/x} is {@code x^(-1)}. */
    POW,
    /** A primitive of the rule table other than the arithmetic ones, e.g. {@code sin(x)}, {@code atan2(y, x)} ({@link Call}). */
    CALL,
    /** A user-defined {@link dev.nabla.core.rules.CustomPrimitive} applied to operands ({@link CustomCall}). */
    CUSTOM
}
