package dev.nabla.symbolic.compile;

import java.util.List;

/**
 * One operation of a {@link Program}.
 *
 * @param op         what to compute
 * @param args       the operands, in order
 * @param power      for {@link Op#INT_POWER}: the exponent
 * @param mathMethod for {@link Op#MATH}: the name of the {@code java.lang.Math} method
 * @param function   for {@link Op#TABLE} and {@link Op#CUSTOM}: the index of the function object in
 *                   {@link Program#functions()}
 */
record Step(Op op, List<Operand> args, int power, String mathMethod, int function) {

    /** The operations; each maps to a few bytecodes. */
    enum Op {
        /** {@code a₀ + a₁ + …}, left to right. */
        SUM,
        /** {@code a₀ · a₁ · …}, left to right. */
        PRODUCT,
        /** {@code a₀ · a₁} under the zero rule: 0 when either is exactly 0 ({@link dev.nabla.core.rules.StrongZero}). */
        STRONG_PRODUCT,
        /** {@code a₀ - a₁}. */
        DIFFERENCE,
        /** {@code a₀ / a₁}. */
        QUOTIENT,
        /** {@code -a₀}. */
        NEGATE,
        /** {@code Math.sqrt(a)}. */
        SQRT,
        /** {@code aⁿ} by repeated multiplication, {@code 1/a⁻ⁿ} for negative {@code n}. */
        INT_POWER,
        /** {@code Math.pow(a, b)}. */
        POW,
        /** A static {@code java.lang.Math} method of one or two doubles. */
        MATH,
        /** A rule-table value function ({@code DoubleUnaryOperator} or {@code DoubleBinaryOperator}). */
        TABLE,
        /** A custom primitive's forward pass. */
        CUSTOM
    }

    static Step of(Op op, List<Operand> args) {
        return new Step(op, List.copyOf(args), 0, null, -1);
    }
}
