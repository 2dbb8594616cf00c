package dev.nabla.core.reverse;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.StrongZero;
import dev.nabla.core.rules.UnaryPrimitive;

import java.util.Arrays;

/**
 * A Wengert list held in primitive arrays: one node per operation with its operands and the partial
 * derivatives with respect to them, computed when the node is recorded. A backward sweep then gives the
 * gradient of a scalar output in one pass, or a vector–Jacobian product. Node values are kept only on
 * second-order tapes; otherwise the handles ({@link TapeVar}) carry them.
 *
 * <p>Every node has two operand slots, side by side in two arrays: node {@code i}'s operands are
 * {@code args[2i]}, {@code args[2i+1]} and their partials {@code partials[2i]}, {@code partials[2i+1]}. A
 * one-operand node points its second slot at node 0, a sink whose adjoint is never read, with partial 0, so
 * the sweep is {@code adj[args[2i]] += partials[2i]·a; adj[args[2i+1]] += partials[2i+1]·a}; the plain sweep
 * leaves out the sink's update (every one-operand node would otherwise add to the same adjoint, a chain of
 * dependent stores and loads). A custom primitive with more than two live operands keeps them in an overflow
 * list, marked by a second operand {@code NARY}. Nothing is allocated per node by the sweep.
 *
 * <p>A tape is confined to the thread that created it, and {@link #reset()} lets one be reused in a
 * loop; a variable recorded before a reset, or on another tape, is rejected with a clear message.
 */
public final class Tape {
    static final byte NO_CONSTANT = 0;
    static final byte SECOND_CONSTANT = 1;
    static final byte FIRST_CONSTANT = 2;
    static final int SINK = 0;
    private static final int INITIAL_CAPACITY = 256;
    static final int NARY = -1;

    private final Thread owner = Thread.currentThread();
    /**
     * Whether each node keeps its primitive, which only second-order sweeps need. Off for gradients:
     * a reference store per node into a long-lived array pays a GC write barrier every time.
     */
    final boolean keepOperations;
    /** Counts resets, so a variable from an earlier recording is recognised (an int keeps each handle at 32 bytes). */
    private int epoch;
    int size = 1;

    /** The operands of node {@code i} at {@code 2i} and {@code 2i + 1}: two slots per node. */
    int[] args = new int[2 * INITIAL_CAPACITY];
    /** The partial derivatives with respect to the operands in {@link #args}, slot for slot. */
    double[] partials = new double[2 * INITIAL_CAPACITY];
    /**
     * The number of nodes, from node 1 on, that are all inputs: their operands are the sink with partial 0, so the
     * plain backward sweep stops above them.
     */
    private int leadingInputs;
    /** Overflow operands of n-ary nodes: node {@code i} with {@code args[2i+1] = NARY} owns {@code naryArgs[naryStart[args[2i]] ..]}. */
    int[] naryStart = new int[0];
    int[] naryArgs = new int[0];
    double[] naryPartials = new double[0];
    private int naryCount;
    private int naryArgCount;
    /** The value of each node, kept only on second-order tapes. */
    double[] values;
    /** The primitive of each node ({@code null} for inputs), kept only on second-order tapes. */
    Object[] ops;
    double[] constants;
    byte[] constantSide;
    private double[] adjoint = new double[0];
    /** Whether a partial recorded since the last reset is infinite or NaN: only then can the zero rule change a sweep. */
    private boolean nonFinitePartials;

    /** A new, empty tape for gradients and vector–Jacobian products, owned by the calling thread. */
    public Tape() {
        this(false);
    }

    private Tape(boolean keepOperations) {
        this.keepOperations = keepOperations;
        if (keepOperations) {
            values = new double[INITIAL_CAPACITY];
            ops = new Object[INITIAL_CAPACITY];
            constants = new double[INITIAL_CAPACITY];
            constantSide = new byte[INITIAL_CAPACITY];
        }
    }

    /** A new, empty tape that also supports second-order sweeps ({@link SecondOrderSweep}): each node keeps its primitive. */
    public static Tape withSecondOrder() {
        return new Tape(true);
    }

    /** Whether this tape supports second-order sweeps ({@link SecondOrderSweep}). */
    public boolean supportsSecondOrder() { return keepOperations; }

    /** The number of recorded nodes, inputs included. */
    public int size() { return size - 1; }

    /** Forgets every node; variables recorded so far can no longer be used. */
    public void reset() {
        checkThread("reset");
        epoch++;
        if (keepOperations) Arrays.fill(ops, 0, size, null);
        size = 1;
        leadingInputs = 0;
        nonFinitePartials = false;
        naryCount = 0;
        naryArgCount = 0;
    }

    /** A new input with value {@code x}. */
    public TapeVar variable(double x) {
        checkThread("variable");
        int i = size;
        int k = 2 * i;
        if (k == args.length) grow(i + 1);
        args[k] = SINK;
        args[k + 1] = SINK;
        partials[k] = 0;
        partials[k + 1] = 0;
        if (keepOperations) {
            values[i] = x;
            ops[i] = null;
        }
        if (leadingInputs == i - 1) leadingInputs = i;
        size = i + 1;
        return new TapeVar(this, i, epoch, x);
    }

    /** One new input per coordinate of {@code x}. */
    public TapeVar[] variables(double[] x) {
        checkThread("variable");
        int n = x.length, first = size, end = first + n;
        if (2 * end > args.length) grow(end);
        Arrays.fill(args, 2 * first, 2 * end, SINK);
        Arrays.fill(partials, 2 * first, 2 * end, 0);
        if (keepOperations) {
            System.arraycopy(x, 0, values, first, n);
            Arrays.fill(ops, first, end, null);
        }
        TapeVar[] v = new TapeVar[n];
        int e = epoch;
        for (int j = 0; j < n; j++) v[j] = new TapeVar(this, first + j, e, x[j]);
        if (leadingInputs == first - 1) leadingInputs = end - 1;
        size = end;
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
        int[] nodes = new int[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            int node = nodeOf(outputs[i], "backward");
            nodes[i] = node;
            if (node > 0) {
                adj[node] += weights[i];
                last = Math.max(last, node);
            }
        }
        boolean cancelled = sweep(adj, last);
        double[] g = collect(adj, wrt, "backward");
        if (cancelled || !allFinite(g)) {
            for (int k = 0; k < g.length; k++) g[k] = tangentAlong(nodeOf(wrt[k], "backward"), nodes, weights, last);
        }
        return g;
    }

    /**
     * {@code Σᵢ weights[i] · ∂outputs[i]/∂node} by a tangent sweep from {@code node} under the zero rule, as
     * forward mode computes it; used where the backward sweep's order of sums differs from it (see {@link #sweep}).
     */
    private double tangentAlong(int node, int[] outputs, double[] weights, int last) {
        if (node == SINK || node > last) return 0;
        double[] t = new double[last + 1];
        t[node] = 1;
        for (int i = node + 1; i <= last; i++) {
            int first = args[2 * i], second = args[2 * i + 1];
            double p0 = partials[2 * i], p1 = partials[2 * i + 1];
            if (second == NARY) {
                double sum = 0;
                for (int k = naryStart[first], end = naryStart[first + 1]; k < end; k++) sum += StrongZero.times(naryPartials[k], t[naryArgs[k]]);
                t[i] = sum;
            } else if (first == second) {
                t[i] = StrongZero.times(p0 + p1, t[first]);
            } else {
                t[i] = StrongZero.times(p0, t[first]) + StrongZero.times(p1, t[second]);
            }
        }
        double sum = 0;
        for (int i = 0; i < outputs.length; i++) if (outputs[i] > 0) sum += StrongZero.times(weights[i], t[outputs[i]]);
        return sum;
    }

    /**
     * The backward sweep. While every recorded partial is finite, {@code partial · adjoint} is 0 whenever either
     * factor is, so the zero rule holds with no check and the sweep is the plain loop. Otherwise the rule is
     * applied to every product ({@link StrongZero}; a node with one operand twice, {@code u / u}, adds its two
     * partials first), and the sweep reports whether the result must be derived again by tangents.
     *
     * <p>The backward sweep sums the chain rule over paths in the other order from forward mode: it adds the
     * adjoints at a node before multiplying by the partials below it, where forward mode multiplies tangents by
     * partials and adds afterwards. With infinite partials the two orders differ only where a sum cancels
     * exactly: tangents that cancel ({@code sqrt(x - x)}) meet a backward sweep as {@code ∞ - ∞}, a non-finite
     * result; adjoints that cancel ({@code asin x - asin x} at 1) skip an infinite tangent forward mode adds
     * up. Both cases are recognised, and then every component is derived again by a tangent sweep
     * ({@link #tangentAlong}), so forward and reverse mode give the same numbers everywhere.
     *
     * <p>The plain sweep stops above the leading inputs: an input's operands are the sink, whose adjoint is never
     * read.
     *
     * @return whether an adjoint that received contributions cancelled to exactly 0 (only tracked when a partial
     *         is not finite)
     */
    private boolean sweep(double[] adj, int last) {
        if (nonFinitePartials) return sweepByTheRule(adj, last);
        int[] arg = args;
        double[] partial = partials;
        for (int i = last, stop = leadingInputs; i > stop; i--) {
            double a = adj[i];
            int k = 2 * i;
            int first = arg[k], second = arg[k + 1];
            if (second > SINK) {
                adj[first] += partial[k] * a;
                adj[second] += partial[k + 1] * a;
            } else if (second == SINK) {
                adj[first] += partial[k] * a;
            } else {
                sweepNary(adj, first, a);
            }
        }
        return false;
    }

    private boolean sweepByTheRule(double[] adj, int last) {
        boolean[] touched = new boolean[last + 1];
        for (int i = 1; i <= last; i++) touched[i] = adj[i] != 0;
        boolean cancelled = false;
        for (int i = last; i > 0; i--) {
            double a = adj[i];
            if (a == 0) {
                cancelled |= touched[i];
                continue;
            }
            int first = args[2 * i], second = args[2 * i + 1];
            double p0 = partials[2 * i], p1 = partials[2 * i + 1];
            if (second == NARY) {
                for (int k = naryStart[first], end = naryStart[first + 1]; k < end; k++) {
                    touched[naryArgs[k]] |= add(adj, naryArgs[k], StrongZero.times(naryPartials[k], a));
                }
            } else if (first == second) {
                touched[first] |= add(adj, first, StrongZero.times(p0 + p1, a));
            } else {
                touched[first] |= add(adj, first, StrongZero.times(p0, a));
                touched[second] |= add(adj, second, StrongZero.times(p1, a));
            }
        }
        return cancelled;
    }

    private static boolean add(double[] adj, int k, double c) {
        adj[k] += c;
        return c != 0;
    }

    private void sweepNary(double[] adj, int n, double a) {
        for (int k = naryStart[n], end = naryStart[n + 1]; k < end; k++) adj[naryArgs[k]] += naryPartials[k] * a;
    }

    // ---- recording (kept small so the JIT inlines it into the user's function) ------------------

    TapeVar record(Object op, double value, TapeVar x, double dx) {
        checkLive(x, op);
        int i = size;
        int k = 2 * i;
        if (k == args.length) grow(i + 1);
        int[] arg = args;
        double[] partial = partials;
        arg[k] = x.index;
        arg[k + 1] = SINK;
        partial[k] = dx;
        partial[k + 1] = 0;
        if (!(Math.abs(dx) <= Double.MAX_VALUE)) nonFinitePartials = true;
        if (keepOperations) keep(i, op, value, NO_CONSTANT, 0);
        size = i + 1;
        return new TapeVar(this, i, epoch, value);
    }

    TapeVar record(Object op, double value, TapeVar x, double dx, TapeVar y, double dy) {
        checkLive(x, y, op);
        int i = size;
        int k = 2 * i;
        if (k == args.length) grow(i + 1);
        int[] arg = args;
        double[] partial = partials;
        arg[k] = x.index;
        arg[k + 1] = y.index;
        partial[k] = dx;
        partial[k + 1] = dy;
        if (!(Math.abs(dx) <= Double.MAX_VALUE && Math.abs(dy) <= Double.MAX_VALUE)) nonFinitePartials = true;
        if (keepOperations) keep(i, op, value, NO_CONSTANT, 0);
        size = i + 1;
        return new TapeVar(this, i, epoch, value);
    }

    TapeVar recordWithConstant(BinaryPrimitive p, double value, TapeVar x, double partial, double constant, byte side) {
        TapeVar v = record(p, value, x, partial);
        if (keepOperations) keep(v.index, p, value, side, constant);
        return v;
    }

    TapeVar recordCustom(CustomPrimitive p, double value, TapeVar[] operands, double[] partials) {
        int[] nodes = new int[operands.length];
        double[] operandValues = new double[operands.length];
        int live = 0;
        for (int j = 0; j < operands.length; j++) {
            if (!(Math.abs(partials[j]) <= Double.MAX_VALUE)) nonFinitePartials = true;
            nodes[j] = operands[j].index;
            operandValues[j] = operands[j].value;
            if (nodes[j] != TapeVar.CONSTANT) live++;
        }
        if (live == 0) return new TapeVar(this, TapeVar.CONSTANT, epoch, value);
        Object op = keepOperations ? new CustomCall(p, nodes, operandValues) : p;
        int i = size;
        int k = 2 * i;
        if (k == args.length) grow(i + 1);
        args[k] = SINK;
        args[k + 1] = SINK;
        this.partials[k] = 0;
        this.partials[k + 1] = 0;
        if (live <= 2) {
            for (int j = 0, slot = k; j < operands.length; j++) {
                if (nodes[j] == TapeVar.CONSTANT) continue;
                args[slot] = nodes[j];
                this.partials[slot++] = partials[j];
            }
        } else {
            args[k] = pushNary(nodes, partials, live);
            args[k + 1] = NARY;
        }
        if (keepOperations) keep(i, op, value, NO_CONSTANT, 0);
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

    private void keep(int i, Object op, double value, byte side, double constant) {
        values[i] = value;
        ops[i] = op;
        constantSide[i] = side;
        constants[i] = constant;
    }

    /** What a custom primitive's node keeps for second-order sweeps: the primitive and all its operands. */
    record CustomCall(CustomPrimitive primitive, int[] nodes, double[] values) {}

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

    void checkThread(String operation) {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException(operation + ": this tape belongs to thread '" + owner.getName()
                    + "' and cannot be used from '" + Thread.currentThread().getName() + "'");
        }
    }

    int nodeOf(Num v, String operation) {
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
        checkThread("backward");
        double[] adj = clearedAdjoint();
        int node = nodeOf(output, "backward");
        boolean cancelled = false;
        if (node > 0) {
            adj[node] = 1;
            cancelled = sweep(adj, node);
        }
        double[] g = new double[xs.length];
        System.arraycopy(adj, 1, g, 0, xs.length);
        if (cancelled || !allFinite(g)) {
            for (int k = 0; k < g.length; k++) g[k] = tangentAlong(k + 1, new int[] {node}, new double[] {1}, node);
        }
        return g;
    }

    private static boolean allFinite(double[] g) {
        for (double v : g) if (!Double.isFinite(v)) return false;
        return true;
    }

    double[] collect(double[] adj, TapeVar[] wrt, String operation) {
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

    /** The number of nodes the arrays hold before they grow. */
    int capacity() {
        return args.length / 2;
    }

    /**
     * Forgets every node, as {@link #reset()}, and gives back arrays grown past {@code maxCapacity} nodes: they are
     * replaced by arrays of the initial size, so a tape kept for reuse does not hold the memory of its largest
     * recording for ever.
     */
    void resetAndTrim(int maxCapacity) {
        reset();
        if (capacity() > maxCapacity) {
            args = new int[2 * INITIAL_CAPACITY];
            partials = new double[2 * INITIAL_CAPACITY];
            if (keepOperations) {
                values = new double[INITIAL_CAPACITY];
                ops = new Object[INITIAL_CAPACITY];
                constants = new double[INITIAL_CAPACITY];
                constantSide = new byte[INITIAL_CAPACITY];
            }
        }
        if (adjoint.length > maxCapacity) adjoint = new double[0];
        if (naryArgs.length > maxCapacity) {
            naryStart = new int[0];
            naryArgs = new int[0];
            naryPartials = new double[0];
        }
    }

    /** Grows the arrays to hold at least {@code nodes} nodes, at least doubling them. */
    private void grow(int nodes) {
        int n = Math.max(2 * capacity(), nodes);
        args = Arrays.copyOf(args, 2 * n);
        partials = Arrays.copyOf(partials, 2 * n);
        if (keepOperations) {
            values = Arrays.copyOf(values, n);
            ops = Arrays.copyOf(ops, n);
            constants = Arrays.copyOf(constants, n);
            constantSide = Arrays.copyOf(constantSide, n);
        }
    }
}
