package dev.nabla.core.complex;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import static dev.nabla.core.rules.Primitives.*;

/**
 * The complex value of each primitive of the rule table, keyed by the primitive itself. A primitive
 * added to {@link Primitives} without an entry here fails the table-driven complex tests, and at run
 * time {@link Complex} reports it by name.
 */
public final class ComplexFunctions {
    private ComplexFunctions() {}

    private static final Map<UnaryPrimitive, UnaryOperator<Complex>> UNARY = new IdentityHashMap<>();
    private static final Map<BinaryPrimitive, BinaryOperator<Complex>> BINARY = new IdentityHashMap<>();

    static {
        BINARY.put(ADD, ComplexArithmetic::add);
        BINARY.put(SUB, ComplexArithmetic::sub);
        BINARY.put(MUL, ComplexArithmetic::mul);
        BINARY.put(DIV, ComplexArithmetic::div);
        UNARY.put(NEG, ComplexArithmetic::neg);
        BINARY.put(POW, ElementaryFunctions::pow);
        UNARY.put(SQRT, ElementaryFunctions::sqrt);
        UNARY.put(CBRT, ElementaryFunctions::cbrt);
        UNARY.put(EXP, ElementaryFunctions::exp);
        UNARY.put(EXPM1, ElementaryFunctions::expm1);
        UNARY.put(LOG, ElementaryFunctions::log);
        UNARY.put(LOG1P, ElementaryFunctions::log1p);
        UNARY.put(LOG10, ElementaryFunctions::log10);
        UNARY.put(SIN, TrigonometricFunctions::sin);
        UNARY.put(COS, TrigonometricFunctions::cos);
        UNARY.put(TAN, TrigonometricFunctions::tan);
        UNARY.put(ASIN, InverseFunctions::asin);
        UNARY.put(ACOS, InverseFunctions::acos);
        UNARY.put(ATAN, InverseFunctions::atan);
        BINARY.put(ATAN2, InverseFunctions::atan2);
        UNARY.put(SINH, TrigonometricFunctions::sinh);
        UNARY.put(COSH, TrigonometricFunctions::cosh);
        UNARY.put(TANH, TrigonometricFunctions::tanh);
        UNARY.put(ASINH, InverseFunctions::asinh);
        UNARY.put(ACOSH, InverseFunctions::acosh);
        UNARY.put(ATANH, InverseFunctions::atanh);
        UNARY.put(SIGN, NonSmoothFunctions::sign);
        UNARY.put(HEAVISIDE, NonSmoothFunctions::heaviside);
        UNARY.put(ABS, NonSmoothFunctions::abs);
        BINARY.put(MIN, NonSmoothFunctions::min);
        BINARY.put(MAX, NonSmoothFunctions::max);
        BINARY.put(HYPOT, NonSmoothFunctions::hypot);
    }

    /** Whether {@code p} has a complex value here. */
    public static boolean covers(Primitive p) {
        return p instanceof UnaryPrimitive u ? UNARY.containsKey(u) : BINARY.containsKey((BinaryPrimitive) p);
    }

    /** The complex value of {@code p}, or an exception naming it. */
    static UnaryOperator<Complex> unary(UnaryPrimitive p) {
        UnaryOperator<Complex> f = UNARY.get(p);
        if (f == null) throw missing(p);
        return f;
    }

    /** The complex value of {@code p}, or an exception naming it. */
    static BinaryOperator<Complex> binary(BinaryPrimitive p) {
        BinaryOperator<Complex> f = BINARY.get(p);
        if (f == null) throw missing(p);
        return f;
    }

    private static IllegalStateException missing(Primitive p) {
        return new IllegalStateException("complex backend: primitive '" + p.name()
                + "' has no complex value; add it to ComplexFunctions");
    }
}
