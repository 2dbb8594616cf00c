package dev.nabla.tensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.nabla.tensor.io.ReferenceJson;
import dev.nabla.tensor.io.ReferenceTensor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every case of the PyTorch 1.13 reference data ({@code torch/ops.json}, made by
 * {@code src/test/python/torch_reference.py}): Nabla's forward value, dtype and shape, its gradient of
 * {@code L = Σ sum(output · weight)} and, where given, its Hessian-vector product through
 * {@code createGraph} — compared with what PyTorch computed.
 */
class TorchOpsReferenceTest {

    private static final double F64_RTOL = 1e-10, F64_ATOL = 1e-12, F32_RTOL = 2e-5, F32_ATOL = 2e-6;

    private static JsonNode cases() {
        return ReferenceJson.resource("/torch/ops.json").get("cases");
    }

    @Test
    void theDataHasAtLeast300Cases() {
        assertTrue(cases().size() >= 300, "cases: " + cases().size());
    }

    @TestFactory
    Stream<DynamicTest> everyCase() {
        return ReferenceJson.values(cases()).map(c -> DynamicTest.dynamicTest(c.get("id").textValue(), () -> check(c)));
    }

    // ---- one case ------------------------------------------------------------------------------

    private static void check(JsonNode c) {
        String id = c.get("id").textValue(), op = c.get("op").textValue();
        JsonNode kw = c.path("kwargs");
        List<Object> args = new ArrayList<>();
        List<Tensor> leaves = new ArrayList<>();
        for (JsonNode a : c.get("args")) args.add(decode(a, leaves));

        List<Tensor> outputs = outputs(call(op, args, kw));
        List<Object> expected = expectedOutputs(c.get("output"));
        assertEquals(expected.size(), outputs.size(), id + ": number of outputs");
        for (int i = 0; i < outputs.size(); i++) compare(id + " output " + i, (ReferenceTensor) expected.get(i), outputs.get(i));

        if (!c.has("grads") || leaves.isEmpty()) return;
        JsonNode weights = c.get("weights");
        Tensor loss = null;
        for (int k = 0; k < outputs.size(); k++) {
            JsonNode w = weights.get(k);
            if (w.isNull() || !outputs.get(k).requiresGrad()) continue;
            Tensor term = outputs.get(k).mul(tensorOf(ReferenceTensor.of(w))).sum();
            loss = loss == null ? term : loss.add(term);
        }
        JsonNode grads = c.get("grads");
        boolean second = c.has("second");
        List<Tensor> g = loss == null ? nulls(leaves.size())
                : Autograd.grad(List.of(loss), leaves, null, second, second, true);
        compareLeafValues(id + " grad", grads, g, leaves);

        if (!second) return;
        JsonNode s = c.get("second");
        List<Tensor> vs = flatten(s.get("v"));
        Tensor dot = null;
        for (int j = 0; j < g.size(); j++) {
            if (g.get(j) == null || vs.get(j) == null || !g.get(j).requiresGrad()) continue;
            Tensor term = g.get(j).mul(vs.get(j)).sum();
            dot = dot == null ? term : dot.add(term);
        }
        List<Tensor> hvp = dot == null ? nulls(leaves.size()) : Autograd.grad(List.of(dot), leaves, null, false, false, true);
        compareLeafValues(id + " hvp", s.get("hvp"), hvp, leaves);
    }

    private static List<Tensor> nulls(int n) {
        return Arrays.asList(new Tensor[n]);
    }

    /** Reference gradients (per argument, lists flattened) against ours (per leaf, null meaning zeros). */
    private static void compareLeafValues(String what, JsonNode reference, List<Tensor> ours, List<Tensor> leaves) {
        List<ReferenceTensor> ref = new ArrayList<>();
        for (JsonNode o : reference) {
            if (o.isNull()) continue;
            if ("tensors".equals(o.path("kind").textValue())) {
                for (JsonNode item : o.get("items")) if (!item.isNull()) ref.add(ReferenceTensor.of(item));
            } else ref.add(ReferenceTensor.of(o));
        }
        assertEquals(leaves.size(), ref.size(), what + ": number of gradients");
        for (int i = 0; i < ref.size(); i++) {
            Tensor mine = ours.get(i) == null ? Tensor.zerosLike(leaves.get(i)) : ours.get(i);
            compare(what + " " + i, ref.get(i), mine);
        }
    }

    private static List<Tensor> flatten(JsonNode items) {
        List<Tensor> out = new ArrayList<>();
        for (JsonNode o : items) {
            if (o.isNull()) continue;
            if ("tensors".equals(o.path("kind").textValue())) {
                for (JsonNode item : o.get("items")) if (!item.isNull()) out.add(tensorOf(ReferenceTensor.of(item)));
            } else out.add(tensorOf(ReferenceTensor.of(o)));
        }
        return out;
    }

    private static void compare(String what, ReferenceTensor ref, Tensor mine) {
        assertEquals(ref.dtype(), mine.dtype(), what + ": dtype");
        assertArrayEquals(ref.shape(), mine.shape(), what + ": shape " + Arrays.toString(mine.shape()));
        int n = ref.numel();
        if (!ref.dtype().isFloatingPoint()) {
            assertArrayEquals(ref.longs(), mine.toLongArray(), what + ": values");
            return;
        }
        double rtol = ref.dtype() == DType.FLOAT64 ? F64_RTOL : F32_RTOL, atol = ref.dtype() == DType.FLOAT64 ? F64_ATOL : F32_ATOL;
        double[] v = mine.toDoubleArray();
        for (int i = 0; i < n; i++) {
            double a = v[i], b = ref.doubles()[i];
            if (Double.compare(a, b) == 0 || (Double.isNaN(a) && Double.isNaN(b))) continue;
            if (!(Math.abs(a - b) <= atol + rtol * Math.abs(b))) {
                fail(what + ": element " + i + " is " + a + ", PyTorch has " + b + "\nours:    " + mine
                        + "\nPyTorch: " + Arrays.toString(ref.doubles()));
            }
        }
    }

    // ---- decoding --------------------------------------------------------------------------------

    private static Tensor tensorOf(ReferenceTensor r) {
        return switch (r.dtype()) {
            case FLOAT64 -> Tensor.fromArray(r.doubles().clone(), r.shape().length == 0 ? new int[] {1} : r.shape()).reshape(r.shape());
            case FLOAT32 -> {
                float[] f = new float[r.doubles().length];
                for (int i = 0; i < f.length; i++) f[i] = (float) r.doubles()[i];
                yield Tensor.fromArray(f, r.shape().length == 0 ? new int[] {1} : r.shape()).reshape(r.shape());
            }
            case INT64 -> Tensor.fromArray(r.longs().clone(), r.shape().length == 0 ? new int[] {1} : r.shape()).reshape(r.shape());
            case BOOL -> {
                boolean[] b = new boolean[r.longs().length];
                for (int i = 0; i < b.length; i++) b[i] = r.longs()[i] != 0;
                yield Tensor.tensor(b).reshape(r.shape());
            }
        };
    }

    private static Object decode(JsonNode m, List<Tensor> leaves) {
        switch (m.get("kind").textValue()) {
            case "tensor": {
                Tensor t = tensorOf(ReferenceTensor.of(m));
                if (BooleanNode.TRUE.equals(m.get("requires_grad"))) {
                    t.requiresGrad_(true);
                    leaves.add(t);
                }
                return t;
            }
            case "tensors": {
                List<Tensor> items = new ArrayList<>();
                for (JsonNode o : m.get("items")) items.add((Tensor) decode(o, leaves));
                return items;
            }
            case "float": return ReferenceJson.number(m.get("value"));
            case "int": return ReferenceJson.integer(m.get("value"));
            case "bool": return ReferenceJson.bool(m.get("value"));
            case "ints": return Arrays.stream(ReferenceJson.integers(m.get("value"))).mapToInt(l -> (int) l).toArray();
            default: throw new IllegalArgumentException("unknown argument kind " + m.get("kind"));
        }
    }

    private static List<Object> expectedOutputs(JsonNode json) {
        if ("tensors".equals(json.path("kind").textValue())) {
            List<Object> out = new ArrayList<>();
            for (JsonNode o : json.get("items")) out.add(ReferenceTensor.of(o));
            return out;
        }
        return List.of(ReferenceTensor.of(json));
    }

    @SuppressWarnings("unchecked")
    private static List<Tensor> outputs(Object result) {
        if (result instanceof Tensor t) return List.of(t);
        if (result instanceof ValuesIndices vi) return List.of(vi.values(), vi.indices());
        return (List<Tensor>) result;
    }

    // ---- PyTorch's op names to Nabla's API (the test's edge with the data) -------------------------

    private static Tensor t(List<Object> a, int i) { return (Tensor) a.get(i); }
    private static int i(List<Object> a, int k) { return ((Long) a.get(k)).intValue(); }

    private static int[] dims(JsonNode kw) {
        JsonNode d = kw.get("dim");
        if (d == null || d.isNull()) return null;
        if (d.isIntegralNumber()) return new int[] {(int) ReferenceJson.integer(d)};
        return Arrays.stream(ReferenceJson.integers(d)).mapToInt(l -> (int) l).toArray();
    }

    private static boolean keep(JsonNode kw) { return BooleanNode.TRUE.equals(kw.get("keepdim")); }

    private static double dbl(JsonNode kw, String k, double otherwise) {
        return kw.has(k) ? ReferenceJson.number(kw.get(k)) : otherwise;
    }

    /** {@code x op other} for a tensor, Python float or Python int {@code other}. */
    private static Tensor binary(String op, Tensor x, Object other) {
        if (other instanceof Tensor o) {
            return switch (op) {
                case "add" -> x.add(o); case "sub" -> x.sub(o); case "mul" -> x.mul(o); case "div" -> x.div(o);
                case "pow" -> x.pow(o); case "atan2" -> x.atan2(o); case "minimum" -> x.minimum(o);
                case "maximum" -> x.maximum(o); case "hypot" -> x.hypot(o);
                case "eq" -> x.eq(o); case "ne" -> x.ne(o); case "lt" -> x.lt(o); case "le" -> x.le(o);
                case "gt" -> x.gt(o); case "ge" -> x.ge(o);
                default -> throw new IllegalArgumentException("no binary op " + op);
            };
        }
        if (other instanceof Long l) {
            return switch (op) {
                case "add" -> x.add(l.longValue()); case "sub" -> x.sub(l.longValue()); case "mul" -> x.mul(l.longValue());
                case "div" -> x.div((double) l); case "pow" -> x.pow(l.longValue());
                default -> throw new IllegalArgumentException("no int-scalar op " + op);
            };
        }
        double c = (Double) other;
        return switch (op) {
            case "add" -> x.add(c); case "sub" -> x.sub(c); case "mul" -> x.mul(c); case "div" -> x.div(c);
            case "pow" -> x.pow(c);
            case "eq" -> x.eq(c); case "ne" -> x.ne(c); case "lt" -> x.lt(c); case "le" -> x.le(c);
            case "gt" -> x.gt(c); case "ge" -> x.ge(c);
            default -> throw new IllegalArgumentException("no float-scalar op " + op);
        };
    }

    @SuppressWarnings("unchecked")
    private static Object call(String op, List<Object> a, JsonNode kw) {
        if (op.endsWith("_")) {
            Tensor self = t(a, 0).clone();
            List<Object> rest = new ArrayList<>(a);
            rest.set(0, self);
            return inPlace(op, self, rest, kw);
        }
        Tensor x = a.get(0) instanceof Tensor tt ? tt : null;
        switch (op) {
            case "neg": return x.neg();
            case "sqrt": return x.sqrt();
            case "cbrt": return x.cbrt();
            case "exp": return x.exp();
            case "expm1": return x.expm1();
            case "log": return x.log();
            case "log1p": return x.log1p();
            case "log10": return x.log10();
            case "sin": return x.sin();
            case "cos": return x.cos();
            case "tan": return x.tan();
            case "asin": return x.asin();
            case "acos": return x.acos();
            case "atan": return x.atan();
            case "sinh": return x.sinh();
            case "cosh": return x.cosh();
            case "tanh": return x.tanh();
            case "asinh": return x.asinh();
            case "acosh": return x.acosh();
            case "atanh": return x.atanh();
            case "sign": return x.sign();
            case "heaviside": return x.heaviside();
            case "abs": return x.abs();
            case "relu": return x.relu();
            case "sigmoid": return x.sigmoid();
            case "softplus": return x.softplus(dbl(kw, "beta", 1), dbl(kw, "threshold", 20));
            case "square": return x.square();
            case "reciprocal": return x.reciprocal();
            case "rsqrt": return x.rsqrt();
            case "add": case "sub": case "mul": case "div": case "pow": case "atan2": case "minimum": case "maximum":
            case "hypot": case "eq": case "ne": case "lt": case "le": case "gt": case "ge":
                return binary(op, x, a.get(1));
            case "where":
                return a.get(2) instanceof Tensor y ? Tensor.where(x, t(a, 1), y) : Tensor.where(x, t(a, 1), (Double) a.get(2));
            case "clamp": return x.clamp(dbl(kw, "min", Double.NaN), dbl(kw, "max", Double.NaN));
            case "sum": return dims(kw) == null ? x.sum() : x.sum(dims(kw), keep(kw));
            case "mean": return dims(kw) == null ? x.mean() : x.mean(dims(kw), keep(kw));
            case "prod": return dims(kw) == null ? x.prod() : x.prod(dims(kw)[0], keep(kw));
            case "amax": return x.amax(dims(kw), keep(kw));
            case "amin": return x.amin(dims(kw), keep(kw));
            case "logsumexp": return x.logsumexp(dims(kw), keep(kw));
            case "var": return x.var(dims(kw), BooleanNode.FALSE.equals(kw.get("unbiased")) ? 0 : 1, keep(kw));
            case "std": return x.std(dims(kw), BooleanNode.FALSE.equals(kw.get("unbiased")) ? 0 : 1, keep(kw));
            case "norm": {
                JsonNode p = kw.get("p");
                double pv = p == null || p.isNull() ? 2 : ReferenceJson.number(p);
                return x.norm(pv, dims(kw), keep(kw));
            }
            case "max": return dims(kw) == null ? x.max() : x.max(dims(kw)[0], keep(kw));
            case "min": return dims(kw) == null ? x.min() : x.min(dims(kw)[0], keep(kw));
            case "softmax": return x.softmax(dims(kw)[0]);
            case "log_softmax": return x.logSoftmax(dims(kw)[0]);
            case "matmul": return x.matmul(t(a, 1));
            case "mm": return x.mm(t(a, 1));
            case "bmm": return x.bmm(t(a, 1));
            case "outer": return x.outer(t(a, 1));
            case "reshape": return x.reshape((int[]) a.get(1));
            case "view": return x.view((int[]) a.get(1));
            case "flatten": return x.flatten((int) dbl(kw, "start_dim", 0), (int) dbl(kw, "end_dim", -1));
            case "transpose": return x.transpose(i(a, 1), i(a, 2));
            case "t": return x.t();
            case "permute": return x.permute((int[]) a.get(1));
            case "expand": return x.expand((int[]) a.get(1));
            case "squeeze": return a.size() > 1 ? x.squeeze(i(a, 1)) : x.squeeze();
            case "unsqueeze": return x.unsqueeze(i(a, 1));
            case "cat": return Tensor.cat((List<Tensor>) a.get(0), dims(kw) == null ? 0 : dims(kw)[0]);
            case "stack": return Tensor.stack((List<Tensor>) a.get(0), dims(kw) == null ? 0 : dims(kw)[0]);
            case "split": {
                int d = dims(kw) == null ? 0 : dims(kw)[0];
                return a.get(1) instanceof int[] sizes ? x.split(sizes, d) : x.split(i(a, 1), d);
            }
            case "chunk": return x.chunk(i(a, 1), dims(kw) == null ? 0 : dims(kw)[0]);
            case "contiguous": return x.contiguous();
            case "narrow": return x.narrow(i(a, 1), i(a, 2), i(a, 3));
            case "select": return x.select(i(a, 1), i(a, 2));
            case "slice": return x.slice(i(a, 1), i(a, 2), i(a, 3), i(a, 4));
            case "index_select": return x.indexSelect(i(a, 1), t(a, 2));
            case "gather": return x.gather(i(a, 1), t(a, 2));
            case "scatter_add": return x.scatterAdd(i(a, 1), t(a, 2), t(a, 3));
            case "masked_fill": return x.maskedFill(t(a, 1), (Double) a.get(2));
            case "masked_select": return x.maskedSelect(t(a, 1));
            default: throw new IllegalArgumentException("the test does not know op " + op);
        }
    }

    private static Tensor inPlace(String op, Tensor self, List<Object> a, JsonNode kw) {
        switch (op) {
            case "add_": return kw.has("alpha") ? self.add_(t(a, 1), dbl(kw, "alpha", 1))
                    : a.get(1) instanceof Tensor o ? self.add_(o) : self.add_(((Number) a.get(1)).doubleValue());
            case "sub_": return a.get(1) instanceof Tensor o ? self.sub_(o) : self.sub_(((Number) a.get(1)).doubleValue());
            case "mul_": return a.get(1) instanceof Tensor o ? self.mul_(o) : self.mul_(((Number) a.get(1)).doubleValue());
            case "div_": return a.get(1) instanceof Tensor o ? self.div_(o) : self.div_(((Number) a.get(1)).doubleValue());
            case "clamp_": return self.clamp_(dbl(kw, "min", Double.NaN), dbl(kw, "max", Double.NaN));
            case "fill_": return self.fill_(((Number) a.get(1)).doubleValue());
            case "zero_": return self.zero_();
            case "copy_": return self.copy_(t(a, 1));
            case "masked_fill_": return self.maskedFill_(t(a, 1), (Double) a.get(2));
            case "pow_": return self.pow_(((Number) a.get(1)).doubleValue());
            case "exp_": return self.exp_();
            default: throw new IllegalArgumentException("the test does not know in-place op " + op);
        }
    }
}
