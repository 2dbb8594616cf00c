package dev.nabla.tensor;

/**
 * One entry of a node's {@link Node#nextFunctions()}: the node that receives the gradient of one of
 * its inputs, and which of that node's outputs the input was (always 0 here: every node has one output).
 *
 * @param function the next node, or {@code null} for an input that does not require grad
 * @param inputNr  the output index of {@code function} the input came from
 */
public record Edge(Node function, int inputNr) {
    @Override public String toString() {
        return "(" + (function == null ? "None" : function.toString()) + ", " + inputNr + ")";
    }
}
