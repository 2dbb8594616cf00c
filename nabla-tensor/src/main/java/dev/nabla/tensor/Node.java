package dev.nabla.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A node of the backward graph, PyTorch's {@code grad_fn}: it turns the gradient of its output into
 * gradients of its inputs, and names itself as PyTorch does ({@code MulBackward0}, {@code AccumulateGrad}).
 * The engine ({@link Autograd}) walks these nodes; a node never walks the graph itself.
 */
public abstract sealed class Node permits OpNode, AccumulateGrad {

    private static final Edge[] NO_EDGES = new Edge[0];

    final Edge[] next;
    final int[][] inputShapes;
    final DType[] inputDtypes;
    List<UnaryOperator<Tensor>> preHooks;
    Tensor retainTarget;
    final StackTraceElement[] creation;

    Node(Tensor[] inputs) {
        int n = inputs.length;
        this.next = n == 0 ? NO_EDGES : new Edge[n];
        this.inputShapes = new int[n][];
        this.inputDtypes = new DType[n];
        for (int i = 0; i < n; i++) {
            Tensor t = inputs[i];
            if (t == null) continue;
            inputShapes[i] = t.shape;
            inputDtypes[i] = t.dtype;
            if (t.requiresGrad) next[i] = new Edge(t.gradFn != null ? t.gradFn : t.accumulator(), 0);
        }
        this.creation = AnomalyMode.isEnabled() ? new Throwable().getStackTrace() : null;
    }

    /** PyTorch's name of this node, {@code MulBackward0}. */
    public abstract String name();

    /** The nodes that receive this node's input gradients, one edge per input (PyTorch's {@code next_functions}). */
    public List<Edge> nextFunctions() {
        List<Edge> out = new ArrayList<>(next.length);
        for (Edge e : next) out.add(e == null ? new Edge(null, 0) : e);
        return Collections.unmodifiableList(out);
    }

    /** The gradients of the inputs given the gradient of the output; {@code null} where an input needs none. */
    abstract Tensor[] apply(Tensor gradOutput);

    /** Frees what was saved for backward (after a backward without {@code retainGraph}). */
    abstract void release();

    void addPreHook(UnaryOperator<Tensor> hook) {
        if (preHooks == null) preHooks = new ArrayList<>(1);
        preHooks.add(hook);
    }

    /** Where the node was created, when anomaly mode was on; empty otherwise. */
    public List<StackTraceElement> creationTrace() {
        return creation == null ? List.of() : Arrays.asList(creation);
    }

    /** {@code <MulBackward0>}, as PyTorch prints a node (without its address). */
    @Override public String toString() {
        return "<" + name() + " object>";
    }
}
