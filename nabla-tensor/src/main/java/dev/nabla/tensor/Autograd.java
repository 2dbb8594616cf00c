package dev.nabla.tensor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reverse-mode engine, PyTorch's {@code torch.autograd}: {@link #backward} accumulates gradients
 * into the leaves' {@code .grad}, {@link #grad} returns them. One walker for every graph: it orders the
 * nodes, sums the gradients that meet at a node, runs hooks, and frees what nodes saved unless asked to
 * retain the graph. With {@code createGraph} the backward formulas are themselves recorded, so the result
 * can be differentiated again.
 */
public final class Autograd {
    private Autograd() {}

    /** {@code torch.autograd.backward(tensor)}: the tensor must hold one element. */
    public static void backward(Tensor tensor) {
        backward(List.of(tensor), null, false, false, null);
    }

    /**
     * {@code torch.autograd.backward(tensors, grad_tensors, retain_graph, create_graph, inputs)}.
     *
     * @param tensors     the roots
     * @param gradTensors the gradient of each root ({@code null}, or a null entry, for a one-element root: 1)
     * @param retainGraph keep the saved tensors so that the graph can be walked again
     * @param createGraph record the backward pass, for higher derivatives
     * @param inputs      accumulate only into these tensors' {@code .grad} ({@code null}: every leaf)
     */
    public static void backward(List<Tensor> tensors, List<Tensor> gradTensors, boolean retainGraph,
                                boolean createGraph, List<Tensor> inputs) {
        Tensor[] roots = roots("backward", tensors);
        Tensor[] grads = rootGrads("backward", roots, gradTensors);
        Tensor[] targets = inputs == null ? null : inputs("backward", inputs);
        run(roots, grads, retainGraph, createGraph, targets, true, true);
    }

    /** {@code torch.autograd.grad(output, inputs)} without retaining the graph. */
    public static TensorTuple grad(Tensor output, Tensor... inputs) {
        if (inputs == null) throw new IllegalArgumentException("grad: the inputs are null");
        return grad(java.util.Collections.singletonList(output), java.util.Arrays.asList(inputs), null, false, false, false);
    }

    /** {@code torch.autograd.grad(output, inputs, retain_graph=retainGraph)}. */
    public static TensorTuple grad(Tensor output, List<Tensor> inputs, boolean retainGraph) {
        return grad(java.util.Collections.singletonList(output), inputs, null, retainGraph, false, false);
    }

    /**
     * {@code torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused)}:
     * the gradients of the outputs with respect to each input, leaving every {@code .grad} untouched.
     *
     * @return one gradient per input; {@code null} for an unused input when {@code allowUnused}
     */
    public static TensorTuple grad(List<Tensor> outputs, List<Tensor> inputs, List<Tensor> gradOutputs,
                                   boolean retainGraph, boolean createGraph, boolean allowUnused) {
        Tensor[] roots = roots("grad", outputs);
        Tensor[] grads = rootGrads("grad", roots, gradOutputs);
        Tensor[] targets = inputs("grad", inputs);
        Tensor[] result = run(roots, grads, retainGraph, createGraph, targets, false, false);
        for (int i = 0; i < result.length; i++) {
            if (result[i] == null && !allowUnused) {
                throw new IllegalArgumentException("grad: input " + i + " (shape " + Shapes.str(targets[i].shape)
                        + ") was not used in the graph of the outputs; pass allowUnused = true to get null for it");
            }
        }
        return TensorTuple.of(result);
    }

    // ---- argument checks ----------------------------------------------------------------------

    private static Tensor[] roots(String op, List<Tensor> tensors) {
        if (tensors == null || tensors.isEmpty()) throw new IllegalArgumentException(op + ": no tensors to differentiate");
        Tensor[] roots = new Tensor[tensors.size()];
        for (int i = 0; i < roots.length; i++) {
            Tensor t = tensors.get(i);
            if (t == null) throw new IllegalArgumentException(op + ": tensor " + i + " is null");
            Tensor.requireCurrentGraph(op, t);
            if (!t.requiresGrad) {
                throw new IllegalArgumentException(op + ": tensor " + i + " (shape " + Shapes.str(t.shape) + ", " + t.dtype
                        + ") does not require grad and has no grad_fn; call requiresGrad_(true) on the inputs before"
                        + " computing it, outside a noGrad scope");
            }
            roots[i] = t;
        }
        return roots;
    }

    private static Tensor[] rootGrads(String op, Tensor[] roots, List<Tensor> given) {
        if (given != null && given.size() != roots.length) {
            throw new IllegalArgumentException(op + ": " + roots.length + " tensors but " + given.size() + " gradients");
        }
        Tensor[] grads = new Tensor[roots.length];
        for (int i = 0; i < roots.length; i++) {
            Tensor g = given == null ? null : given.get(i);
            Tensor r = roots[i];
            if (g == null) {
                if (r.numel() != 1) {
                    throw new IllegalArgumentException(op + ": grad can be created implicitly only for a tensor of one"
                            + " element, but tensor " + i + " has shape " + Shapes.str(r.shape)
                            + "; pass a gradient of that shape");
                }
                g = Tensor.onesLike(r);
            } else if (!java.util.Arrays.equals(g.shape, r.shape)) {
                throw new IllegalArgumentException(op + ": the gradient of tensor " + i + " has shape " + Shapes.str(g.shape)
                        + " but the tensor has shape " + Shapes.str(r.shape));
            } else if (g.dtype != r.dtype && g.dtype.isFloatingPoint() != r.dtype.isFloatingPoint()) {
                throw new IllegalArgumentException(op + ": the gradient of tensor " + i + " is " + g.dtype
                        + " but the tensor is " + r.dtype);
            }
            grads[i] = g;
        }
        return grads;
    }

    private static Tensor[] inputs(String op, List<Tensor> inputs) {
        if (inputs == null || inputs.isEmpty()) throw new IllegalArgumentException(op + ": no inputs given");
        Tensor[] t = new Tensor[inputs.size()];
        for (int i = 0; i < t.length; i++) {
            Tensor x = inputs.get(i);
            if (x == null) throw new IllegalArgumentException(op + ": input " + i + " is null");
            if (!x.requiresGrad) {
                throw new IllegalArgumentException(op + ": input " + i + " (shape " + Shapes.str(x.shape) + ", " + x.dtype
                        + ") does not require grad");
            }
            t[i] = x;
        }
        return t;
    }

    private static Node nodeOf(Tensor t) {
        return t.gradFn != null ? t.gradFn : t.accumulator();
    }

    // ---- the walker ---------------------------------------------------------------------------

    private static Tensor[] run(Tensor[] roots, Tensor[] rootGrads, boolean keepGraph, boolean createGraph,
                                Tensor[] targets, boolean accumulate, boolean intoGrad) {
        Map<Node, Tensor> pending = new IdentityHashMap<>();
        Node[] rootNodes = new Node[roots.length];
        for (int i = 0; i < roots.length; i++) {
            rootNodes[i] = nodeOf(roots[i]);
            Tensor g = rootGrads[i].dtype == roots[i].dtype ? rootGrads[i] : rootGrads[i].to(roots[i].dtype);
            pending.merge(rootNodes[i], g, Tensor::add);
        }
        List<Node> order = topologicalOrder(rootNodes);

        Map<Node, List<Integer>> capture = null;
        if (targets != null) {
            capture = new IdentityHashMap<>();
            for (int i = 0; i < targets.length; i++) capture.computeIfAbsent(nodeOf(targets[i]), k -> new ArrayList<>()).add(i);
        }
        boolean[] needed = needed(order, capture);
        Tensor[] captured = targets == null ? null : new Tensor[targets.length];

        try (GradMode.Scope mode = GradMode.setEnabled(createGraph)) {
            for (int k = 0; k < order.size(); k++) {
                Node node = order.get(k);
                Tensor g = pending.remove(node);
                if (g == null || !needed[k]) {
                    if (!keepGraph) node.release();
                    continue;
                }
                if (node.preHooks != null) {
                    for (var hook : node.preHooks) {
                        Tensor h = hook.apply(g);
                        if (h != null && (!java.util.Arrays.equals(h.shape, g.shape) || h.dtype != g.dtype)) {
                            throw new IllegalStateException("backward: a hook on " + node.name() + " changed the gradient from "
                                    + Shapes.str(g.shape) + " " + g.dtype + " to " + Shapes.str(h.shape) + " " + h.dtype
                                    + "; a hook must return a gradient of the same shape and dtype (or null to keep it)");
                        }
                        if (h != null) g = h;
                    }
                }
                if (node.retainTarget != null) {
                    Tensor t = node.retainTarget;
                    t.grad = t.grad == null ? (createGraph ? g : g.detach()) : t.grad.add(g);
                }
                List<Integer> hit = capture == null ? null : capture.get(node);
                if (hit != null) {
                    for (int i : hit) {
                        captured[i] = createGraph ? g : g.detach();
                        if (intoGrad && !(node instanceof AccumulateGrad)) {
                            Tensor t = targets[i];
                            t.grad = t.grad == null ? captured[i] : t.grad.add(captured[i]);
                        }
                    }
                }
                if (node instanceof AccumulateGrad acc) {
                    if (accumulate && (capture == null || hit != null)) acc.accumulate(g, createGraph);
                    continue;
                }
                Tensor[] outs = node.apply(g);
                if (AnomalyMode.isEnabled()) checkNaN(node, outs);
                Edge[] next = node.next;
                for (int i = 0; i < next.length; i++) {
                    Edge e = next[i];
                    if (e == null || outs[i] == null) continue;
                    Tensor gi = conform(node, i, outs[i]);
                    pending.merge(e.function(), gi, Tensor::add);
                }
                if (!keepGraph) node.release();
            }
        }
        return captured;
    }

    /** The node's {@code i}-th input gradient in that input's shape and dtype. */
    private static Tensor conform(Node node, int i, Tensor g) {
        int[] want = node.inputShapes[i];
        if (!java.util.Arrays.equals(g.shape, want)) g = g.sumToSize(want);
        if (g.dtype != node.inputDtypes[i]) g = g.to(node.inputDtypes[i]);
        return g;
    }

    private static void checkNaN(Node node, Tensor[] outs) {
        for (int i = 0; i < outs.length; i++) {
            if (outs[i] != null && outs[i].dtype.isFloatingPoint() && outs[i].isnan().any()) {
                StringBuilder where = new StringBuilder();
                int shown = 0;
                for (StackTraceElement e : node.creationTrace()) {
                    if (shown == 0 && isLibraryFrame(e)) continue;
                    if (shown++ == 6) break;
                    where.append("\n    at ").append(e);
                }
                throw new IllegalStateException("anomaly: " + node.name() + " returned NaN in its gradient for input " + i
                        + (where.length() == 0 ? "" : "; the operation was created" + where));
            }
        }
    }

    /** Whether a stack frame belongs to this library's own classes (skipped when saying where an op was made). */
    private static boolean isLibraryFrame(StackTraceElement e) {
        try {
            Class<?> c = Class.forName(e.getClassName(), false, Autograd.class.getClassLoader());
            return c.getProtectionDomain().getCodeSource() != null
                    && c.getProtectionDomain().getCodeSource().equals(Autograd.class.getProtectionDomain().getCodeSource());
        } catch (ClassNotFoundException | SecurityException ex) {
            return false;
        }
    }

    /** Every node reachable from {@code roots}, each after all nodes that send it a gradient (Kahn's order). */
    private static List<Node> topologicalOrder(Node[] roots) {
        Map<Node, int[]> deps = new IdentityHashMap<>();
        ArrayDeque<Node> stack = new ArrayDeque<>();
        for (Node r : roots) if (deps.putIfAbsent(r, new int[1]) == null) stack.push(r);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            for (Edge e : n.next) {
                if (e == null) continue;
                int[] c = deps.get(e.function());
                if (c == null) {
                    deps.put(e.function(), new int[] {1});
                    stack.push(e.function());
                } else c[0]++;
            }
        }
        List<Node> order = new ArrayList<>(deps.size());
        for (Node r : roots) {
            int[] c = deps.get(r);
            if (c[0] == 0) {
                c[0] = -1;
                stack.push(r);
            }
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            order.add(n);
            for (Edge e : n.next) {
                if (e == null) continue;
                int[] c = deps.get(e.function());
                if (--c[0] == 0) stack.push(e.function());
            }
        }
        return order;
    }

    /** For each node in order, whether it leads to a captured node (all true when nothing is captured). */
    private static boolean[] needed(List<Node> order, Map<Node, List<Integer>> capture) {
        boolean[] needed = new boolean[order.size()];
        if (capture == null) {
            java.util.Arrays.fill(needed, true);
            return needed;
        }
        Map<Node, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) index.put(order.get(i), i);
        for (int i = order.size() - 1; i >= 0; i--) {
            Node n = order.get(i);
            boolean need = capture.containsKey(n);
            for (Edge e : n.next) if (e != null && needed[index.get(e.function())]) need = true;
            needed[i] = need;
        }
        return needed;
    }
}
