package dev.nabla.tensor;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one table of tensor derivatives, in the spirit of PyTorch's {@code derivatives.yaml}: one row per
 * operation that is not a primitive of {@link Primitives}, its backward written once in tensor operations
 * (so it differentiates again when the graph is created with {@code createGraph}).
 *
 * <p>Elementwise primitives have no row here: {@link #elementwise(UnaryPrimitive)} reads their derivative
 * from the primitive table — on doubles ({@code partial}) for a plain backward, on the algebra
 * ({@code rule}, evaluated on tensors) when the backward is itself recorded.
 */
final class Derivatives {
    private Derivatives() {}

    // ---- conversions and copies ----------------------------------------------------------------

    static final Derivative TO_COPY = new Derivative("ToCopyBackward0", (s, g) -> one(g.to((DType) s.extra)));
    static final Derivative CLONE = new Derivative("CloneBackward0", (s, g) -> one(g));

    // ---- views ---------------------------------------------------------------------------------

    static final Derivative VIEW = new Derivative("ViewBackward0", (s, g) -> one(g.reshape(s.shape)));
    static final Derivative RESHAPE_ALIAS = new Derivative("ReshapeAliasBackward0", (s, g) -> one(g.reshape(s.shape)));
    static final Derivative UNSAFE_VIEW = new Derivative("UnsafeViewBackward0", (s, g) -> one(g.reshape(s.shape)));
    static final Derivative TRANSPOSE = new Derivative("TransposeBackward0", (s, g) -> one(g.transpose(s.ints[0], s.ints[1])));
    static final Derivative T = new Derivative("TBackward0", (s, g) -> one(g.t()));
    static final Derivative PERMUTE = new Derivative("PermuteBackward0", (s, g) -> one(g.permute(inverse(s.ints))));
    static final Derivative EXPAND = new Derivative("ExpandBackward0", (s, g) -> one(g.sumToSize(s.shape)));
    static final Derivative SQUEEZE = new Derivative("SqueezeBackward0", (s, g) -> one(g.reshape(s.shape)));
    static final Derivative SQUEEZE_DIM = new Derivative("SqueezeBackward1", (s, g) -> one(g.reshape(s.shape)));
    static final Derivative UNSQUEEZE = new Derivative("UnsqueezeBackward0", (s, g) -> one(g.squeeze(s.ints[0])));
    /** {@code x.slice(d, start, ·, step)}: the gradient embedded in zeros of the input's shape. */
    static final Derivative SLICE = new Derivative("SliceBackward0",
            (s, g) -> one(Indexing.sliceScatter(g, s.shape, s.ints[0], s.ints[1], s.ints[2])));
    /** The embedding above, whose gradient is the slice again. */
    static final Derivative SLICE_SCATTER = new Derivative("SliceBackwardBackward0",
            (s, g) -> one(g.slice(s.ints[0], s.ints[1], s.ints[1] + (s.ints[3] - 1) * s.ints[2] + 1, s.ints[2])));
    static final Derivative SELECT = new Derivative("SelectBackward0",
            (s, g) -> one(Indexing.selectScatter(g, s.shape, s.ints[0], s.ints[1])));
    static final Derivative SELECT_SCATTER = new Derivative("SelectBackwardBackward0",
            (s, g) -> one(g.select(s.ints[0], s.ints[1])));

    /** A view written in place: the old base gets the gradient outside the view's region, the new values inside it. */
    static final Derivative COPY_SLICES = new Derivative("CopySlices", (s, g) -> {
        Indexing.Geometry geo = (Indexing.Geometry) s.extra;
        Tensor gc = g.contiguous();
        Tensor region = Indexing.asStrided(gc, geo);
        return new Tensor[] {gc.sub(Indexing.asStridedScatter(region, s.shape, geo)), region};
    });
    /** A view by geometry of its base: the gradient embedded in zeros of the base's shape. */
    static final Derivative AS_STRIDED = new Derivative("AsStridedBackward0",
            (s, g) -> one(Indexing.asStridedScatter(g, s.shape, (Indexing.Geometry) s.extra)));
    /** The embedding above, whose gradient is the view again. */
    static final Derivative AS_STRIDED_SCATTER = new Derivative("AsStridedScatterBackward0",
            (s, g) -> one(Indexing.asStrided(g.contiguous(), (Indexing.Geometry) s.extra)));

    // ---- reductions ----------------------------------------------------------------------------

    /** {@code Σ x}: the gradient broadcast back over the reduced dimensions. */
    static final Derivative SUM = new Derivative("SumBackward0", (s, g) -> one(Reductions.unreduce(g, s.shape, s.ints, s.flag)));
    static final Derivative SUM_DIM = new Derivative("SumBackward1", (s, g) -> one(Reductions.unreduce(g, s.shape, s.ints, s.flag)));
    /** {@code mean x = Σ x / N}. */
    static final Derivative MEAN = new Derivative("MeanBackward0",
            (s, g) -> one(Reductions.unreduce(g, s.shape, s.ints, s.flag).div(s.scalar)));
    static final Derivative MEAN_DIM = new Derivative("MeanBackward1",
            (s, g) -> one(Reductions.unreduce(g, s.shape, s.ints, s.flag).div(s.scalar)));
    /** {@code Π x}: {@code g · Π / x} (the product of the others where x has zeros). */
    static final Derivative PROD = new Derivative("ProdBackward0", (s, g) -> one(Reductions.prodBackward(s, g)));
    static final Derivative PROD_DIM = new Derivative("ProdBackward1", (s, g) -> one(Reductions.prodBackward(s, g)));
    /** {@code amax}/{@code amin}: the gradient shared evenly among the elements equal to the result. */
    static final Derivative AMAX = new Derivative("AmaxBackward0", (s, g) -> one(Reductions.evenBackward(s, g)));
    static final Derivative AMIN = new Derivative("AminBackward0", (s, g) -> one(Reductions.evenBackward(s, g)));
    /** {@code max(dim)}/{@code min(dim)}: the gradient goes to the index that was returned. */
    static final Derivative MAX_DIM = new Derivative("MaxBackward0", (s, g) -> one(Reductions.indexBackward(s, g)));
    static final Derivative MIN_DIM = new Derivative("MinBackward0", (s, g) -> one(Reductions.indexBackward(s, g)));
    /** {@code log Σ e^x}: {@code g · e^(x - out)}. */
    static final Derivative LOGSUMEXP = new Derivative("LogsumexpBackward0", (s, g) -> {
        Tensor x = s.t(0), out = s.t(1);
        return one(Reductions.unreduce(g, s.shape, s.ints, s.flag)
                .mul(x.sub(Reductions.unreduce(out, s.shape, s.ints, s.flag)).exp()));
    });
    /** {@code y = softmax(x)}: {@code y · (g - Σ g·y)}. */
    static final Derivative SOFTMAX = new Derivative("SoftmaxBackward0", (s, g) -> {
        Tensor y = s.t(0);
        int d = s.ints[0];
        return one(y.mul(g.sub(g.mul(y).sum(new int[] {d}, true))));
    });
    /** {@code y = log_softmax(x)}: {@code g - e^y · Σ g}. */
    static final Derivative LOG_SOFTMAX = new Derivative("LogSoftmaxBackward0", (s, g) -> {
        Tensor y = s.t(0);
        int d = s.ints[0];
        return one(g.sub(y.exp().mul(g.sum(new int[] {d}, true))));
    });
    /** {@code var x = Σ(x - x̄)² / (N - c)}: {@code g · 2(x - x̄) / (N - c)}. */
    static final Derivative VAR = new Derivative("VarBackward0", (s, g) -> {
        Tensor x = s.t(0);
        int[] dims = s.ints;
        Tensor centered = x.sub(x.mean(dims, true));
        return one(Reductions.unreduce(g, s.shape, dims, s.flag).mul(centered).mul(2.0 / s.scalar));
    });
    /** {@code ‖x‖ₚ}: {@code g · x |x|^(p-2) / ‖x‖^(p-1)}, 0 where the norm is 0. */
    static final Derivative NORM = new Derivative("NormBackward1", (s, g) -> one(Reductions.normBackward(s, g)));

    // ---- linear algebra ------------------------------------------------------------------------

    /** {@code A B}: {@code ∂A = g Bᵀ}, {@code ∂B = Aᵀ g}. */
    static final Derivative MM = new Derivative("MmBackward0", (s, g) -> new Tensor[] {
            s.flag ? g.mm(s.t(1).t()) : null, s.ints[0] == 1 ? s.t(0).t().mm(g) : null});
    /** Batched {@code A B}. */
    static final Derivative BMM = new Derivative("BmmBackward0", (s, g) -> new Tensor[] {
            s.flag ? g.bmm(s.t(1).transpose(1, 2)) : null, s.ints[0] == 1 ? s.t(0).transpose(1, 2).bmm(g) : null});
    /** {@code a · b}: {@code ∂a = g b}, {@code ∂b = g a}. */
    static final Derivative DOT = new Derivative("DotBackward0", (s, g) -> new Tensor[] {g.mul(s.t(1)), g.mul(s.t(0))});

    // ---- joining and indexing ------------------------------------------------------------------

    /** {@code cat}: each input gets its slice of the gradient. */
    static final Derivative CAT = new Derivative("CatBackward0", (s, g) -> {
        int d = s.ints[0];
        int[] sizes = (int[]) s.extra;
        Tensor[] out = new Tensor[sizes.length];
        for (int i = 0, at = 0; i < sizes.length; at += sizes[i], i++) out[i] = g.narrow(d, at, sizes[i]);
        return out;
    });
    /** {@code index_select}: the gradient added back at the selected indices. */
    static final Derivative INDEX_SELECT = new Derivative("IndexSelectBackward0",
            (s, g) -> one(Indexing.indexSelectBackward(g, s.shape, s.ints[0], s.t(0))));
    /** {@code gather}: the gradient scattered (added) back at the gathered indices. */
    static final Derivative GATHER = new Derivative("GatherBackward0",
            (s, g) -> one(Tensor.zeros(s.shape, g.dtype).scatterAdd(s.ints[0], s.t(0), g)));
    /** {@code scatter_add}: self gets the gradient, src gets it gathered at the indices. */
    static final Derivative SCATTER_ADD = new Derivative("ScatterAddBackward0",
            (s, g) -> new Tensor[] {g, g.gather(s.ints[0], s.t(0))});
    /** {@code masked_fill}: zero where the mask filled. */
    static final Derivative MASKED_FILL = new Derivative("MaskedFillBackward0", (s, g) -> one(g.maskedFill(s.t(0), 0)));
    /** {@code x[mask]}: the gradient put back where the mask is true. */
    static final Derivative MASKED_SELECT = new Derivative("MaskedSelectBackward0",
            (s, g) -> one(Indexing.maskedScatter(g, s.t(0), s.shape)));
    /** The embedding above, whose gradient is the selection again. */
    static final Derivative MASKED_SCATTER = new Derivative("MaskedScatterBackward0",
            (s, g) -> one(g.maskedSelect(s.t(0))));
    /** {@code where(c, x, y)}: the gradient to x where c holds, to y elsewhere. */
    static final Derivative WHERE = new Derivative("WhereBackward0", (s, g) -> {
        Tensor c = s.t(0), zero = Tensor.scalar(0, g.dtype);
        return new Tensor[] {null, Tensor.where(c, g, zero), Tensor.where(c, zero, g)};
    });

    // ---- activations ---------------------------------------------------------------------------

    /** {@code clamp(x, a, b)}: the gradient where {@code a ≤ x ≤ b}. */
    static final Derivative CLAMP = new Derivative("ClampBackward1", (s, g) -> one(g.mul(s.t(0))));
    /** {@code relu(x)}: the gradient where the output is positive. */
    static final Derivative RELU = new Derivative("ReluBackward0", (s, g) -> one(g.mul(s.t(0).gt(0.0).to(g.dtype))));
    /** {@code y = σ(x)}: {@code g · y (1 - y)}. */
    static final Derivative SIGMOID = new Derivative("SigmoidBackward0", (s, g) -> {
        Tensor y = s.t(0);
        return one(g.mul(y.mul(y.rsub(1.0))));
    });
    /** {@code softplus(x) = log(1 + e^(βx))/β}: {@code g · σ(βx)}, {@code g} above the threshold. */
    static final Derivative SOFTPLUS = new Derivative("SoftplusBackward0", (s, g) -> {
        Tensor x = s.t(0);
        double beta = s.scalar, threshold = (double) s.extra;
        Tensor bx = x.mul(beta);
        return one(Tensor.where(bx.gt(threshold), g, g.mul(bx.sigmoid())));
    });

    // ---- elementwise primitives, read from the primitive table --------------------------------

    private static final Map<Primitive, Derivative> UNARY = new ConcurrentHashMap<>();
    private static final Map<Primitive, Derivative> BINARY = new ConcurrentHashMap<>();
    private static final Map<Primitive, Derivative> BINARY_SCALAR = new ConcurrentHashMap<>();

    /** {@code p(c, x)} with a number first: {@code RsubBackward1}. */
    static final Derivative RSUB = binaryDerivative(Primitives.SUB, "RsubBackward1");

    /** The derivative of elementwise {@code p(x)}: {@code g · p'(x)}, with {@code p'} read from the table. */
    static Derivative elementwise(UnaryPrimitive p) {
        return UNARY.computeIfAbsent(p, k -> new Derivative(nodeName(p, false), (s, g) -> one(unaryGrad(p, s.t(0), s.t(1), g))));
    }

    /** The derivative of elementwise {@code p(x, other)}; a Java number as {@code other} changes only the name. */
    static Derivative elementwise(BinaryPrimitive p, Tensor other) {
        boolean scalar = other != null && other.wrappedNumber;
        return (scalar ? BINARY_SCALAR : BINARY).computeIfAbsent(p, k -> binaryDerivative(p, nodeName(p, scalar)));
    }

    private static Derivative binaryDerivative(BinaryPrimitive p, String name) {
        return new Derivative(name, (s, g) -> binaryGrads(p, s, g));
    }

    private static Tensor unaryGrad(UnaryPrimitive p, Tensor x, Tensor f, Tensor g) {
        if (GradMode.isEnabled()) {
            Num d = p.rule().at(new TensorNum(x), new TensorNum(f));
            return g.mul(TensorNum.unwrap(d, x));
        }
        double[] xs = Kernels.read(x), fs = Kernels.read(f), gs = Kernels.read(g, f.shape, g.dtype);
        boolean f32 = g.dtype == DType.FLOAT32;
        double[] out = new double[fs.length];
        for (int i = 0; i < out.length; i++) {
            double d = p.partialAt(xs[i], fs[i]);
            if (f32) d = (float) d;
            out[i] = (gs.length == 1 ? gs[0] : gs[i]) * d;
        }
        return Tensor.ofDoubles(out, f.shape, g.dtype);
    }

    private static Tensor[] binaryGrads(BinaryPrimitive p, Saved s, Tensor g) {
        if (p == Primitives.ADD) return new Tensor[] {g, g};
        if (p == Primitives.SUB) return new Tensor[] {g, g.neg()};
        Tensor x = s.t(0), y = s.t(1), f = s.t(2);
        boolean needX = s.ints[0] == 1, needY = s.ints[1] == 1;
        if (GradMode.isEnabled()) {
            TensorNum nx = new TensorNum(x), ny = new TensorNum(y), nf = new TensorNum(f);
            return new Tensor[] {
                    needX ? g.mul(TensorNum.unwrap(p.ruleX().at(nx, ny, nf), x)) : null,
                    needY ? g.mul(TensorNum.unwrap(p.ruleY().at(nx, ny, nf), x)) : null};
        }
        DType dt = g.dtype;
        boolean f32 = dt == DType.FLOAT32;
        int[] shape = g.shape;
        int n = g.numel();
        double[] xs = read(x, shape, dt), ys = read(y, shape, dt), fs = read(f, shape, dt);
        double[] gs = Kernels.read(g, shape, dt);
        double[] gx = needX ? new double[n] : null, gy = needY ? new double[n] : null;
        boolean mul = p == Primitives.MUL;
        for (int i = 0; i < n; i++) {
            double xi = xs.length == 1 ? xs[0] : xs[i], yi = ys.length == 1 ? ys[0] : ys[i];
            double gi = gs.length == 1 ? gs[0] : gs[i];
            if (needX) {
                double d = mul ? yi : p.partialXAt(xi, yi, fs.length == 1 ? fs[0] : fs[i]);
                gx[i] = gi * (f32 ? (float) d : d);
            }
            if (needY) {
                double d = mul ? xi : p.partialYAt(xi, yi, fs.length == 1 ? fs[0] : fs[i]);
                gy[i] = gi * (f32 ? (float) d : d);
            }
        }
        return new Tensor[] {needX ? Tensor.ofDoubles(gx, shape, dt) : null, needY ? Tensor.ofDoubles(gy, shape, dt) : null};
    }

    /** A saved operand broadcast to {@code shape}; an operand the partials do not read was not saved and reads as 0. */
    private static double[] read(Tensor t, int[] shape, DType dt) {
        return t == null ? new double[1] : Kernels.read(t, shape, t.dtype.isFloatingPoint() ? t.dtype : dt);
    }

    /** PyTorch's node name for an elementwise primitive: {@code sin → SinBackward0}, {@code max → MaximumBackward0}. */
    static String nodeName(Primitive p, boolean scalarOperand) {
        String n = p.name();
        return switch (n) {
            case "log1p" -> "Log1PBackward0";
            case "min" -> "MinimumBackward0";
            case "max" -> "MaximumBackward0";
            case "pow" -> scalarOperand ? "PowBackward0" : "PowBackward1";
            default -> Character.toUpperCase(n.charAt(0)) + n.substring(1) + "Backward0";
        };
    }

    // ---- the table as a list -------------------------------------------------------------------

    /** Every row of the table (the static fields of this class), for the table-driven tests. */
    static List<Derivative> rows() {
        List<Derivative> rows = new ArrayList<>();
        for (Field f : Derivatives.class.getDeclaredFields()) {
            if (f.getType() == Derivative.class && Modifier.isStatic(f.getModifiers())) {
                try {
                    rows.add((Derivative) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableList(rows);
    }

    private static Tensor[] one(Tensor g) {
        return new Tensor[] {g};
    }

    private static int[] inverse(int[] p) {
        int[] inv = new int[p.length];
        for (int i = 0; i < p.length; i++) inv[p[i]] = i;
        return inv;
    }
}
