package dev.nabla.symbolic.compile;

/** An operand of a {@link Step}: a variable, a literal, or the result of an earlier step. */
sealed interface Operand {

    /** Variable {@code index}, read from the input array. */
    record Input(int index) implements Operand {}

    /** A constant. */
    record Literal(double value) implements Operand {}

    /** The result of step {@code index} of the program. */
    record Result(int index) implements Operand {}
}
