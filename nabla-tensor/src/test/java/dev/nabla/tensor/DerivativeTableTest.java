package dev.nabla.tensor;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Domain;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.tensor.functional.GradCheck;
import dev.nabla.tensor.functional.TensorFunction;
import dev.nabla.tensor.random.RandomState;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OpInfo-style checks driven by the two derivative tables: every primitive of {@link Primitives} (applied
 * elementwise) and every row of {@link Derivatives} has samples — regular, broadcast, 0-d, zero-size and
 * non-contiguous inputs where the op allows them — and each sample passes {@code gradcheck} and
 * {@code gradgradcheck} in float64. A row or primitive without samples fails, and so does a public
 * tensor operation that no sample exercises and that is not listed as not differentiable.
 */
class DerivativeTableTest {

    /** One way to call an op: the public method it exercises, the node it must create, inputs and the call. */
    record Sample(String method, String node, String what, Tensor[] inputs, TensorFunction op, boolean secondOrder,
                  double rtol) {
        Sample(String method, String node, String what, Tensor[] inputs, TensorFunction op, boolean secondOrder) {
            this(method, node, what, inputs, op, secondOrder, 1e-5);
        }
    }

    private static final RandomState RNG = RandomState.seeded(8);

    /** Public methods that return tensors but have no derivative (creation, comparisons, indices, in place on data). */
    private static final Set<String> NOT_DIFFERENTIABLE = Set.of(
            "tensor", "scalar", "floatTensor", "fromArray", "asTensor", "fromNpy", "load", "zeros", "ones", "full",
            "zerosLike", "onesLike", "fullLike", "arange", "linspace", "eye", "rand", "randn",
            "eq", "ne", "lt", "le", "gt", "ge", "isnan", "logicalNot", "logicalAnd", "logicalOr", "argmax", "argmin",
            "detach", "detach_", "requiresGrad_", "grad",
            // in-place variants are checked against PyTorch (TorchOpsReferenceTest) and in InPlaceTest
            "add_", "sub_", "mul_", "div_", "pow_", "exp_", "neg_", "sqrt_", "relu_", "clamp_", "maskedFill_", "copy_",
            "zero_", "fill_");

    private static Tensor uniform(double lo, double hi, int... shape) {
        Tensor u = Tensor.rand(RNG, shape);
        return u.mul(hi - lo).add(lo).detach().requiresGrad_(true);
    }

    private static Tensor x(int... shape) {
        return uniform(-1.5, 1.5, shape);
    }

    private static double[] range(Domain.Interval iv) {
        double lo = Double.isFinite(iv.lower()) ? iv.lower() : -2;
        double hi = Double.isFinite(iv.upper()) ? iv.upper() : lo + 3;
        if (Double.isFinite(iv.lower()) && !Double.isFinite(iv.upper())) hi = lo + 2;
        double m = 0.15 * (hi - lo);
        return new double[] {lo + m, hi - m};
    }

    private static Tensor in(Domain.Interval iv, int... shape) {
        double[] r = range(iv);
        return uniform(r[0], r[1], shape);
    }

    // ---- the samples ---------------------------------------------------------------------------

    static List<Sample> samples() {
        List<Sample> s = new ArrayList<>();
        for (Primitive p : Primitives.all()) {
            if (p instanceof UnaryPrimitive u) unarySamples(s, u);
            else binarySamples(s, (BinaryPrimitive) p);
        }
        rowSamples(s);
        return s;
    }

    private static String methodOf(Primitive p) {
        return switch (p.name()) {
            case "min" -> "minimum";
            case "max" -> "maximum";
            default -> p.name();
        };
    }

    private static void unarySamples(List<Sample> s, UnaryPrimitive p) {
        String name = Derivatives.nodeName(p, false);
        Domain.Interval iv = p.domain().intervals().get(0);
        String m = methodOf(p);
        TensorFunction f = a -> a[0].unary(p);
        s.add(new Sample(m, name, "2x3", new Tensor[] {in(iv, 2, 3)}, f, true));
        s.add(new Sample(m, name, "0-d", new Tensor[] {in(iv)}, f, true));
        s.add(new Sample(m, name, "zero-size", new Tensor[] {in(iv, 0, 3)}, f, true));
        s.add(new Sample(m, name, "non-contiguous", new Tensor[] {in(iv, 3, 2)}, a -> a[0].t().unary(p), true));
    }

    private static void binarySamples(List<Sample> s, BinaryPrimitive p) {
        String name = Derivatives.nodeName(p, false);
        List<Domain.Interval> ivs = p.domain().intervals();
        Domain.Interval ix = ivs.get(0), iy = ivs.size() > 1 && p != Primitives.POW ? ivs.get(1) : ix;
        if (p == Primitives.POW) iy = new Domain.Interval(-2, 2);
        String m = methodOf(p);
        TensorFunction f = a -> a[0].binary(p, a[1]);
        s.add(new Sample(m, name, "2x3 with 2x3", new Tensor[] {in(ix, 2, 3), in(iy, 2, 3)}, f, true));
        s.add(new Sample(m, name, "broadcast 2x3 with 3", new Tensor[] {in(ix, 2, 3), in(iy, 3)}, f, true));
        s.add(new Sample(m, name, "broadcast 2x1 with 1x3", new Tensor[] {in(ix, 2, 1), in(iy, 1, 3)}, f, true));
        s.add(new Sample(m, name, "0-d with 2x3", new Tensor[] {in(ix), in(iy, 2, 3)}, f, true));
        s.add(new Sample(m, name, "zero-size", new Tensor[] {in(ix, 0, 3), in(iy, 3)}, f, true));
        s.add(new Sample(m, name, "non-contiguous", new Tensor[] {in(ix, 3, 2), in(iy, 2, 3)}, a -> a[0].t().binary(p, a[1]), true));
        double c = range(iy)[0] * 0.5 + range(iy)[1] * 0.5;
        s.add(new Sample(m, Derivatives.nodeName(p, true), "with a number", new Tensor[] {in(ix, 2, 3)},
                a -> a[0].binary(p, Tensor.wrap(c)), true));
    }

    private static Sample row(String method, Derivative d, String what, Tensor[] in, TensorFunction op) {
        return new Sample(method, d.name(), what, in, op, true);
    }

    private static void shapes(List<Sample> s, String method, Derivative d, TensorFunction op, int[]... shapes) {
        for (int[] shape : shapes) s.add(row(method, d, java.util.Arrays.toString(shape), new Tensor[] {x(shape)}, op));
    }

    private static void rowSamples(List<Sample> s) {
        int[] m23 = {2, 3}, t234 = {2, 3, 4}, zero = {0, 3}, scalar = {};
        s.add(new Sample("to", Derivatives.TO_COPY.name(), "float64 → float32 → float64", new Tensor[] {x(2, 3)},
                a -> a[0].to(DType.FLOAT32).to(DType.FLOAT64), false, 1e-3)); // float32 rounding inside the quotient
        shapes(s, "clone", Derivatives.CLONE, a -> a[0].clone(), m23, scalar, zero);
        s.add(row("contiguous", Derivatives.CLONE, "of a transpose", new Tensor[] {x(3, 2)}, a -> a[0].t().contiguous()));
        s.add(row("view", Derivatives.VIEW, "2x3 as 3x2", new Tensor[] {x(2, 3)}, a -> a[0].view(3, 2)));
        s.add(row("view", Derivatives.VIEW, "0-d as [1]", new Tensor[] {x()}, a -> a[0].view(1)));
        s.add(row("reshape", Derivatives.RESHAPE_ALIAS, "2x3 as 6", new Tensor[] {x(2, 3)}, a -> a[0].reshape(-1)));
        s.add(row("reshape", Derivatives.UNSAFE_VIEW, "non-contiguous", new Tensor[] {x(3, 2)}, a -> a[0].t().reshape(6)));
        s.add(row("flatten", Derivatives.RESHAPE_ALIAS, "2x3x4 from 1", new Tensor[] {x(t234)}, a -> a[0].flatten(1, 2)));
        s.add(row("flatten", Derivatives.RESHAPE_ALIAS, "all", new Tensor[] {x(t234)}, a -> a[0].flatten()));
        s.add(row("transpose", Derivatives.TRANSPOSE, "2x3x4 (0, 2)", new Tensor[] {x(t234)}, a -> a[0].transpose(0, 2)));
        s.add(row("t", Derivatives.T, "3x2", new Tensor[] {x(3, 2)}, a -> a[0].t()));
        s.add(row("permute", Derivatives.PERMUTE, "2x3x4 (2, 0, 1)", new Tensor[] {x(t234)}, a -> a[0].permute(2, 0, 1)));
        s.add(row("expand", Derivatives.EXPAND, "3x1 to 2x3x4", new Tensor[] {x(3, 1)}, a -> a[0].expand(2, 3, 4)));
        s.add(row("expand", Derivatives.EXPAND, "0-d to 2x3", new Tensor[] {x()}, a -> a[0].expand(2, 3)));
        s.add(row("expandAs", Derivatives.EXPAND, "3 as 2x3", new Tensor[] {x(3), x(2, 3)}, a -> a[0].expandAs(a[1]).mul(a[1])));
        s.add(row("squeeze", Derivatives.SQUEEZE, "2x1x3", new Tensor[] {x(2, 1, 3)}, a -> a[0].squeeze()));
        s.add(row("squeeze", Derivatives.SQUEEZE_DIM, "2x1x3 dim 1", new Tensor[] {x(2, 1, 3)}, a -> a[0].squeeze(1)));
        s.add(row("unsqueeze", Derivatives.UNSQUEEZE, "2x3 dim 1", new Tensor[] {x(2, 3)}, a -> a[0].unsqueeze(1)));
        s.add(row("unsqueeze", Derivatives.UNSQUEEZE, "0-d", new Tensor[] {x()}, a -> a[0].unsqueeze(0)));
        s.add(row("slice", Derivatives.SLICE, "3x5 [:, 0:5:2]", new Tensor[] {x(3, 5)}, a -> a[0].slice(1, 0, 5, 2)));
        s.add(row("narrow", Derivatives.SLICE, "3x5 dim 1 from 1, 3", new Tensor[] {x(3, 5)}, a -> a[0].narrow(1, 1, 3)));
        s.add(row("split", Derivatives.SLICE, "5x2 by 2", new Tensor[] {x(5, 2)}, a -> a[0].split(2, 0).get(2)));
        s.add(row("chunk", Derivatives.SLICE, "2x6 in 3", new Tensor[] {x(2, 6)}, a -> a[0].chunk(3, 1).get(1)));
        s.add(row("sliceScatter", Derivatives.SLICE_SCATTER, "into 3x5", new Tensor[] {x(3, 3)},
                a -> Indexing.sliceScatter(a[0], new int[] {3, 5}, 1, 0, 2)));
        s.add(row("select", Derivatives.SELECT, "2x3x4 dim 1 index 2", new Tensor[] {x(t234)}, a -> a[0].select(1, 2)));
        s.add(row("get", Derivatives.SELECT, "x[1]", new Tensor[] {x(3, 2)}, a -> a[0].get(1)));
        s.add(row("unbind", Derivatives.SELECT, "dim 1", new Tensor[] {x(3, 2)}, a -> a[0].unbind(1).get(1)));
        s.add(row("selectScatter", Derivatives.SELECT_SCATTER, "into 2x3x4", new Tensor[] {x(2, 4)},
                a -> Indexing.selectScatter(a[0], new int[] {2, 3, 4}, 1, 2)));

        s.add(new Sample("mul_", Derivatives.COPY_SLICES.name(), "a row of a non-leaf times a vector", new Tensor[] {x(2, 3), x(3)},
                a -> { Tensor b = a[0].mul(1.0); b.select(0, 1).mul_(a[1]); return b; }, true));
        s.add(new Sample("copy_", Derivatives.COPY_SLICES.name(), "a strided column replaced", new Tensor[] {x(3, 4), x(3)},
                a -> { Tensor b = a[0].mul(2.0); b.select(1, 2).copy_(a[1].sin()); return b.mul(b); }, true));
        Indexing.Geometry column = new Indexing.Geometry(new int[] {3}, new int[] {4}, 1);
        s.add(row("asStrided", Derivatives.AS_STRIDED, "column 1 of 3x4", new Tensor[] {x(3, 4)}, a -> Indexing.asStrided(a[0], column)));
        s.add(row("asStridedScatter", Derivatives.AS_STRIDED_SCATTER, "into column 1 of 3x4", new Tensor[] {x(3)},
                a -> Indexing.asStridedScatter(a[0], new int[] {3, 4}, column)));
        shapes(s, "sum", Derivatives.SUM, a -> a[0].sum(), m23, scalar, zero);
        s.add(row("sum", Derivatives.SUM, "non-contiguous", new Tensor[] {x(3, 2)}, a -> a[0].t().sum()));
        s.add(row("sum", Derivatives.SUM_DIM, "dims (0, 2) keepdim", new Tensor[] {x(t234)}, a -> a[0].sum(new int[] {0, 2}, true)));
        s.add(row("sum", Derivatives.SUM_DIM, "dim -1", new Tensor[] {x(t234)}, a -> a[0].sum(-1)));
        s.add(row("sum", Derivatives.SUM_DIM, "zero-size dim 1", new Tensor[] {x(zero)}, a -> a[0].sum(1)));
        s.add(row("sumToSize", Derivatives.SUM_DIM, "2x3x4 to 3x1", new Tensor[] {x(t234)}, a -> a[0].sumToSize(3, 1)));
        shapes(s, "mean", Derivatives.MEAN, a -> a[0].mean(), m23, scalar);
        s.add(row("mean", Derivatives.MEAN_DIM, "dim 1", new Tensor[] {x(t234)}, a -> a[0].mean(1)));
        s.add(row("mean", Derivatives.MEAN_DIM, "dims (0, 2) keepdim", new Tensor[] {x(t234)}, a -> a[0].mean(new int[] {0, 2}, true)));
        s.add(row("prod", Derivatives.PROD, "2x3", new Tensor[] {x(m23)}, a -> a[0].prod()));
        s.add(row("prod", Derivatives.PROD_DIM, "dim 1 keepdim", new Tensor[] {x(t234)}, a -> a[0].prod(1, true)));
        s.add(new Sample("prod", Derivatives.PROD_DIM.name(), "with a zero", new Tensor[] {Tensor.tensor(new double[][] {
                {0.5, 0, 2}, {1.5, -1, 3}}).requiresGrad_(true)}, a -> a[0].prod(1, false), false));
        shapes(s, "amax", Derivatives.AMAX, a -> a[0].amax(), m23, scalar);
        s.add(row("amax", Derivatives.AMAX, "dim 1", new Tensor[] {x(t234)}, a -> a[0].amax(new int[] {1}, false)));
        s.add(row("max", Derivatives.AMAX, "all", new Tensor[] {x(t234)}, a -> a[0].max()));
        shapes(s, "amin", Derivatives.AMIN, a -> a[0].amin(), m23, scalar);
        s.add(row("min", Derivatives.AMIN, "all", new Tensor[] {x(t234)}, a -> a[0].min()));
        s.add(row("max", Derivatives.MAX_DIM, "dim 1", new Tensor[] {x(t234)}, a -> a[0].max(1, false).values()));
        s.add(row("max", Derivatives.MAX_DIM, "dim 0 keepdim", new Tensor[] {x(t234)}, a -> a[0].max(0, true).values()));
        s.add(row("min", Derivatives.MIN_DIM, "dim 2", new Tensor[] {x(t234)}, a -> a[0].min(2, false).values()));
        s.add(row("logsumexp", Derivatives.LOGSUMEXP, "dim 1", new Tensor[] {x(t234)}, a -> a[0].logsumexp(1)));
        s.add(row("logsumexp", Derivatives.LOGSUMEXP, "all keepdim", new Tensor[] {x(m23)}, a -> a[0].logsumexp(new int[] {0, 1}, true)));
        s.add(row("softmax", Derivatives.SOFTMAX, "dim 1", new Tensor[] {x(t234)}, a -> a[0].softmax(1)));
        s.add(row("softmax", Derivatives.SOFTMAX, "non-contiguous", new Tensor[] {x(3, 2)}, a -> a[0].t().softmax(-1)));
        s.add(row("logSoftmax", Derivatives.LOG_SOFTMAX, "dim 0", new Tensor[] {x(t234)}, a -> a[0].logSoftmax(0)));
        s.add(row("var", Derivatives.VAR, "all", new Tensor[] {x(m23)}, a -> a[0].var()));
        s.add(row("var", Derivatives.VAR, "dims (0, 2), population", new Tensor[] {x(t234)}, a -> a[0].var(new int[] {0, 2}, 0, true)));
        s.add(row("std", Derivatives.VAR, "dim 1", new Tensor[] {x(t234)}, a -> a[0].std(new int[] {1}, 1, false)));
        s.add(row("std", Derivatives.VAR, "all", new Tensor[] {x(m23)}, a -> a[0].std()));
        s.add(row("norm", Derivatives.NORM, "2-norm", new Tensor[] {x(m23)}, a -> a[0].norm()));
        s.add(row("norm", Derivatives.NORM, "3-norm dim 1", new Tensor[] {x(t234)}, a -> a[0].norm(3, new int[] {1}, false)));
        s.add(row("norm", Derivatives.AMAX, "∞-norm", new Tensor[] {x(t234)}, a -> a[0].norm(Double.POSITIVE_INFINITY, new int[] {2}, true)));

        s.add(row("mm", Derivatives.MM, "2x3 · 3x4", new Tensor[] {x(2, 3), x(3, 4)}, a -> a[0].mm(a[1])));
        s.add(row("mm", Derivatives.MM, "non-contiguous", new Tensor[] {x(3, 2), x(4, 3)}, a -> a[0].t().mm(a[1].t())));
        s.add(row("mm", Derivatives.MM, "zero inner size", new Tensor[] {x(2, 0), x(0, 3)}, a -> a[0].mm(a[1])));
        s.add(row("bmm", Derivatives.BMM, "2x2x3 · 2x3x4", new Tensor[] {x(2, 2, 3), x(2, 3, 4)}, a -> a[0].bmm(a[1])));
        s.add(row("matmul", Derivatives.MM, "2-d · 1-d", new Tensor[] {x(2, 3), x(3)}, a -> a[0].matmul(a[1])));
        s.add(row("matmul", Derivatives.MM, "1-d · 2-d", new Tensor[] {x(3), x(3, 2)}, a -> a[0].matmul(a[1])));
        s.add(row("matmul", Derivatives.BMM, "broadcast batch 2x1x2x3 · 3x3x2", new Tensor[] {x(2, 1, 2, 3), x(3, 3, 2)},
                a -> a[0].matmul(a[1])));
        s.add(row("matmul", Derivatives.DOT, "1-d · 1-d", new Tensor[] {x(3), x(3)}, a -> a[0].matmul(a[1])));
        s.add(row("dot", Derivatives.DOT, "3 · 3", new Tensor[] {x(3), x(3)}, a -> a[0].dot(a[1])));
        s.add(new Sample("outer", "MulBackward0", "3 ⊗ 2", new Tensor[] {x(3), x(2)}, a -> a[0].outer(a[1]), true));

        s.add(row("cat", Derivatives.CAT, "dim 1", new Tensor[] {x(2, 3), x(2, 1)}, a -> Tensor.cat(List.of(a[0], a[1]), 1)));
        s.add(row("cat", Derivatives.CAT, "with a zero-size part", new Tensor[] {x(0, 3), x(2, 3)}, a -> Tensor.cat(List.of(a[0], a[1]), 0)));
        s.add(row("stack", Derivatives.CAT, "dim 0", new Tensor[] {x(2, 3), x(2, 3)}, a -> Tensor.stack(List.of(a[0], a[1]), 0)));
        Tensor idx = Tensor.tensor(2L, 0L, 2L);
        s.add(row("indexSelect", Derivatives.INDEX_SELECT, "dim 1, repeated index", new Tensor[] {x(2, 3)}, a -> a[0].indexSelect(1, idx)));
        Tensor gidx = Tensor.tensor(new long[][] {{0, 2}, {1, 1}});
        s.add(row("gather", Derivatives.GATHER, "dim 1", new Tensor[] {x(2, 3)}, a -> a[0].gather(1, gidx)));
        s.add(row("scatterAdd", Derivatives.SCATTER_ADD, "dim 1", new Tensor[] {x(2, 3), x(2, 2)}, a -> a[0].scatterAdd(1, gidx, a[1])));
        Tensor mask = Tensor.tensor(true, false, true);
        s.add(row("maskedFill", Derivatives.MASKED_FILL, "broadcast mask", new Tensor[] {x(2, 3)}, a -> a[0].maskedFill(mask, 0.25)));
        s.add(row("maskedSelect", Derivatives.MASKED_SELECT, "broadcast mask", new Tensor[] {x(2, 3)}, a -> a[0].maskedSelect(mask)));
        s.add(row("maskedScatter", Derivatives.MASKED_SCATTER, "into 2x3", new Tensor[] {x(4)},
                a -> Indexing.maskedScatter(a[0], mask, new int[] {2, 3})));
        Tensor cond = Tensor.tensor(new double[][] {{1, 0, 1}, {0, 0, 1}}).gt(0.5);
        s.add(row("where", Derivatives.WHERE, "broadcast", new Tensor[] {x(2, 3), x(3)}, a -> Tensor.where(cond, a[0], a[1])));
        s.add(row("where", Derivatives.WHERE, "with a number", new Tensor[] {x(2, 3)}, a -> Tensor.where(cond, a[0], 0.5)));
        s.add(row("clamp", Derivatives.CLAMP, "[-0.5, 0.7]", new Tensor[] {x(2, 4)}, a -> a[0].clamp(-0.5, 0.7)));
        s.add(row("clampMin", Derivatives.CLAMP, "min 0", new Tensor[] {x(2, 4)}, a -> a[0].clampMin(0)));
        s.add(row("clampMax", Derivatives.CLAMP, "max 0", new Tensor[] {x(2, 4)}, a -> a[0].clampMax(0)));
        shapes(s, "relu", Derivatives.RELU, a -> a[0].relu(), m23, scalar, zero);
        shapes(s, "sigmoid", Derivatives.SIGMOID, a -> a[0].sigmoid(), m23, scalar, zero);
        shapes(s, "softplus", Derivatives.SOFTPLUS, a -> a[0].softplus(), m23, scalar);
        s.add(row("softplus", Derivatives.SOFTPLUS, "β 2, threshold 1", new Tensor[] {x(2, 3)}, a -> a[0].softplus(2, 1)));
        s.add(row("rsub", Derivatives.RSUB, "2.5 - x", new Tensor[] {x(2, 3)}, a -> a[0].rsub(2.5)));
        s.add(new Sample("rdiv", "DivBackward0", "2.5 / x", new Tensor[] {uniform(0.5, 2, 2, 3)}, a -> a[0].rdiv(2.5), true));
        s.add(new Sample("rpow", "PowBackward1", "2.5 ^ x", new Tensor[] {x(2, 3)}, a -> a[0].rpow(2.5), true));
        s.add(new Sample("reciprocal", "DivBackward0", "1 / x", new Tensor[] {uniform(0.5, 2, 2, 3)}, a -> a[0].reciprocal(), true));
        s.add(new Sample("rsqrt", "SqrtBackward0", "1 / √x", new Tensor[] {uniform(0.5, 2, 2, 3)}, a -> a[0].rsqrt(), true));
        s.add(new Sample("square", "PowBackward0", "x²", new Tensor[] {x(2, 3)}, a -> a[0].square(), true));
        s.add(new Sample("add", "MulBackward0", "x + α y", new Tensor[] {x(2, 3), x(3)}, a -> a[0].add(a[1], 0.5), true));
        s.add(new Sample("sub", "SubBackward0", "x - y", new Tensor[] {x(2, 3), x(3)}, a -> a[0].sub(a[1]), true));
    }

    // ---- the tests -----------------------------------------------------------------------------

    @Test
    void everyRowOfTheTableAndEveryPrimitiveHasSamplesThatCreateItsNode() {
        List<Sample> samples = samples();
        Set<String> missing = new TreeSet<>();
        for (Derivative d : Derivatives.rows()) {
            if (samples.stream().noneMatch(s -> s.node().equals(d.name()))) missing.add("row " + d.name());
        }
        for (Primitive p : Primitives.all()) {
            if (samples.stream().noneMatch(s -> s.node().equals(Derivatives.nodeName(p, false)))) missing.add("primitive " + p.name());
        }
        assertTrue(missing.isEmpty(), "no samples for " + missing);
        for (Sample s : samples) {
            Tensor out = s.op().apply(s.inputs());
            assertTrue(nodeNames(out).contains(s.node()), s.method() + " (" + s.what() + ") does not create " + s.node()
                    + "; its graph has " + nodeNames(out));
        }
    }

    @Test
    void everyPublicTensorOperationIsCheckedOrDeclaredNotDifferentiable() {
        Set<String> checked = new HashSet<>();
        for (Sample s : samples()) checked.add(s.method());
        Set<String> unchecked = new TreeSet<>();
        for (Method m : Tensor.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers())) continue;
            Class<?> r = m.getReturnType();
            if (r != Tensor.class && r != List.class && r != ValuesIndices.class) continue;
            if (!checked.contains(m.getName()) && !NOT_DIFFERENTIABLE.contains(m.getName())) unchecked.add(m.getName());
        }
        assertTrue(unchecked.isEmpty(), "public tensor operations without a gradcheck sample: " + unchecked);
    }

    @TestFactory
    Stream<DynamicTest> gradcheck() {
        return samples().stream().map(s -> DynamicTest.dynamicTest(s.method() + " " + s.node() + " " + s.what(),
                () -> assertTrue(GradCheck.create().tolerances(1e-6, s.rtol()).check(s.op(), s.inputs()))));
    }

    @TestFactory
    Stream<DynamicTest> gradgradcheck() {
        return samples().stream().filter(Sample::secondOrder).map(s -> DynamicTest.dynamicTest(
                s.method() + " " + s.node() + " " + s.what(),
                () -> assertTrue(GradCheck.create().checkSecond(s.op(), s.inputs()))));
    }

    /** The names of every node reachable from {@code t}'s grad_fn. */
    static Set<String> nodeNames(Tensor t) {
        Set<String> names = new HashSet<>();
        ArrayDeque<Node> todo = new ArrayDeque<>();
        t.gradFn().ifPresent(todo::push);
        Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) continue;
            names.add(n.name());
            for (Edge e : n.nextFunctions()) if (e.function() != null) todo.push(e.function());
        }
        return names;
    }
}
