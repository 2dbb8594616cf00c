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
 * <p>Every node has two operand slots ({@code arg0/partial0}, {@code arg1/partial1}); a one-operand
 * node points its second slot at node 0, a sink whose adjoint is never read, so the sweep is
 * {@code adj[arg0] += partial0·a; adj[arg1] += partial1·a} with no branch. A custom primitive with
 * more than two live operands keeps them in an overflow list, marked by {@code arg1 = NARY}.
 * Nothing is allocated per node by the sweep.
 *
 * <p>A tape is confined to the thread that created it, and {@link #reset()} lets one be reused in a
 * loop; a variable recorded before a reset, or on another tape, is rejected with a clear message.
 */
public final class Tape {
    static final byte NO_CONSTANT = 0;
    static final byte SECOND_CONSTANT = 1;
    static final byte FIRST_CONSTANT = 2;
    private static final int SINK = 0;
    private static final int NARY = -1;

    private final Thread owner = Thread.currentThread();
    /**
     * Whether each node keeps its primitive, which only second-order sweeps need. Off for gradients:
     * a reference store per node into a long-lived array pays a GC write barrier every time.
     */
    private final boolean keepOperations;
    /** Counts resets, so a variable from an earlier recording is recognised (an int keeps each handle at 32 bytes). */
    private int epoch;
    private int size = 1;

    private double[] values = new double[256];
    private int[] arg0 = new int[256];
    private int[] arg1 = new int[256];
    private double[] partial0 = new double[256];
    private double[] partial1 = new double[256];
    /** Overflow operands of n-ary nodes: node {@code i} with {@code arg1[i] = NARY} owns {@code naryArgs[arg0[i] ..]}. */
    private int[] naryStart = new int[0];
    private int[] naryArgs = new int[0];
    private double[] naryPartials = new double[0];
    private int naryCount;
    private int naryArgCount;
    /** The primitive of each node ({@code null} for inputs), kept only on second-order tapes. */
    private Object[] ops;
    private double[] constants;
    private byte[] constantSide;
    private double[] adjoint = new double[0];

    /** A new, empty tape for gradients and vector–Jacobian products, owned by the calling thread. */
    public Tape() {
        this(false);
    }

    private Tape(boolean keepOperations) {
        this.keepOperations = keepOperations;
        if (keepOperations) {
            ops = new Object[values.length];
            constants = new double[values.length];
            constantSide = new byte[values.length];
        }
    }

    /** A new, empty tape that also supports {@link #hvp}: each node keeps its primitive. */
    public static Tape withSecondOrder() {
        return new Tape(true);
    }

    /** Whether this tape supports {@link #hvp}. */
    public boolean supportsSecondOrder() { return keepOperations; }

    /** The number of recorded nodes, inputs included. */
    public int size() { return size - 1; }

    /** Forgets every node; variables recorded so far can no longer be used. */
    public void reset() {
        checkThread("reset");
        epoch++;
        if (keepOperations) Arrays.fill(ops, 0, size, null);
        size = 1;
        naryCount = 0;
        naryArgCount = 0;
    }

    /** A new input with value {@code x}. */
    public TapeVar variable(double x) {
        checkThread("variable");
        int i = size;
        if (i == values.length) grow();
        values[i] = x;
        arg0[i] = SINK;
        partial0[i] = 0;
        arg1[i] = SINK;
        partial1[i] = 0;
        if (keepOperations) ops[i] = null;
        size = i + 1;
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
        int last = 0;
        for (int i = 0; i < outputs.length; i++) {
            int node = nodeOf(outputs[i], "backward");
            if (node > 0) {
                adj[node] += weights[i];
                last = Math.max(last, node);
            }
        }
        sweep(adj, last);
        return collect(adj, wrt, "backward");
    }

    private void sweep(double[] adj, int last) {
        int[] a0 = arg0, a1 = arg1;
        double[] p0 = partial0, p1 = partial1;
        for (int i = last; i > 0; i--) {
            double a = adj[i];
            int second = a1[i];
            if (second == NARY) {
                sweepNary(adj, i, a);
                continue;
            }
            adj[a0[i]] += p0[i] * a;
            adj[second] += p1[i] * a;
        }
    }

    private void sweepNary(double[] adj, int node, double a) {
        int n = arg0[node];
        for (int k = naryStart[n], end = naryStart[n + 1]; k < end; k++) adj[naryArgs[k]] += naryPartials[k] * a;
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
        tangent[SINK] = 0;
        Operands operands = new Operands();
        double[][] partialTangents = new double[Math.max(out + 1, 0)][];
        for (int i = 1; i <= out; i++) {
            if (ops[i] == null) continue;
            operands.of(i);
            double t = 0;
            for (int j = 0; j < operands.count; j++) t += operands.partials[j] * tangent[operands.nodes[j]];
            tangent[i] = t;
            partialTangents[i] = partialTangents(i, operands, tangent);
        }
        double[] adj = new double[size];
        double[] adjTangent = new double[size];
        if (out > 0) adj[out] = 1;
        for (int i = out; i > 0; i--) {
            double a = adj[i];
            double at = adjTangent[i];
            if ((a == 0 && at == 0) || ops[i] == null) continue;
            operands.of(i);
            double[] pt = partialTangents[i];
            for (int j = 0; j < operands.count; j++) {
                int arg = operands.nodes[j];
                adj[arg] += operands.partials[j] * a;
                adjTangent[arg] += operands.partials[j] * at + (a == 0 ? 0 : pt[j] * a);
            }
        }
        return collect(adjTangent, wrt, "hvp");
    }

    /** The live operands of one node and their partials, as second-order sweeps read them. */
    private final class Operands {
        int count;
        int[] nodes = new int[2];
        double[] partials = new double[2];

        void of(int i) {
            if (arg1[i] == NARY) {
                int n = arg0[i], start = naryStart[n];
                count = naryStart[n + 1] - start;
                if (nodes.length < count) {
                    nodes = new int[count];
                    partials = new double[count];
                }
                System.arraycopy(naryArgs, start, nodes, 0, count);
                System.arraycopy(naryPartials, start, partials, 0, count);
                return;
            }
            nodes[0] = arg0[i];
            partials[0] = partial0[i];
            nodes[1] = arg1[i];
            partials[1] = partial1[i];
            count = arg1[i] == SINK ? 1 : 2;
        }
    }

    /** The tangents of node {@code i}'s partials along the current tangent sweep, one per live operand. */
    private double[] partialTangents(int i, Operands operands, double[] tangent) {
        Num f = Dual.of(values[i], tangent[i]);
        if (ops[i] instanceof UnaryPrimitive p) {
            return new double[] {tangentOf(p.rule().at(dual(operands.nodes[0], tangent), f))};
        }
        if (ops[i] instanceof BinaryPrimitive p) {
            if (constantSide[i] == SECOND_CONSTANT) {
                return new double[] {tangentOf(p.ruleX().at(dual(operands.nodes[0], tangent), Dual.of(constants[i], 0), f))};
            }
            if (constantSide[i] == FIRST_CONSTANT) {
                return new double[] {tangentOf(p.ruleY().at(Dual.of(constants[i], 0), dual(operands.nodes[0], tangent), f))};
            }
            Num x = dual(operands.nodes[0], tangent);
            Num y = dual(operands.nodes[1], tangent);
            return new double[] {tangentOf(p.ruleX().at(x, y, f)), tangentOf(p.ruleY().at(x, y, f))};
        }
        CustomCall call = (CustomCall) ops[i];
        Num[] args = new Num[call.nodes().length];
        for (int j = 0; j < args.length; j++) {
            args[j] = call.nodes()[j] == TapeVar.CONSTANT ? Dual.of(call.values()[j], 0) : dual(call.nodes()[j], tangent);
        }
        Num[] rule = call.primitive().requireRule("a Hessian by reverse mode").partials(args);
        double[] out = new double[operands.count];
        for (int j = 0, k = 0; j < args.length; j++) if (call.nodes()[j] != TapeVar.CONSTANT) out[k++] = tangentOf(rule[j]);
        return out;
    }

    private Num dual(int node, double[] tangent) {
        return Dual.of(values[node], tangent[node]);
    }

    private static double tangentOf(Num n) {
        return n instanceof Dual d ? d.tangent() : 0;
    }

    // ---- recording (kept small so the JIT inlines it into the user's function) ------------------

    TapeVar record(Object op, double value, TapeVar x, double dx) {
        checkLive(x, op);
        int i = size;
        if (i == values.length) grow();
        values[i] = value;
        arg0[i] = x.index;
        partial0[i] = dx;
        arg1[i] = SINK;
        partial1[i] = 0;
        if (keepOperations) keep(i, op, NO_CONSTANT, 0);
        size = i + 1;
        return new TapeVar(this, i, epoch, value);
    }

    TapeVar record(Object op, double value, TapeVar x, double dx, TapeVar y, double dy) {
        checkLive(x, y, op);
        int i = size;
        if (i == values.length) grow();
        values[i] = value;
        arg0[i] = x.index;
        partial0[i] = dx;
        arg1[i] = y.index;
        partial1[i] = dy;
        if (keepOperations) keep(i, op, NO_CONSTANT, 0);
        size = i + 1;
        return new TapeVar(this, i, epoch, value);
    }

    TapeVar recordWithConstant(BinaryPrimitive p, double value, TapeVar x, double partial, double constant, byte side) {
        TapeVar v = record(p, value, x, partial);
        if (keepOperations) keep(v.index, p, side, constant);
        return v;
    }

    TapeVar recordCustom(CustomPrimitive p, double value, TapeVar[] operands, double[] partials) {
        int[] nodes = new int[operands.length];
        double[] operandValues = new double[operands.length];
        int live = 0;
        for (int j = 0; j < operands.length; j++) {
            nodes[j] = operands[j].index;
            operandValues[j] = operands[j].value;
            if (nodes[j] != TapeVar.CONSTANT) live++;
        }
        if (live == 0) return new TapeVar(this, TapeVar.CONSTANT, epoch, value);
        Object op = keepOperations ? new CustomCall(p, nodes, operandValues) : p;
        int i = size;
        if (i == values.length) grow();
        values[i] = value;
        arg0[i] = SINK;
        partial0[i] = 0;
        arg1[i] = SINK;
        partial1[i] = 0;
        if (live <= 2) {
            for (int j = 0, slot = 0; j < operands.length; j++) {
                if (nodes[j] == TapeVar.CONSTANT) continue;
                if (slot++ == 0) { arg0[i] = nodes[j]; partial0[i] = partials[j]; }
                else { arg1[i] = nodes[j]; partial1[i] = partials[j]; }
            }
        } else {
            arg0[i] = pushNary(nodes, partials, live);
            arg1[i] = NARY;
        }
        if (keepOperations) keep(i, op, NO_CONSTANT, 0);
        size = i + 1;
        return new TapeVar(this, i, epoch, value);
    }

    private int pushNary(int[] nodes, double[] partials, int live) {
        if (naryCount + 2 > naryStart.length) naryStart = Arrays.copyOf(naryStart, Math.max(16, 2 * naryStart.length));
        if (naryArgCount + live > naryArgs.length) {
            int n = Math.max(2 * naryArgs.length, naryArgCount + live);
            naryArgs = Arrays.copyOf(naryArgs, n);
            naryPartials = Arrays.copyOf(naryPartials, n);
        }
        naryStart[naryCount] = naryArgCount;
        for (int j = 0; j < nodes.length; j++) {
            if (nodes[j] == TapeVar.CONSTANT) continue;
            naryArgs[naryArgCount] = nodes[j];
            naryPartials[naryArgCount++] = partials[j];
        }
        naryStart[naryCount + 1] = naryArgCount;
        return naryCount++;
    }

    private void keep(int i, Object op, byte side, double constant) {
        ops[i] = op;
        constantSide[i] = side;
        constants[i] = constant;
    }

    /** What a custom primitive's node keeps for second-order sweeps: the primitive and all its operands. */
    private record CustomCall(CustomPrimitive primitive, int[] nodes, double[] values) {}

    // ---- checks and storage -------------------------------------------------------------------

    /** Rejects a variable from before a reset, or use from another thread; {@code operation} names the operation. */
    void checkLive(TapeVar v, Object operation) {
        if (v.epoch != epoch || Thread.currentThread() != owner) rejectUse(v, operation.toString());
    }

    private void checkLive(TapeVar x, TapeVar y, Object operation) {
        if ((x.epoch ^ epoch | y.epoch ^ epoch) != 0 || Thread.currentThread() != owner) {
            rejectUse(x.epoch != epoch ? x : y, operation.toString());
        }
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
            if (t.index == TapeVar.CONSTANT) return SINK;
            checkLive(t, operation);
            return t.index;
        }
        if (v instanceof Real) return SINK;
        if (v == null) throw new IllegalArgumentException(operation + ": the value is null");
        throw new IllegalArgumentException(operation + ": a " + v.getClass().getSimpleName()
                + " is not a value recorded on a tape");
    }

    /**
     * {@code ∂output/∂x} for the inputs {@code xs} recorded first on this tape, as {@link Reverse} records
     * them: their adjoints are read in one copy instead of one check per input.
     */
    double[] gradientOfFirstInputs(Num output, TapeVar[] xs) {
        if (xs.length == 0 || xs[0].index != 1 || xs[xs.length - 1].index != xs.length) return gradient(output, xs);
        double[] adj = backward(output);
        double[] g = new double[xs.length];
        System.arraycopy(adj, 1, g, 0, xs.length);
        return g;
    }

    private double[] backward(Num output) {
        checkThread("backward");
        double[] adj = clearedAdjoint();
        int node = nodeOf(output, "backward");
        if (node > 0) {
            adj[node] = 1;
            sweep(adj, node);
        }
        return adj;
    }

    private double[] collect(double[] adj, TapeVar[] wrt, String operation) {
        double[] g = new double[wrt.length];
        for (int k = 0; k < wrt.length; k++) {
            int node = nodeOf(wrt[k], operation);
            g[k] = node == SINK ? 0 : adj[node];
        }
        return g;
    }

    private double[] clearedAdjoint() {
        if (adjoint.length < size) adjoint = new double[Math.max(size, 2 * adjoint.length)];
        else Arrays.fill(adjoint, 0, size, 0);
        return adjoint;
    }

    private void grow() {
        int n = 2 * values.length;
        values = Arrays.copyOf(values, n);
        arg0 = Arrays.copyOf(arg0, n);
        arg1 = Arrays.copyOf(arg1, n);
        partial0 = Arrays.copyOf(partial0, n);
        partial1 = Arrays.copyOf(partial1, n);
        if (keepOperations) {
            ops = Arrays.copyOf(ops, n);
            constants = Arrays.copyOf(constants, n);
            constantSide = Arrays.copyOf(constantSide, n);
        }
    }
}
