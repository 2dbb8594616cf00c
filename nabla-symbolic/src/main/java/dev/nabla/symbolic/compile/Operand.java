package dev.nabla.symbolic.compile;

/** An operand of a step of a {@link Program}: a variable, a literal, or the result of an earlier step. */
public sealed interface Operand {

    /** Variable {@code index}, read from the input array. */
    record Input(int index) implements Operand {}

    /** A constant. */
    record Literal(double value) implements Operand {}

    /** The result of step {@code index} of the program. */
    record Result(int index) implements Operand {}
}
