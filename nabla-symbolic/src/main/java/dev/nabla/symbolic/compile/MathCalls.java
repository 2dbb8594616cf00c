package dev.nabla.symbolic.compile;

import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;

import java.util.Map;
import java.util.Optional;

/**
 * The primitives of the rule table whose value function is a {@code java.lang.Math} method, compiled
 * as a static call to it. Every other primitive is compiled as a call to the table's own value
 * function; a test checks that each method named here gives the table's values bit for bit.
 */
final class MathCalls {
    private MathCalls() {}

    private static final Map<Primitive, String> METHODS = Map.ofEntries(
            Map.entry(Primitives.SQRT, "sqrt"), Map.entry(Primitives.CBRT, "cbrt"),
            Map.entry(Primitives.EXP, "exp"), Map.entry(Primitives.EXPM1, "expm1"),
            Map.entry(Primitives.LOG, "log"), Map.entry(Primitives.LOG1P, "log1p"), Map.entry(Primitives.LOG10, "log10"),
            Map.entry(Primitives.SIN, "sin"), Map.entry(Primitives.COS, "cos"), Map.entry(Primitives.TAN, "tan"),
            Map.entry(Primitives.ASIN, "asin"), Map.entry(Primitives.ACOS, "acos"), Map.entry(Primitives.ATAN, "atan"),
            Map.entry(Primitives.ATAN2, "atan2"),
            Map.entry(Primitives.SINH, "sinh"), Map.entry(Primitives.COSH, "cosh"), Map.entry(Primitives.TANH, "tanh"),
            Map.entry(Primitives.SIGN, "signum"), Map.entry(Primitives.ABS, "abs"),
            Map.entry(Primitives.MIN, "min"), Map.entry(Primitives.MAX, "max"), Map.entry(Primitives.HYPOT, "hypot"),
            Map.entry(Primitives.POW, "pow"));

    /** The {@code Math} method computing {@code p}'s value, if there is one. */
    static Optional<String> method(Primitive p) {
        return Optional.ofNullable(METHODS.get(p));
    }
}
