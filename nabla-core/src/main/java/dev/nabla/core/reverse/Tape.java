package dev.nabla.core.reverse;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.forward.Dual;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;

import java.util.Arrays;

/**
 * A Wengert list held in primitive arrays: one node per operation with its value, its operands
 * and the partial derivatives with respect to them, computed when the node is recorded. A backward
 * sweep then gives the gradient of a scalar output in one pass, or a vector–Jacobian product.
 *
 * <p>Node {@code i}'s operands are {@code args[argStart[i] .. argStart[i+1])}, with their partials
 * alongside, so primitives of any arity share the one sweep. The sweep allocates nothing per node.
 *
 * <p>A tape is confined to the thread that created it, and {@link #reset()} lets one be reused in a
 * loop; a variable recorded before a reset, or on another tape, is rejected with a clear message.
 */
public final class Tape {
    static final byte NO_CONSTANT = 0;
    static final byte SECOND_CONSTANT = 1;
    static final byte FIRST_CONSTANT = 2;

    private final Thread owner = Thread.currentThread();
    /**
     * Whether each node keeps its primitive, which only second-order sweeps need. Off for gradients:
     * a reference store per node into a long-lived array pays a GC write barrier every time.
     */
    private final boolean keepOperations;
    private long epoch;
    private int size;
    private int argCount;

    private double[] values = new double[256];
    private int[] argStart = new int[257];
    private int[] args = new int[512];
    private double[] partials = new double[512];
    /** The primitive of each node ({@code null} for inputs): what second-order sweeps re-differentiate. */
    private Object[] ops = new Object[256];
    private double[] constants = new double[256];
    private byte[] constantSide = new byte[256];
    private double[] adjoint = new double[0];

    /** A new, empty tape for gradients and vector–Jacobian products, owned by the calling thread. */
    public Tape() {
        this(false);
    }

    private Tape(boolean keepOperations) {
        this.keepOperations = keepOperations;
    }

    /** A new, empty tape that also supports {@link #hvp}: each node keeps its primitive. */
    public static Tape withSecondOrder() {
        return new Tape(true);
    }

    /** Whether this tape supports {@link #hvp}. */
    public boolean supportsSecondOrder() { return keepOperations; }

    /** The number of recorded nodes, inputs included. */
    public int size() { return size; }

    /** Forgets every node; variables recorded so far can no longer be used. */
    public void reset() {
        checkThread("reset");
        epoch++;
        if (keepOperations) Arrays.fill(ops, 0, size, null);
        size = 0;
        argCount = 0;
    }

    /** A new input with value {@code x}. */
    public TapeVar variable(double x) {
        checkThread("variable");
        ensureNode();
        int i = size++;
        values[i] = x;
        if (keepOperations) ops[i] = null;
        argStart[i + 1] = argCount;
        return new TapeVar(this, i, epoch, x);
    }

    /** One new input per coordinate of {@code x}. */
    public TapeVar[] variables(double[] x) {
        TapeVar[] v = new TapeVar[x.length];
        for (int i = 0; i < x.length; i++) v[i] = variable(x[i]);
        return v;
    }

    /**
     * {@code ∂output/∂wrt[k]} for each {@code k}, in one backward sweep.
     *
     * @throws IllegalArgumentException if a value is from another tape or not a tape value
     */
    public double[] gradient(Num output, TapeVar... wrt) {
        return vjp(new Num[] {output}, new double[] {1}, wrt);
    }

    /**
     * The vector–Jacobian product {@code Σᵢ weights[i] · ∂outputs[i]/∂wrt[k]} for each {@code k}, in one
     * backward sweep.
     */
    public double[] vjp(Num[] outputs, double[] weights, TapeVar... wrt) {
        checkThread("backward");
        if (outputs.length != weights.length) {
            throw new IllegalArgumentException("vjp: " + outputs.length + " outputs but " + weights.length + " weights");
        }
        double[] adj = clearedAdjoint();
        int last = -1;
        for (int i = 0; i < outputs.length; i++) {
            int node = nodeOf(outputs[i], "backward");
            if (node >= 0) {
                adj[node] += weights[i];
                last = Math.max(last, node);
            }
        }
        sweep(adj, last);
        return collect(adj, wrt, "backward");
    }

    private void sweep(double[] adj, int last) {
        for (int i = last; i >= 0; i--) {
            double a = adj[i];
            if (a == 0) continue;
            for (int k = argStart[i], end = argStart[i + 1]; k < end; k++) adj[args[k]] += partials[k] * a;
        }
    }

    /**
     * The Hessian–vector product {@code H·v} of a scalar output with respect to {@code wrt}, forward over
     * reverse: a tangent sweep along {@code v}, then a backward sweep of adjoints and their tangents. The
     * partials' tangents come from the table's rules evaluated on {@link Dual} numbers.
     */
    public double[] hvp(Num output, TapeVar[] wrt, double[] v) {
        checkThread("hvp");
        if (!keepOperations) {
            throw new IllegalStateException("hvp: this tape was made for first derivatives; record on Tape.withSecondOrder()");
        }
        if (wrt.length != v.length) {
            throw new IllegalArgumentException("hvp: " + wrt.length + " variables but the direction has " + v.length + " coordinates");
        }
        int out = nodeOf(output, "hvp");
        double[] tangent = new double[size];
        for (int k = 0; k < wrt.length; k++) tangent[nodeOf(wrt[k], "hvp")] += v[k];
        double[] partialTangent = new double[argCount];
        for (int i = 0; i <= out; i++) {
            if (ops[i] == null) continue;
            double t = 0;
            for (int k = argStart[i], end = argStart[i + 1]; k < end; k++) t += partials[k] * tangent[args[k]];
            tangent[i] = t;
            partialTangents(i, tangent, partialTangent);
        }
        double[] adj = new double[size];
        double[] adjTangent = new double[size];
        if (out >= 0) adj[out] = 1;
        for (int i = out; i >= 0; i--) {
            double a = adj[i];
            double at = adjTangent[i];
            if (a == 0 && at == 0) continue;
            for (int k = argStart[i], end = argStart[i + 1]; k < end; k++) {
                adj[args[k]] += partials[k] * a;
                adjTangent[args[k]] += partials[k] * at + (a == 0 ? 0 : partialTangent[k] * a);
            }
        }
        return collect(adjTangent, wrt, "hvp");
    }

    /** The tangents of node {@code i}'s partials along the current tangent sweep. */
    private void partialTangents(int i, double[] tangent, double[] out) {
        int k = argStart[i];
        Num f = Dual.of(values[i], tangent[i]);
        if (ops[i] instanceof UnaryPrimitive p) {
            out[k] = tangentOf(p.rule().at(dual(args[k], tangent), f));
        } else if (ops[i] instanceof BinaryPrimitive p) {
            Num x;
            Num y;
            if (constantSide[i] == SECOND_CONSTANT) {
                x = dual(args[k], tangent);
                y = Dual.of(constants[i], 0);
                out[k] = tangentOf(p.ruleX().at(x, y, f));
            } else if (constantSide[i] == FIRST_CONSTANT) {
                x = Dual.of(constants[i], 0);
                y = dual(args[k], tangent);
                out[k] = tangentOf(p.ruleY().at(x, y, f));
            } else {
                x = dual(args[k], tangent);
                y = dual(args[k + 1], tangent);
                out[k] = tangentOf(p.ruleX().at(x, y, f));
                out[k + 1] = tangentOf(p.ruleY().at(x, y, f));
            }
        } else {
            CustomCall node = (CustomCall) ops[i];
            Num[] operands = new Num[node.values().length];
            for (int j = 0; j < operands.length; j++) {
                operands[j] = node.nodes()[j] < 0 ? Dual.of(node.values()[j], 0) : dual(node.nodes()[j], tangent);
            }
            Num[] rule = node.primitive().requireRule("a Hessian by reverse mode").partials(operands);
            for (int j = 0, kk = k; j < operands.length; j++) if (node.nodes()[j] >= 0) out[kk++] = tangentOf(rule[j]);
        }
    }

    private Num dual(int node, double[] tangent) {
        return Dual.of(values[node], tangent[node]);
    }

    private static double tangentOf(Num n) {
        return n instanceof Dual d ? d.tangent() : 0;
    }

    // ---- recording ----------------------------------------------------------------------------

    TapeVar record(Object op, double value, TapeVar x, double dx) {
        checkLive(x, op);
        int i = beginNode(op, value, 1);
        pushArg(x.index, dx);
        return endNode(i, value);
    }

    TapeVar record(Object op, double value, TapeVar x, double dx, TapeVar y, double dy) {
        checkLive(x, op);
        checkLive(y, op);
        int i = beginNode(op, value, 2);
        pushArg(x.index, dx);
        pushArg(y.index, dy);
        return endNode(i, value);
    }

    TapeVar recordWithConstant(BinaryPrimitive p, double value, TapeVar x, double partial, double constant, byte side) {
        checkLive(x, p);
        int i = beginNode(p, value, 1);
        pushArg(x.index, partial);
        if (keepOperations) {
            constants[i] = constant;
            constantSide[i] = side;
        }
        return endNode(i, value);
    }

    TapeVar recordCustom(CustomPrimitive p, double value, TapeVar[] operands, double[] partials) {
        int[] nodes = new int[operands.length];
        double[] operandValues = new double[operands.length];
        int live = 0;
        for (int j = 0; j < operands.length; j++) {
            nodes[j] = operands[j].index;
            operandValues[j] = operands[j].value;
            if (nodes[j] >= 0) live++;
        }
        if (live == 0) return new TapeVar(this, TapeVar.CONSTANT, epoch, value);
        int i = beginNode(keepOperations ? new CustomCall(p, nodes, operandValues) : p, value, live);
        for (int j = 0; j < operands.length; j++) if (nodes[j] >= 0) pushArg(nodes[j], partials[j]);
        return endNode(i, value);
    }

    private int beginNode(Object op, double value, int arity) {
        if (size == values.length || argCount + arity > args.length) grow(arity);
        int i = size;
        values[i] = value;
        if (keepOperations) {
            ops[i] = op;
            constantSide[i] = NO_CONSTANT;
        }
        return i;
    }

    private void pushArg(int node, double partial) {
        args[argCount] = node;
        partials[argCount++] = partial;
    }

    private TapeVar endNode(int i, double value) {
        argStart[i + 1] = argCount;
        size = i + 1;
        return new TapeVar(this, i, epoch, value);
    }

    /** What a custom primitive's node keeps for second-order sweeps: the primitive and all its operands. */
    private record CustomCall(CustomPrimitive primitive, int[] nodes, double[] values) {}

    // ---- checks and storage -------------------------------------------------------------------

    /** Rejects a variable from before a reset, or use from another thread; {@code operation} names the operation. */
    void checkLive(TapeVar v, Object operation) {
        if (v.epoch != epoch || Thread.currentThread() != owner) rejectUse(v, operation.toString());
    }

    private void rejectUse(TapeVar v, String operation) {
        if (v.epoch != epoch) {
            throw new IllegalStateException(operation + ": a variable recorded before the tape was reset was used; "
                    + "record the computation again after reset()");
        }
        checkThread(operation);
    }

    private void checkThread(String operation) {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException(operation + ": this tape belongs to thread '" + owner.getName()
                    + "' and cannot be used from '" + Thread.currentThread().getName() + "'");
        }
    }

    private int nodeOf(Num v, String operation) {
        if (v instanceof TapeVar t) {
            if (t.tape != this) throw new IllegalArgumentException(operation + ": the value belongs to a different tape");
            if (t.index == TapeVar.CONSTANT) return -1;
            checkLive(t, operation);
            return t.index;
        }
        if (v instanceof Real) return -1;
        if (v == null) throw new IllegalArgumentException(operation + ": the value is null");
        throw new IllegalArgumentException(operation + ": a " + v.getClass().getSimpleName()
                + " is not a value recorded on a tape");
    }

    private double[] collect(double[] adj, TapeVar[] wrt, String operation) {
        double[] g = new double[wrt.length];
        for (int k = 0; k < wrt.length; k++) {
            int node = nodeOf(wrt[k], operation);
            g[k] = node < 0 ? 0 : adj[node];
        }
        return g;
    }

    private double[] clearedAdjoint() {
        if (adjoint.length < size) adjoint = new double[Math.max(size, 2 * adjoint.length)];
        else Arrays.fill(adjoint, 0, size, 0);
        return adjoint;
    }

    private void grow(int arity) {
        ensureNode();
        ensureArgs(arity);
    }

    private void ensureNode() {
        if (size == values.length) {
            int n = 2 * values.length;
            values = Arrays.copyOf(values, n);
            argStart = Arrays.copyOf(argStart, n + 1);
            ops = Arrays.copyOf(ops, n);
            constants = Arrays.copyOf(constants, n);
            constantSide = Arrays.copyOf(constantSide, n);
        }
    }

    private void ensureArgs(int more) {
        if (argCount + more > args.length) {
            int n = Math.max(2 * args.length, argCount + more);
            args = Arrays.copyOf(args, n);
            partials = Arrays.copyOf(partials, n);
        }
    }
}
