package dev.nabla.tensor;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An n-dimensional array with PyTorch's semantics: a dtype, a shape, strides and an offset into a
 * storage that views share, broadcasting and type promotion, and reverse-mode autograd.
 *
 * <pre>{@code
 * Tensor x = Tensor.tensor(1.0f).requiresGrad_(true);          // tensor([1.], requires_grad=True)
 * Tensor f = x.pow(2).add(x.mul(2)).mul(x.log());             // grad_fn=<MulBackward0>
 * f.backward();
 * x.grad();                                                  // tensor([3.])
 * }</pre>
 *
 * <p>The dtype of a tensor made from a Java array is the array's type: {@code double[]} gives float64,
 * {@code float[]} float32 (PyTorch's default), {@code long[]} int64, {@code boolean[]} bool. Methods that
 * copy ({@link #tensor(double[][])}, {@link #floatTensor(double[][])}) and methods that share the array
 * ({@link #fromArray(double[], int...)}, {@link #asTensor(double[], int...)}) mirror {@code torch.tensor},
 * {@code torch.Tensor}, {@code torch.from_numpy} and {@code torch.as_tensor}.
 *
 * <p>Every operation checks its arguments before it writes anything: a failed operation leaves every
 * tensor unchanged, and its exception names the operation, the shapes and the dtypes involved.
 */
public final class Tensor implements PrintableTensor {

    final Storage storage;
    final int[] shape;
    final int[] strides;
    final int offset;
    final DType dtype;
    private final int numel;
    /** The tensor this one is a view of (null if it owns its storage). */
    final Tensor base;
    /** A Java number wrapped for an operation: it takes part in type promotion as a Python scalar does. */
    final boolean wrappedNumber;

    boolean requiresGrad;
    Node gradFn;
    Tensor grad;
    /**
     * For a view: the base's {@code grad_fn} its own graph was built against. An in-place write through another view
     * (or to the base) replaces the base's {@code grad_fn}; this view's graph is then stale and recording it is refused.
     */
    Node baseGradFnSeen;
    private AccumulateGrad accumulator;

    Tensor(Storage storage, int[] shape, int[] strides, int offset, Tensor base, boolean wrappedNumber) {
        this.storage = storage;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.dtype = storage.dtype();
        this.numel = Shapes.numel(shape);
        this.base = base;
        this.wrappedNumber = wrappedNumber;
        this.baseGradFnSeen = base == null ? null : base.gradFn;
    }

    /** A contiguous tensor over {@code storage}. */
    static Tensor of(Storage storage, int[] shape) {
        return new Tensor(storage, shape, Shapes.contiguousStrides(shape), 0, null, false);
    }

    static Tensor ofDoubles(double[] values, int[] shape, DType dtype) {
        return of(Storage.ofDoubles(values, dtype), shape);
    }

    /** A view of this tensor's storage (never a Java number, never recorded). */
    Tensor viewOf(int[] shape, int[] strides, int offset) {
        return new Tensor(storage, shape, strides, offset, base != null ? base : this, false);
    }

    // =========================================================================================
    // creation
    // =========================================================================================

    /** A float64 tensor of shape {@code [n]} holding a copy of {@code values} ({@code torch.tensor}). */
    public static Tensor tensor(double... values) {
        return of(new Storage.Float64(requireArray("tensor", values).clone()), new int[] {values.length});
    }

    /** A float32 tensor of shape {@code [n]} holding a copy of {@code values}, as {@code torch.tensor([1.0])}. */
    public static Tensor tensor(float... values) {
        return of(new Storage.Float32(requireArray("tensor", values).clone()), new int[] {values.length});
    }

    /** An int64 tensor holding a copy of {@code values}. */
    public static Tensor tensor(long... values) {
        return of(new Storage.Int64(requireArray("tensor", values).clone()), new int[] {values.length});
    }

    /** A bool tensor holding a copy of {@code values}. */
    public static Tensor tensor(boolean... values) {
        return of(new Storage.Bool(requireArray("tensor", values).clone()), new int[] {values.length});
    }

    /** A float64 matrix holding a copy of {@code rows}, which must all have the same length. */
    public static Tensor tensor(double[][] rows) {
        return of(new Storage.Float64(flatten("tensor", rows)), new int[] {rows.length, rows.length == 0 ? 0 : rows[0].length});
    }

    /** A float64 tensor of shape {@code [a, b, c]} holding a copy of {@code values}. */
    public static Tensor tensor(double[][][] values) {
        requireArray("tensor", values);
        int a = values.length, b = a == 0 ? 0 : requireArray("tensor", values[0]).length;
        int c = b == 0 ? 0 : requireArray("tensor", values[0][0]).length;
        double[] flat = new double[a * b * c];
        for (int i = 0; i < a; i++) {
            if (values[i] == null || values[i].length != b) throw ragged("tensor", "values[" + i + "]", b);
            double[] part = flatten("tensor", values[i]);
            if (part.length != b * c) throw ragged("tensor", "values[" + i + "]", c);
            System.arraycopy(part, 0, flat, i * b * c, b * c);
        }
        return of(new Storage.Float64(flat), new int[] {a, b, c});
    }

    /** A float32 matrix holding a copy of {@code rows}. */
    public static Tensor tensor(float[][] rows) {
        requireArray("tensor", rows);
        int cols = rows.length == 0 ? 0 : requireArray("tensor", rows[0]).length;
        float[] flat = new float[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != cols) throw ragged("tensor", "rows[" + i + "]", cols);
            System.arraycopy(rows[i], 0, flat, i * cols, cols);
        }
        return of(new Storage.Float32(flat), new int[] {rows.length, cols});
    }

    /** An int64 matrix holding a copy of {@code rows}. */
    public static Tensor tensor(long[][] rows) {
        requireArray("tensor", rows);
        int cols = rows.length == 0 ? 0 : requireArray("tensor", rows[0]).length;
        long[] flat = new long[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != cols) throw ragged("tensor", "rows[" + i + "]", cols);
            System.arraycopy(rows[i], 0, flat, i * cols, cols);
        }
        return of(new Storage.Int64(flat), new int[] {rows.length, cols});
    }

    /** A 0-d float64 tensor, {@code torch.tensor(v, dtype=torch.float64)}. */
    public static Tensor scalar(double v) {
        return of(new Storage.Float64(new double[] {v}), Shapes.SCALAR);
    }

    /** A 0-d tensor of {@code dtype} holding {@code v}. */
    public static Tensor scalar(double v, DType dtype) {
        Storage s = Storage.allocate(requireDtype("scalar", dtype), 1);
        s.set(0, v);
        return of(s, Shapes.SCALAR);
    }

    /** A float32 copy of {@code rows}, as {@code torch.Tensor(x)} converts to the default dtype. */
    public static Tensor floatTensor(double[][] rows) {
        return tensor(rows).to(DType.FLOAT32);
    }

    /** A float32 copy of {@code values}, as {@code torch.Tensor(x)}. */
    public static Tensor floatTensor(double... values) {
        return tensor(values).to(DType.FLOAT32);
    }

    /**
     * A float64 tensor of {@code shape} over {@code data} itself, as {@code torch.from_numpy}: a write to the
     * array shows in the tensor and a write to the tensor shows in the array. Without a shape it is 1-d.
     */
    public static Tensor fromArray(double[] data, int... shape) {
        return of(new Storage.Float64(requireArray("fromArray", data)), sharedShape("fromArray", data.length, shape));
    }

    /** A float32 tensor over {@code data} itself. */
    public static Tensor fromArray(float[] data, int... shape) {
        return of(new Storage.Float32(requireArray("fromArray", data)), sharedShape("fromArray", data.length, shape));
    }

    /** An int64 tensor over {@code data} itself. */
    public static Tensor fromArray(long[] data, int... shape) {
        return of(new Storage.Int64(requireArray("fromArray", data)), sharedShape("fromArray", data.length, shape));
    }

    /** {@code torch.as_tensor}: for an array of a tensor's dtype it shares, as {@link #fromArray(double[], int...)}. */
    public static Tensor asTensor(double[] data, int... shape) {
        return fromArray(data, shape);
    }

    /** {@code torch.as_tensor} of a float array: shares it. */
    public static Tensor asTensor(float[] data, int... shape) {
        return fromArray(data, shape);
    }

    /** A bool tensor over {@code data} itself. */
    public static Tensor fromArray(boolean[] data, int... shape) {
        return of(new Storage.Bool(requireArray("fromArray", data)), sharedShape("fromArray", data.length, shape));
    }

    /**
     * A tensor over the array that {@code npy} holds, sharing it as {@code torch.from_numpy} does: a write to
     * either shows in the other. Read a file with {@link dev.nabla.tensor.io.Npy#read(java.nio.file.Path)}.
     */
    public static Tensor fromNpy(dev.nabla.tensor.io.NpyArray npy) {
        if (npy == null) throw new IllegalArgumentException("fromNpy: the array is null");
        int[] shape = npy.shape();
        Storage s = switch (npy.dtype()) {
            case FLOAT64 -> new Storage.Float64(npy.doubles());
            case FLOAT32 -> new Storage.Float32(npy.floats());
            case INT64 -> new Storage.Int64(npy.longs());
            case BOOL -> new Storage.Bool(npy.booleans());
        };
        return of(s, shape);
    }

    /** A tensor read from a NumPy {@code .npy} file ({@code torch.from_numpy(np.load(path))}). */
    public static Tensor load(java.nio.file.Path file) throws java.io.IOException {
        return fromNpy(dev.nabla.tensor.io.Npy.read(file));
    }

    /** The elements (a copy, row-major) as a NumPy array value. */
    public dev.nabla.tensor.io.NpyArray toNpy() {
        int[] s = shape.clone();
        return switch (dtype) {
            case FLOAT64 -> dev.nabla.tensor.io.NpyArray.of(s, toDoubleArray());
            case FLOAT32 -> dev.nabla.tensor.io.NpyArray.of(s, toFloatArray());
            case INT64 -> dev.nabla.tensor.io.NpyArray.of(s, toLongArray());
            case BOOL -> {
                long[] l = toLongArray();
                boolean[] b = new boolean[l.length];
                for (int i = 0; i < b.length; i++) b[i] = l[i] != 0;
                yield dev.nabla.tensor.io.NpyArray.of(s, b);
            }
        };
    }

    /** Writes the tensor to a NumPy {@code .npy} file that {@code np.load} reads back ({@code np.save(path, t.numpy())}). */
    public void save(java.nio.file.Path file) throws java.io.IOException {
        dev.nabla.tensor.io.Npy.write(file, toNpy());
    }

    /**
     * Uniform draws in {@code [0, 1)} as NumPy's {@code RandomState.rand(*shape)} makes them — the same doubles
     * for the same seed — in a float64 tensor of {@code shape}.
     */
    public static Tensor rand(dev.nabla.tensor.random.RandomState rng, int... shape) {
        int[] s = requireShape("rand", shape);
        if (rng == null) throw new IllegalArgumentException("rand: the generator is null");
        return of(new Storage.Float64(rng.rand(Shapes.numel("rand", s))), s);
    }

    /** Standard normal draws as NumPy's {@code RandomState.randn(*shape)}, in a float64 tensor of {@code shape}. */
    public static Tensor randn(dev.nabla.tensor.random.RandomState rng, int... shape) {
        int[] s = requireShape("randn", shape);
        if (rng == null) throw new IllegalArgumentException("randn: the generator is null");
        return of(new Storage.Float64(rng.randn(Shapes.numel("randn", s))), s);
    }

    /** {@code torch.rand(*shape)} after {@code torch.manual_seed}: PyTorch's float32 draws, bit for bit. */
    public static Tensor rand(dev.nabla.tensor.random.TorchGenerator gen, int... shape) {
        int[] s = requireShape("rand", shape);
        if (gen == null) throw new IllegalArgumentException("rand: the generator is null");
        return of(new Storage.Float32(gen.randFloat32(Shapes.numel("rand", s))), s);
    }

    /** {@code torch.randn(*shape)} after {@code torch.manual_seed}, in float32 (see {@link dev.nabla.tensor.random.TorchGenerator}). */
    public static Tensor randn(dev.nabla.tensor.random.TorchGenerator gen, int... shape) {
        int[] s = requireShape("randn", shape);
        if (gen == null) throw new IllegalArgumentException("randn: the generator is null");
        return of(new Storage.Float32(gen.randnFloat32(Shapes.numel("randn", s))), s);
    }

    /** Zeros of {@code shape} in float32. */
    public static Tensor zeros(int... shape) {
        return zeros(shape, DType.FLOAT32);
    }

    /** Zeros of {@code shape} and {@code dtype}. */
    public static Tensor zeros(int[] shape, DType dtype) {
        return zeros("zeros", shape, dtype);
    }

    private static Tensor zeros(String op, int[] shape, DType dtype) {
        int[] s = requireShape(op, shape);
        return of(Storage.allocate(requireDtype(op, dtype), Shapes.numel(op, s)), s);
    }

    /** Ones of {@code shape} in float32. */
    public static Tensor ones(int... shape) {
        return filled("ones", shape, 1.0, DType.FLOAT32);
    }

    /** Ones of {@code shape} and {@code dtype}. */
    public static Tensor ones(int[] shape, DType dtype) {
        return filled("ones", shape, 1.0, dtype);
    }

    /** {@code value} everywhere in a float32 tensor of {@code shape}. */
    public static Tensor full(int[] shape, double value) {
        return full(shape, value, DType.FLOAT32);
    }

    /** {@code value} everywhere in a tensor of {@code shape} and {@code dtype}. */
    public static Tensor full(int[] shape, double value, DType dtype) {
        return filled("full", shape, value, dtype);
    }

    private static Tensor filled(String op, int[] shape, double value, DType dtype) {
        Tensor t = zeros(op, shape, dtype);
        if (value != 0) t.fillRaw(value);
        return t;
    }

    /** Zeros shaped and typed as {@code t}. */
    public static Tensor zerosLike(Tensor t) {
        return zeros(requireTensor("zerosLike", t).shape, t.dtype);
    }

    /** Ones shaped and typed as {@code t}. */
    public static Tensor onesLike(Tensor t) {
        return full(requireTensor("onesLike", t).shape, 1, t.dtype);
    }

    /** {@code value} everywhere, shaped and typed as {@code t}. */
    public static Tensor fullLike(Tensor t, double value) {
        return full(requireTensor("fullLike", t).shape, value, t.dtype);
    }

    /** {@code 0, 1, …, end - 1} in int64, {@code torch.arange(end)}. */
    public static Tensor arange(long end) {
        if (end < 0 || end > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("arange: end " + end + " out of range");
        long[] v = new long[(int) end];
        for (int i = 0; i < v.length; i++) v[i] = i;
        return of(new Storage.Int64(v), new int[] {v.length});
    }

    /** {@code start, start + step, …} below {@code end} in float32, {@code torch.arange(start, end, step)}. */
    public static Tensor arange(double start, double end, double step) {
        return arange(start, end, step, DType.FLOAT32);
    }

    /** {@code start, start + step, …} below {@code end} (above it for a negative step) in {@code dtype}. */
    public static Tensor arange(double start, double end, double step, DType dtype) {
        if (step == 0 || !Double.isFinite(step) || !Double.isFinite(start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("arange: start " + start + ", end " + end + " and step " + step
                    + " must be finite with a non-zero step");
        }
        double count = Math.ceil((end - start) / step);
        if (count > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("arange: too many elements (" + count + ")");
        int n = (int) Math.max(0, count);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = start + i * step;
        return ofDoubles(v, new int[] {n}, requireDtype("arange", dtype));
    }

    /** {@code steps} points evenly from {@code start} to {@code end} inclusive, in float32. */
    public static Tensor linspace(double start, double end, int steps) {
        return linspace(start, end, steps, DType.FLOAT32);
    }

    /** {@code steps} points evenly from {@code start} to {@code end} inclusive, computed as PyTorch does. */
    public static Tensor linspace(double start, double end, int steps, DType dtype) {
        if (steps < 0) throw new IllegalArgumentException("linspace: number of steps must be non-negative, got " + steps);
        double[] v = new double[steps];
        double step = steps > 1 ? (end - start) / (steps - 1) : 0;
        int half = steps / 2;
        for (int i = 0; i < steps; i++) v[i] = i < half ? start + step * i : end - step * (steps - 1 - i);
        return ofDoubles(v, new int[] {steps}, requireDtype("linspace", dtype));
    }

    /** The {@code n × n} identity in float32. */
    public static Tensor eye(int n) {
        return eye(n, DType.FLOAT32);
    }

    /** The {@code n × n} identity in {@code dtype}. */
    public static Tensor eye(int n, DType dtype) {
        if (n < 0) throw new IllegalArgumentException("eye: n must be non-negative, got " + n);
        Tensor t = zeros("eye", new int[] {n, n}, dtype);
        for (int i = 0; i < n; i++) t.storage.set(i * n + i, 1);
        return t;
    }

    /** A Java number as an operand: a 0-d tensor that promotes as a Python scalar does. */
    static Tensor wrap(double v) {
        return new Tensor(new Storage.Float64(new double[] {v}), Shapes.SCALAR, Shapes.SCALAR, 0, null, true);
    }

    static Tensor wrap(long v) {
        return new Tensor(new Storage.Int64(new long[] {v}), Shapes.SCALAR, Shapes.SCALAR, 0, null, true);
    }

    // =========================================================================================
    // metadata and element access
    // =========================================================================================

    /** The sizes of the dimensions (a copy). */
    @Override public int[] shape() { return shape.clone(); }

    /** PyTorch's {@code size()}: the shape. */
    public int[] size() { return shape.clone(); }

    /** The size of dimension {@code dim} (negative counts from the end). */
    public int size(int dim) { return shape[Shapes.dim("size", dim, shape.length)]; }

    /** The strides, in elements (a copy). */
    public int[] stride() { return strides.clone(); }

    /** Where element {@code [0, …, 0]} sits in the storage. */
    public int storageOffset() { return offset; }

    /** The number of dimensions. */
    public int dim() { return shape.length; }

    /** The number of elements. */
    public int numel() { return numel; }

    @Override public DType dtype() { return dtype; }

    /** Whether the elements lie densely in row-major order. */
    public boolean isContiguous() { return Shapes.isContiguous(shape, strides); }

    /** Whether this tensor and {@code other} use the same storage (a view of one another, or of a common base). */
    public boolean sharesStorageWith(Tensor other) { return other != null && other.storage == storage; }

    /** The version counter of the storage: the number of in-place writes to it. */
    public int version() { return storage.version(); }

    @Override public double doubleAt(long i) { return storage.get(storageIndex(i)); }

    @Override public long longAt(long i) { return storage.getLong(storageIndex(i)); }

    private int storageIndex(long flat) {
        if (flat < 0 || flat >= numel) {
            throw new IllegalArgumentException("element " + flat + " out of range for a tensor of " + numel + " elements");
        }
        int idx = offset;
        long rest = flat;
        for (int d = shape.length - 1; d >= 0; d--) {
            idx += (int) (rest % shape[d]) * strides[d];
            rest /= shape[d];
        }
        return idx;
    }

    /** The element at {@code index} (one index per dimension) as a double: Python's {@code x[i, j].item()}. */
    public double item(int... index) {
        return storage.get(elementIndex("item", index));
    }

    private int elementIndex(String op, int[] index) {
        if (index == null || index.length != shape.length) {
            throw new IllegalArgumentException(op + ": expected " + shape.length + " indices for shape " + Shapes.str(shape)
                    + ", got " + (index == null ? "null" : Arrays.toString(index)));
        }
        int idx = offset;
        for (int d = 0; d < index.length; d++) {
            int i = index[d] < 0 ? index[d] + shape[d] : index[d];
            if (i < 0 || i >= shape[d]) {
                throw new IllegalArgumentException(op + ": index " + index[d] + " is out of bounds for dimension " + d
                        + " with size " + shape[d]);
            }
            idx += i * strides[d];
        }
        return idx;
    }

    /** The value of a one-element tensor ({@code item()}). */
    public double item() {
        if (numel != 1) {
            throw new IllegalArgumentException("item: a tensor with " + numel + " elements (shape " + Shapes.str(shape)
                    + ") cannot be converted to a number");
        }
        return storage.get(offset);
    }

    /** The elements in row-major order as doubles (a copy). */
    public double[] toDoubleArray() {
        double[] v = Kernels.read(this);
        return v == backingArray() ? v.clone() : v;
    }

    /** The elements in row-major order as floats (a copy). */
    public float[] toFloatArray() {
        double[] v = Kernels.read(this);
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
        return f;
    }

    /** The elements in row-major order as longs (floats truncated toward zero). */
    public long[] toLongArray() {
        long[] out = new long[numel];
        int[] off = Shapes.offsets(shape, strides, offset);
        for (int i = 0; i < numel; i++) out[i] = storage.getLong(off[i]);
        return out;
    }

    /** The whole storage array of a float64 tensor that owns it; null otherwise. */
    private double[] backingArray() {
        return storage instanceof Storage.Float64 f ? f.data : null;
    }

    /** Whether any element is non-zero (true). */
    public boolean any() {
        int[] off = Shapes.offsets(shape, strides, offset);
        for (int o : off) if (storage.get(o) != 0) return true;
        return false;
    }

    /** Whether every element is non-zero (true). */
    public boolean all() {
        int[] off = Shapes.offsets(shape, strides, offset);
        for (int o : off) if (storage.get(o) == 0) return false;
        return true;
    }

    /** Same shape and equal elements (NaN unequal), as {@code torch.equal}. */
    public boolean equal(Tensor other) {
        if (other == null || !Arrays.equals(shape, other.shape)) return false;
        double[] a = Kernels.read(this), b = Kernels.read(other);
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    /** {@code |a - b| ≤ atol + rtol·|b|} everywhere (same shape), as {@code torch.allclose}. */
    public boolean allclose(Tensor other, double rtol, double atol) {
        if (other == null || !Arrays.equals(shape, other.shape)) return false;
        double[] a = Kernels.read(this), b = Kernels.read(other);
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) continue;
            if (!(Math.abs(a[i] - b[i]) <= atol + rtol * Math.abs(b[i]))) return false;
        }
        return true;
    }

    // =========================================================================================
    // autograd
    // =========================================================================================

    /** Whether gradients flow to or through this tensor. */
    @Override public boolean requiresGrad() { return requiresGrad; }

    /** Sets {@code requires_grad} of a leaf; returns this tensor. Only floating-point tensors can require grad. */
    public Tensor requiresGrad_(boolean requires) {
        if (gradFn != null) {
            if (!requires) throw new IllegalStateException("requiresGrad_: you can only change requires_grad of leaf tensors;"
                    + " this tensor was made by " + gradFn.name() + " (use detach() for a tensor without grad)");
            return this;
        }
        if (requires && !dtype.isFloatingPoint()) {
            throw new IllegalArgumentException("requiresGrad_: only floating-point tensors can require gradients, this one is "
                    + dtype);
        }
        this.requiresGrad = requires;
        return this;
    }

    /** Whether the tensor is a leaf of the graph: made by the user, not by a recorded operation. */
    public boolean isLeaf() { return gradFn == null; }

    /** The accumulated gradient ({@code .grad}), or null. */
    public Tensor grad() { return grad; }

    /** Replaces {@code .grad} (null clears it, as {@code x.grad = None}). */
    public void setGrad(Tensor g) {
        if (g != null && !Arrays.equals(g.shape, shape)) {
            throw new IllegalArgumentException("setGrad: the gradient has shape " + Shapes.str(g.shape)
                    + " but the tensor has shape " + Shapes.str(shape));
        }
        this.grad = g;
    }

    /** The node that made this tensor ({@code grad_fn}); empty for leaves. */
    public Optional<Node> gradFn() { return Optional.ofNullable(gradFn); }

    @Override public Optional<String> gradFnName() {
        return gradFn == null ? Optional.empty() : Optional.of(gradFn.name());
    }

    AccumulateGrad accumulator() {
        if (accumulator == null) accumulator = new AccumulateGrad(this);
        return accumulator;
    }

    /** Keeps the gradient of this non-leaf in {@code .grad} at the next backward ({@code retain_grad()}). */
    public void retainGrad() {
        if (!requiresGrad) throw new IllegalStateException("retainGrad: the tensor (shape " + Shapes.str(shape)
                + ") does not require grad");
        if (gradFn != null) gradFn.retainTarget = this;
    }

    /** Whether {@link #retainGrad()} was called on this non-leaf. */
    public boolean retainsGrad() { return gradFn != null && gradFn.retainTarget == this; }

    /**
     * Registers {@code hook}, called with this tensor's gradient during backward; a non-null result replaces
     * the gradient ({@code register_hook}).
     */
    public void registerHook(UnaryOperator<Tensor> hook) {
        if (hook == null) throw new IllegalArgumentException("registerHook: the hook is null");
        if (!requiresGrad) throw new IllegalStateException("registerHook: cannot register a hook on a tensor that does"
                + " not require grad");
        (gradFn != null ? gradFn : accumulator()).addPreHook(hook);
    }

    /** {@code backward()} of a one-element tensor: accumulates {@code d this / d leaf} into every leaf's {@code .grad}. */
    public void backward() {
        Autograd.backward(this);
    }

    /** {@code backward(gradient)}: the vector-Jacobian product with {@code gradient} of this tensor's shape. */
    public void backward(Tensor gradient) {
        Autograd.backward(List.of(this), Arrays.asList(gradient), false, false, null);
    }

    /** {@code backward(gradient, retain_graph, create_graph, inputs)}; {@code inputs} may be null (every leaf). */
    public void backward(Tensor gradient, boolean retainGraph, boolean createGraph, List<Tensor> inputs) {
        Autograd.backward(List.of(this), Arrays.asList(gradient), retainGraph, createGraph, inputs);
    }

    /** A tensor sharing this one's storage, outside the graph ({@code detach()}). */
    public Tensor detach() {
        return new Tensor(storage, shape, strides, offset, base, false);
    }

    /** Detaches in place: this tensor becomes a leaf that does not require grad. */
    public Tensor detach_() {
        gradFn = null;
        requiresGrad = false;
        return this;
    }

    static boolean recording(Tensor a) {
        return a.requiresGrad && GradMode.isEnabled();
    }

    static boolean recording(Tensor a, Tensor b) {
        return (a.requiresGrad || b.requiresGrad) && GradMode.isEnabled();
    }

    /** Makes {@code out} the output of a node applying {@code d} to {@code inputs}. */
    static Tensor record(Tensor out, Derivative d, Saved saved, Tensor... inputs) {
        for (Tensor in : inputs) requireCurrentGraph(d.name(), in);
        if (!out.dtype.isFloatingPoint()) return out;
        out.gradFn = new OpNode(d, saved, inputs);
        out.requiresGrad = true;
        return out;
    }

    /**
     * Refuses a view whose base was rebased by an in-place write made after the view was taken: PyTorch regenerates
     * such a view's {@code grad_fn}; Nabla does not, so differentiating through it would give a stale gradient.
     */
    static void requireCurrentGraph(String op, Tensor t) {
        if (t == null || !t.requiresGrad || t.base == null || t.base.gradFn == t.baseGradFnSeen) return;
        throw new IllegalStateException(op + ": this view of shape " + Shapes.str(t.shape) + " was taken before an in-place"
                + " write changed its base (shape " + Shapes.str(t.base.shape) + ", now "
                + (t.base.gradFn == null ? "without grad_fn" : t.base.gradFn.name()) + "), so its recorded graph is stale;"
                + " take the view again from the base after the in-place write");
    }

    // =========================================================================================
    // dtype conversion, copies
    // =========================================================================================

    /** This tensor converted to {@code dtype} (itself if it already has it), {@code tensor.to(dtype)}. */
    public Tensor to(DType dtype) {
        requireDtype("to", dtype);
        if (dtype == this.dtype) return this;
        Tensor out = ofDoubles(Kernels.read(this).clone(), shape, dtype);
        if (dtype == DType.INT64 && this.dtype != DType.BOOL) out = ofLongs(toLongArray(), shape);
        if (recording(this) && dtype.isFloatingPoint()) {
            record(out, Derivatives.TO_COPY, new Saved().extra(this.dtype), this);
        }
        return out;
    }

    static Tensor ofLongs(long[] v, int[] shape) {
        return of(new Storage.Int64(v), shape);
    }

    /** A copy with its own storage, recorded as {@code CloneBackward0}. */
    public Tensor clone() {
        Tensor out;
        if (dtype == DType.FLOAT32) {
            float[] f = Kernels.readFloat(this);
            out = of(new Storage.Float32(f == ((Storage.Float32) storage).data ? f.clone() : f), shape.clone());
        } else if (dtype == DType.INT64) {
            out = ofLongs(toLongArray(), shape.clone());
        } else {
            double[] v = Kernels.read(this);
            out = ofDoubles(v == backingArray() ? v.clone() : v, shape.clone(), dtype);
        }
        if (recording(this)) record(out, Derivatives.CLONE, new Saved(), this);
        return out;
    }

    /** This tensor if its elements are contiguous, else a contiguous copy ({@code contiguous()}). */
    public Tensor contiguous() {
        return isContiguous() ? this : clone();
    }

    // =========================================================================================
    // views
    // =========================================================================================

    /** A view of shape {@code newShape} (one entry may be -1); the elements must be contiguous ({@code view}). */
    public Tensor view(int... newShape) {
        int[] s = Shapes.infer("view", requireShapeArg("view", newShape), numel, shape);
        if (!isContiguous()) {
            throw new IllegalArgumentException("view: the tensor of shape " + Shapes.str(shape) + " and strides "
                    + Shapes.str(strides) + " is not contiguous; use reshape() (which copies) or contiguous() first");
        }
        Tensor out = viewOf(s, Shapes.contiguousStrides(s), offset);
        if (recording(this)) record(out, Derivatives.VIEW, new Saved().shape(shape), this);
        return out;
    }

    /** Shape {@code newShape} (one entry may be -1): a view when the layout allows, else a copy ({@code reshape}). */
    public Tensor reshape(int... newShape) {
        int[] s = Shapes.infer("reshape", requireShapeArg("reshape", newShape), numel, shape);
        Tensor src = isContiguous() ? this : contiguousNoGrad();
        Tensor out = src == this ? viewOf(s, Shapes.contiguousStrides(s), offset) : Tensor.of(src.storage, s);
        if (recording(this)) {
            record(out, src == this ? Derivatives.RESHAPE_ALIAS : Derivatives.UNSAFE_VIEW, new Saved().shape(shape), this);
        }
        return out;
    }

    private Tensor contiguousNoGrad() {
        try (GradMode.Scope s = GradMode.noGrad()) {
            return clone();
        }
    }

    /** All dimensions in one ({@code flatten()}). */
    public Tensor flatten() {
        return reshape(-1);
    }

    /** Dimensions {@code start…end} in one. */
    public Tensor flatten(int start, int end) {
        if (shape.length == 0) return reshape(1);
        int s = Shapes.dim("flatten", start, shape.length), e = Shapes.dim("flatten", end, shape.length);
        if (s > e) throw new IllegalArgumentException("flatten: start dimension " + start + " comes after end " + end);
        int[] ns = new int[shape.length - (e - s)];
        int k = 0;
        for (int d = 0; d < s; d++) ns[k++] = shape[d];
        int m = 1;
        for (int d = s; d <= e; d++) m *= shape[d];
        ns[k++] = m;
        for (int d = e + 1; d < shape.length; d++) ns[k++] = shape[d];
        return reshape(ns);
    }

    /** Dimensions {@code d0} and {@code d1} swapped, a view ({@code transpose}). */
    public Tensor transpose(int d0, int d1) {
        int a = Shapes.dim("transpose", d0, shape.length), b = Shapes.dim("transpose", d1, shape.length);
        if (shape.length == 0) return viewOf(shape, strides, offset);
        int[] s = shape.clone(), st = strides.clone();
        s[a] = shape[b]; s[b] = shape[a];
        st[a] = strides[b]; st[b] = strides[a];
        Tensor out = viewOf(s, st, offset);
        if (recording(this)) record(out, Derivatives.TRANSPOSE, new Saved().ints(a, b), this);
        return out;
    }

    /** The transpose of a matrix (a vector or scalar unchanged), {@code t()}. */
    public Tensor t() {
        if (shape.length > 2) {
            throw new IllegalArgumentException("t: expects a tensor of at most 2 dimensions, got shape " + Shapes.str(shape));
        }
        Tensor out = shape.length < 2 ? viewOf(shape, strides, offset)
                : viewOf(new int[] {shape[1], shape[0]}, new int[] {strides[1], strides[0]}, offset);
        if (recording(this)) record(out, Derivatives.T, new Saved(), this);
        return out;
    }

    /** The dimensions reordered, a view ({@code permute}). */
    public Tensor permute(int... dims) {
        if (dims == null || dims.length != shape.length) {
            throw new IllegalArgumentException("permute: expected " + shape.length + " dimensions for shape "
                    + Shapes.str(shape) + ", got " + (dims == null ? "null" : Arrays.toString(dims)));
        }
        int[] s = new int[dims.length], st = new int[dims.length], p = new int[dims.length];
        boolean[] seen = new boolean[dims.length];
        for (int i = 0; i < dims.length; i++) {
            int d = Shapes.dim("permute", dims[i], shape.length);
            if (seen[d]) throw new IllegalArgumentException("permute: dimension " + d + " repeats in " + Arrays.toString(dims));
            seen[d] = true;
            p[i] = d;
            s[i] = shape[d];
            st[i] = strides[d];
        }
        Tensor out = viewOf(s, st, offset);
        if (recording(this)) record(out, Derivatives.PERMUTE, new Saved().ints(p), this);
        return out;
    }

    /**
     * This tensor broadcast to {@code sizes} without copying (-1 keeps a size), {@code expand}: dimensions of
     * size 1 and new leading dimensions get stride 0.
     */
    public Tensor expand(int... sizes) {
        if (sizes == null || sizes.length < shape.length) {
            throw new IllegalArgumentException("expand: the number of sizes (" + (sizes == null ? 0 : sizes.length)
                    + ") must be at least the number of dimensions of shape " + Shapes.str(shape));
        }
        int lead = sizes.length - shape.length;
        int[] target = sizes.clone();
        for (int i = 0; i < shape.length; i++) {
            int want = sizes[lead + i];
            if (want == -1) target[lead + i] = shape[i];
            else if (want != shape[i] && shape[i] != 1) {
                throw new IllegalArgumentException("expand: the size of shape " + Shapes.str(shape) + " cannot be expanded to "
                        + Arrays.toString(sizes) + " (dimension " + (lead + i) + ": " + shape[i] + " vs " + want + ")");
            }
        }
        for (int i = 0; i < lead; i++) {
            if (sizes[i] < 0) throw new IllegalArgumentException("expand: size -1 is not allowed in a new leading dimension");
        }
        Tensor out = expandView(target);
        if (recording(this)) record(out, Derivatives.EXPAND, new Saved().shape(shape), this);
        return out;
    }

    /** {@code expand(other.shape())}. */
    public Tensor expandAs(Tensor other) {
        return expand(requireTensor("expandAs", other).shape);
    }

    Tensor expandView(int[] target) {
        return viewOf(target, Shapes.broadcastStrides(shape, strides, target), offset);
    }

    /** Every dimension of size 1 removed, a view. */
    public Tensor squeeze() {
        int k = 0;
        for (int s : shape) if (s != 1) k++;
        int[] s = new int[k], st = new int[k];
        k = 0;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] != 1) { s[k] = shape[d]; st[k++] = strides[d]; }
        }
        Tensor out = viewOf(s, st, offset);
        if (recording(this)) record(out, Derivatives.SQUEEZE, new Saved().shape(shape), this);
        return out;
    }

    /** Dimension {@code dim} removed if its size is 1 (else unchanged), a view. */
    public Tensor squeeze(int dim) {
        int d = Shapes.dim("squeeze", dim, shape.length);
        if (shape.length == 0 || shape[d] != 1) {
            Tensor out = viewOf(shape, strides, offset);
            if (recording(this)) record(out, Derivatives.SQUEEZE_DIM, new Saved().shape(shape), this);
            return out;
        }
        int[] s = new int[shape.length - 1], st = new int[shape.length - 1];
        for (int i = 0, k = 0; i < shape.length; i++) if (i != d) { s[k] = shape[i]; st[k++] = strides[i]; }
        Tensor out = viewOf(s, st, offset);
        if (recording(this)) record(out, Derivatives.SQUEEZE_DIM, new Saved().shape(shape), this);
        return out;
    }

    /** A dimension of size 1 inserted at {@code dim}, a view. */
    public Tensor unsqueeze(int dim) {
        int d = Shapes.dim("unsqueeze", dim, shape.length + 1);
        int[] s = new int[shape.length + 1], st = new int[shape.length + 1];
        for (int i = 0, k = 0; i <= shape.length; i++) {
            if (i == d) {
                s[i] = 1;
                st[i] = d < shape.length ? strides[d] * shape[d] : 1;
            } else {
                s[i] = shape[k];
                st[i] = strides[k++];
            }
        }
        Tensor out = viewOf(s, st, offset);
        if (recording(this)) record(out, Derivatives.UNSQUEEZE, new Saved().ints(d), this);
        return out;
    }

    /** Elements {@code start … start + length - 1} of dimension {@code dim}, a view ({@code narrow}). */
    public Tensor narrow(int dim, int start, int length) {
        int d = Shapes.dim("narrow", dim, shape.length);
        requireDims("narrow", 1);
        int st = start < 0 ? start + shape[d] : start;
        if (st < 0 || length < 0 || st + length > shape[d]) {
            throw new IllegalArgumentException("narrow: start " + start + " and length " + length
                    + " exceed dimension " + d + " of size " + shape[d] + " (shape " + Shapes.str(shape) + ")");
        }
        return slice(d, st, st + length, 1);
    }

    /**
     * Elements {@code start, start + step, …} below {@code end} of dimension {@code dim}, a view: Python's
     * {@code x[..., start:end:step]}. Bounds are clamped and negative ones count from the end, as in Python.
     */
    public Tensor slice(int dim, int start, int end, int step) {
        requireDims("slice", 1);
        int d = Shapes.dim("slice", dim, shape.length);
        if (step <= 0) throw new IllegalArgumentException("slice: step must be positive, got " + step);
        int n = shape[d];
        int s = clampIndex(start, n), e = clampIndex(end, n);
        int len = e > s ? (e - s + step - 1) / step : 0;
        int[] ns = shape.clone(), nst = strides.clone();
        ns[d] = len;
        nst[d] = strides[d] * step;
        Tensor out = viewOf(ns, nst, offset + (len > 0 ? s * strides[d] : 0));
        if (recording(this)) record(out, Derivatives.SLICE, new Saved().shape(shape).ints(d, s, step), this);
        return out;
    }

    private static int clampIndex(int i, int n) {
        if (i < 0) i += n;
        return Math.max(0, Math.min(n, i));
    }

    /** Index {@code index} of dimension {@code dim}, which disappears; a view ({@code select}, {@code x[i]}). */
    public Tensor select(int dim, int index) {
        requireDims("select", 1);
        int d = Shapes.dim("select", dim, shape.length);
        int i = index < 0 ? index + shape[d] : index;
        if (i < 0 || i >= shape[d]) {
            throw new IllegalArgumentException("select: index " + index + " is out of range for dimension " + d
                    + " of size " + shape[d] + " (shape " + Shapes.str(shape) + ")");
        }
        int[] ns = new int[shape.length - 1], nst = new int[shape.length - 1];
        for (int k = 0, j = 0; k < shape.length; k++) if (k != d) { ns[j] = shape[k]; nst[j++] = strides[k]; }
        Tensor out = viewOf(ns, nst, offset + i * strides[d]);
        if (recording(this)) record(out, Derivatives.SELECT, new Saved().shape(shape).ints(d, i), this);
        return out;
    }

    /** {@code select(0, index)}: Python's {@code x[index]}. */
    public Tensor get(int index) {
        return select(0, index);
    }

    /** The slices along {@code dim}, as {@code unbind}. */
    public List<Tensor> unbind(int dim) {
        int d = Shapes.dim("unbind", dim, shape.length);
        List<Tensor> out = new ArrayList<>(shape[d]);
        for (int i = 0; i < shape[d]; i++) out.add(select(d, i));
        return out;
    }

    private void requireDims(String op, int min) {
        if (shape.length < min) {
            throw new IllegalArgumentException(op + ": expects a tensor of at least " + min + " dimension"
                    + (min == 1 ? "" : "s") + ", got a 0-d tensor");
        }
    }

    // =========================================================================================
    // elementwise operations: the primitive table, broadcasting, type promotion
    // =========================================================================================

    /** The dtype of {@code a op b} under PyTorch's rules (tensors with dimensions, then 0-d tensors, then numbers). */
    static DType resultType(Tensor a, Tensor b) {
        if (a.wrappedNumber && b.wrappedNumber) return DType.promote(a.dtype, b.dtype); // two numbers: Python arithmetic
        DType dim = null, zero = null, wrapped = null;
        for (Tensor t : new Tensor[] {a, b}) {
            if (t.wrappedNumber) wrapped = promote(wrapped, t.dtype == DType.FLOAT64 ? DType.FLOAT32 : t.dtype);
            else if (t.shape.length == 0) zero = promote(zero, t.dtype);
            else dim = promote(dim, t.dtype);
        }
        return combine(dim, combine(zero, wrapped));
    }

    private static DType promote(DType a, DType b) {
        return a == null ? b : b == null ? a : DType.promote(a, b);
    }

    private static DType combine(DType higher, DType lower) {
        if (higher != null && higher.isFloatingPoint()) return higher;
        if (higher == DType.BOOL || (lower != null && lower.isFloatingPoint())) return promote(higher, lower);
        return higher != null ? higher : lower;
    }

    /** {@code p(this)} elementwise; integer inputs give float32 except for the sign-like primitives. */
    Tensor unary(UnaryPrimitive p) {
        if (p == Primitives.NEG && dtype == DType.BOOL) {
            throw new IllegalArgumentException("neg: negation of a bool tensor (shape " + Shapes.str(shape)
                    + ") is not supported; to invert a mask use logicalNot()");
        }
        DType out = dtype.isFloatingPoint() ? dtype
                : (p == Primitives.NEG || p == Primitives.ABS || p == Primitives.SIGN) ? (dtype == DType.BOOL ? DType.INT64 : dtype)
                : DType.FLOAT32;
        Tensor r;
        if (out == DType.INT64) {
            long[] v = toLongArray();
            for (int i = 0; i < v.length; i++) v[i] = (long) p.value().applyAsDouble(v[i]);
            r = ofLongs(v, shape);
        } else if (dtype == DType.FLOAT32 && isContiguous()) {
            r = of(new Storage.Float32(Kernels.unary(p, Kernels.readFloat(this))), shape);
        } else {
            r = ofDoubles(Kernels.unary(p, Kernels.read(this, shape, out)), shape, out);
        }
        if (recording(this)) record(r, Derivatives.elementwise(p), new Saved(this, r), this);
        return r;
    }

    /** {@code p(this, other)} elementwise with broadcasting and type promotion. */
    Tensor binary(BinaryPrimitive p, Tensor other) {
        return binary(p, other, Derivatives.elementwise(p, other));
    }

    Tensor binary(BinaryPrimitive p, Tensor other, Derivative d) {
        String op = p == Primitives.MAX ? "maximum" : p == Primitives.MIN ? "minimum" : p.name();
        requireTensor(op, other);
        DType compute = resultType(this, other);
        if (p == Primitives.SUB && compute == DType.BOOL) {
            throw new IllegalArgumentException("sub: subtraction of two bool tensors (shapes " + Shapes.str(shape) + " and "
                    + Shapes.str(other.shape) + ") is not supported; for a logical xor use ne(other)");
        }
        if (p == Primitives.POW && compute == DType.INT64 && other.wrappedNumber) requireNonNegativeExponents(other);
        if (p == Primitives.DIV && !compute.isFloatingPoint()) compute = DType.FLOAT32;
        if (!compute.isFloatingPoint() && p != Primitives.ADD && p != Primitives.SUB && p != Primitives.MUL
                && p != Primitives.MIN && p != Primitives.MAX && p != Primitives.POW) compute = DType.FLOAT32;
        int[] outShape = Shapes.broadcast(op, shape, other.shape);
        int n = Shapes.numel(op, outShape);
        Tensor r = Arrays.equals(outShape, shape) ? Kernels.arithmetic(p, this, other, compute) : null;
        if (r == null) {
            if (compute == DType.INT64 && (p == Primitives.ADD || p == Primitives.SUB || p == Primitives.MUL)) {
                r = ofLongs(Kernels.binaryLong(p, Kernels.readLong(this, outShape), Kernels.readLong(other, outShape), n), outShape);
            } else {
                double[] x = Kernels.read(this, outShape, compute), y = Kernels.read(other, outShape, compute);
                r = ofDoubles(Kernels.binary(p, x, y, n), outShape, compute);
            }
        }
        if (recording(this, other)) record(r, d, savedFor(p, this, other, r), this, other);
        return r;
    }

    /**
     * PyTorch's rule for an int tensor to a Java (Python) integer power: {@code 2 ** -1} has no integer value, so a
     * negative exponent is refused (with an int64 tensor as exponent PyTorch computes it, truncating to 0, and so do we).
     */
    private static void requireNonNegativeExponents(Tensor exponent) {
        long[] e = exponent.toLongArray();
        for (int i = 0; i < e.length; i++) {
            if (e[i] < 0) {
                throw new IllegalArgumentException("pow: integers to negative integer powers are not allowed: exponent " + e[i]
                        + " at flat position " + i + " of shape " + Shapes.str(exponent.shape) + " (int64); convert the base"
                        + " with to(DType.FLOAT32) first");
            }
        }
    }

    /**
     * What a binary primitive's backward reads: nothing for {@code ±}; for {@code ×} each operand only if the other
     * needs a gradient; for {@code ÷} the divisor, and the result only if the divisor needs a gradient; else all three.
     * Saving less means fewer false alarms from the version check after an in-place write.
     */
    private static Saved savedFor(BinaryPrimitive p, Tensor x, Tensor y, Tensor r) {
        boolean needX = x.requiresGrad, needY = y.requiresGrad;
        Saved s;
        if (p == Primitives.ADD || p == Primitives.SUB) s = new Saved();
        else if (p == Primitives.MUL) s = new Saved(needY ? x : null, needX ? y : null, null);
        else if (p == Primitives.DIV) s = new Saved(null, y, needY ? r : null);
        else s = new Saved(x, y, r);
        return s.ints(needX ? 1 : 0, needY ? 1 : 0);
    }

    private Tensor reversed(BinaryPrimitive p, Tensor other, Derivative d) {
        return other.binary(p, this, d);
    }

    /** {@code this + other}. */
    public Tensor add(Tensor other) { return binary(Primitives.ADD, other); }
    /** {@code this + c}. */
    public Tensor add(double c) { return binary(Primitives.ADD, wrap(c)); }
    /** {@code this + c} with an integer {@code c} (an int tensor stays int). */
    public Tensor add(long c) { return binary(Primitives.ADD, wrap(c)); }
    /** {@code this + alpha · other}, as {@code torch.add(x, y, alpha=α)}. */
    public Tensor add(Tensor other, double alpha) { return add(requireTensor("add", other).mul(alpha)); }
    /** {@code this - other}. */
    public Tensor sub(Tensor other) { return binary(Primitives.SUB, other); }
    /** {@code this - c}. */
    public Tensor sub(double c) { return binary(Primitives.SUB, wrap(c)); }
    /** {@code this - c}. */
    public Tensor sub(long c) { return binary(Primitives.SUB, wrap(c)); }
    /** {@code c - this}, PyTorch's {@code rsub} ({@code RsubBackward1}). */
    public Tensor rsub(double c) { return reversed(Primitives.SUB, wrap(c), Derivatives.RSUB); }
    /** {@code this · other}. */
    public Tensor mul(Tensor other) { return binary(Primitives.MUL, other); }
    /** {@code this · c}. */
    public Tensor mul(double c) { return binary(Primitives.MUL, wrap(c)); }
    /** {@code this · c} with an integer {@code c}. */
    public Tensor mul(long c) { return binary(Primitives.MUL, wrap(c)); }
    /** {@code this / other}; integer operands give float32 (true division). */
    public Tensor div(Tensor other) { return binary(Primitives.DIV, other); }
    /** {@code this / c}. */
    public Tensor div(double c) { return binary(Primitives.DIV, wrap(c)); }
    /** {@code c / this}. */
    public Tensor rdiv(double c) { return reversed(Primitives.DIV, wrap(c), Derivatives.elementwise(Primitives.DIV, this)); }
    /** {@code this ^ other} ({@code PowBackward1}). */
    public Tensor pow(Tensor other) { return binary(Primitives.POW, other); }
    /** {@code this ^ c} ({@code PowBackward0}); {@code c = 2} squares. */
    public Tensor pow(double c) { return binary(Primitives.POW, wrap(c)); }
    /** {@code this ^ c} with an integer exponent (an int tensor stays int). */
    public Tensor pow(long c) { return binary(Primitives.POW, wrap(c)); }
    /** {@code c ^ this}. */
    public Tensor rpow(double c) { return reversed(Primitives.POW, wrap(c), Derivatives.elementwise(Primitives.POW, this)); }
    /** {@code atan2(this, other)}. */
    public Tensor atan2(Tensor other) { return binary(Primitives.ATAN2, other); }
    /** Elementwise maximum ({@code torch.maximum}); a tie gives each operand half the gradient. */
    public Tensor maximum(Tensor other) { return binary(Primitives.MAX, other); }
    /** Elementwise minimum ({@code torch.minimum}). */
    public Tensor minimum(Tensor other) { return binary(Primitives.MIN, other); }
    /** {@code √(this² + other²)}. */
    public Tensor hypot(Tensor other) { return binary(Primitives.HYPOT, other); }

    /** {@code -this}. */
    public Tensor neg() { return unary(Primitives.NEG); }
    /** {@code √this}. */
    public Tensor sqrt() { return unary(Primitives.SQRT); }
    /** {@code ∛this}. */
    public Tensor cbrt() { return unary(Primitives.CBRT); }
    /** {@code e^this}. */
    public Tensor exp() { return unary(Primitives.EXP); }
    /** {@code e^this - 1}. */
    public Tensor expm1() { return unary(Primitives.EXPM1); }
    /** Natural logarithm. */
    public Tensor log() { return unary(Primitives.LOG); }
    /** {@code log(1 + this)}. */
    public Tensor log1p() { return unary(Primitives.LOG1P); }
    /** Base-10 logarithm. */
    public Tensor log10() { return unary(Primitives.LOG10); }
    /** Sine. */
    public Tensor sin() { return unary(Primitives.SIN); }
    /** Cosine. */
    public Tensor cos() { return unary(Primitives.COS); }
    /** Tangent. */
    public Tensor tan() { return unary(Primitives.TAN); }
    /** Arc sine. */
    public Tensor asin() { return unary(Primitives.ASIN); }
    /** Arc cosine. */
    public Tensor acos() { return unary(Primitives.ACOS); }
    /** Arc tangent. */
    public Tensor atan() { return unary(Primitives.ATAN); }
    /** Hyperbolic sine. */
    public Tensor sinh() { return unary(Primitives.SINH); }
    /** Hyperbolic cosine. */
    public Tensor cosh() { return unary(Primitives.COSH); }
    /** Hyperbolic tangent. */
    public Tensor tanh() { return unary(Primitives.TANH); }
    /** Inverse hyperbolic sine. */
    public Tensor asinh() { return unary(Primitives.ASINH); }
    /** Inverse hyperbolic cosine. */
    public Tensor acosh() { return unary(Primitives.ACOSH); }
    /** Inverse hyperbolic tangent. */
    public Tensor atanh() { return unary(Primitives.ATANH); }
    /** {@code |this|}; gradient 0 at 0. */
    public Tensor abs() { return unary(Primitives.ABS); }
    /** {@code sign(this)}; gradient 0. */
    public Tensor sign() { return unary(Primitives.SIGN); }
    /** Heaviside step with {@code H(0) = 1/2}; gradient 0. */
    public Tensor heaviside() { return unary(Primitives.HEAVISIDE); }
    /** {@code this²}. */
    public Tensor square() { return pow(2.0); }
    /** {@code 1 / √this}. */
    public Tensor rsqrt() { return sqrt().reciprocal(); }
    /** {@code 1 / this}. */
    public Tensor reciprocal() { return rdiv(1.0); }
    /** {@code log(1 + e^this)}, {@code softplus}. */
    public Tensor softplus() { return Activations.softplus(this, 1, 20); }
    /** {@code log(1 + e^(β·this)) / β}, linear above {@code threshold / β}. */
    public Tensor softplus(double beta, double threshold) { return Activations.softplus(this, beta, threshold); }
    /** {@code max(this, 0)} ({@code ReluBackward0}). */
    public Tensor relu() { return Activations.relu(this); }
    /** {@code 1 / (1 + e^-this)} ({@code SigmoidBackward0}). */
    public Tensor sigmoid() { return Activations.sigmoid(this); }
    /** {@code min(max(this, min), max)}; gradient 1 inside {@code [min, max]}, 0 outside. */
    public Tensor clamp(double min, double max) { return Activations.clamp(this, min, max); }
    /** {@code max(this, min)}. */
    public Tensor clampMin(double min) { return Activations.clamp(this, min, Double.NaN); }
    /** {@code min(this, max)}. */
    public Tensor clampMax(double max) { return Activations.clamp(this, Double.NaN, max); }

    /** {@code cond ? x : y} elementwise with broadcasting ({@code torch.where}). */
    public static Tensor where(Tensor cond, Tensor x, Tensor y) { return Activations.where(cond, x, y); }

    /** {@code cond ? x : y} with a number for {@code y}. */
    public static Tensor where(Tensor cond, Tensor x, double y) { return Activations.where(cond, x, wrap(y)); }

    /** {@code this == other}, a bool tensor. */
    public Tensor eq(Tensor other) { return Comparisons.compare(Comparisons.Op.EQ, this, other); }
    /** {@code this == c}. */
    public Tensor eq(double c) { return Comparisons.compare(Comparisons.Op.EQ, this, wrap(c)); }
    /** {@code this != other}. */
    public Tensor ne(Tensor other) { return Comparisons.compare(Comparisons.Op.NE, this, other); }
    /** {@code this != c}. */
    public Tensor ne(double c) { return Comparisons.compare(Comparisons.Op.NE, this, wrap(c)); }
    /** {@code this < other}. */
    public Tensor lt(Tensor other) { return Comparisons.compare(Comparisons.Op.LT, this, other); }
    /** {@code this < c}. */
    public Tensor lt(double c) { return Comparisons.compare(Comparisons.Op.LT, this, wrap(c)); }
    /** {@code this ≤ other}. */
    public Tensor le(Tensor other) { return Comparisons.compare(Comparisons.Op.LE, this, other); }
    /** {@code this ≤ c}. */
    public Tensor le(double c) { return Comparisons.compare(Comparisons.Op.LE, this, wrap(c)); }
    /** {@code this > other}. */
    public Tensor gt(Tensor other) { return Comparisons.compare(Comparisons.Op.GT, this, other); }
    /** {@code this > c}. */
    public Tensor gt(double c) { return Comparisons.compare(Comparisons.Op.GT, this, wrap(c)); }
    /** {@code this ≥ other}. */
    public Tensor ge(Tensor other) { return Comparisons.compare(Comparisons.Op.GE, this, other); }
    /** {@code this ≥ c}. */
    public Tensor ge(double c) { return Comparisons.compare(Comparisons.Op.GE, this, wrap(c)); }
    /** Whether each element is NaN. */
    public Tensor isnan() { return Comparisons.compare(Comparisons.Op.NE, this, this); }
    /** Logical not of a bool tensor (non-zero is true for others). */
    public Tensor logicalNot() { return Comparisons.compare(Comparisons.Op.EQ, this, wrap(0L)); }
    /** Logical and. */
    public Tensor logicalAnd(Tensor other) { return Comparisons.compare(Comparisons.Op.AND, this, other); }
    /** Logical or. */
    public Tensor logicalOr(Tensor other) { return Comparisons.compare(Comparisons.Op.OR, this, other); }

    // =========================================================================================
    // reductions
    // =========================================================================================

    /** The sum of all elements, 0-d ({@code SumBackward0}). Integer and bool tensors sum to int64. */
    public Tensor sum() { return Reductions.sum(this, null, false); }
    /** The sum over {@code dims} ({@code SumBackward1}). */
    public Tensor sum(int[] dims, boolean keepdim) { return Reductions.sum(this, dims, keepdim); }
    /** The sum over one dimension. */
    public Tensor sum(int dim) { return Reductions.sum(this, new int[] {dim}, false); }
    /** The mean of all elements. */
    public Tensor mean() { return Reductions.mean(this, null, false); }
    /** The mean over {@code dims}. */
    public Tensor mean(int[] dims, boolean keepdim) { return Reductions.mean(this, dims, keepdim); }
    /** The mean over one dimension. */
    public Tensor mean(int dim) { return Reductions.mean(this, new int[] {dim}, false); }
    /** The product of all elements. */
    public Tensor prod() { return Reductions.prod(this, null, false); }
    /** The product over one dimension. */
    public Tensor prod(int dim, boolean keepdim) { return Reductions.prod(this, new int[] {dim}, keepdim); }
    /** The largest element; ties share the gradient evenly ({@code amax}). */
    public Tensor amax() { return Reductions.extreme(this, null, false, true); }
    /** The largest element over {@code dims}. */
    public Tensor amax(int[] dims, boolean keepdim) { return Reductions.extreme(this, dims, keepdim, true); }
    /** The smallest element. */
    public Tensor amin() { return Reductions.extreme(this, null, false, false); }
    /** The smallest element over {@code dims}. */
    public Tensor amin(int[] dims, boolean keepdim) { return Reductions.extreme(this, dims, keepdim, false); }
    /** The largest element ({@code max()}, as {@link #amax()}). */
    public Tensor max() { return amax(); }
    /** The smallest element. */
    public Tensor min() { return amin(); }
    /** The largest values over {@code dim} and their first indices ({@code max(dim)}). */
    public ValuesIndices max(int dim, boolean keepdim) { return Reductions.extremeWithIndices(this, dim, keepdim, true); }
    /** The smallest values over {@code dim} and their first indices. */
    public ValuesIndices min(int dim, boolean keepdim) { return Reductions.extremeWithIndices(this, dim, keepdim, false); }
    /** The index of the largest element over {@code dim}. */
    public Tensor argmax(int dim, boolean keepdim) { return max(dim, keepdim).indices(); }
    /** The index of the smallest element over {@code dim}. */
    public Tensor argmin(int dim, boolean keepdim) { return min(dim, keepdim).indices(); }
    /** {@code log Σ exp} over {@code dims}, computed stably. */
    public Tensor logsumexp(int[] dims, boolean keepdim) { return Reductions.logsumexp(this, dims, keepdim); }
    /** {@code log Σ exp} over one dimension. */
    public Tensor logsumexp(int dim) { return logsumexp(new int[] {dim}, false); }
    /** {@code e^x / Σ e^x} over {@code dim}. */
    public Tensor softmax(int dim) { return Reductions.softmax(this, dim, false); }
    /** {@code x - log Σ e^x} over {@code dim}. */
    public Tensor logSoftmax(int dim) { return Reductions.softmax(this, dim, true); }
    /** The variance with Bessel's correction ({@code correction = 1}). */
    public Tensor var() { return Reductions.var(this, null, 1, false); }
    /** The variance over {@code dims} with {@code Σ(x - x̄)² / (N - correction)}. */
    public Tensor var(int[] dims, int correction, boolean keepdim) { return Reductions.var(this, dims, correction, keepdim); }
    /** The standard deviation with Bessel's correction. */
    public Tensor std() { return var().sqrt(); }
    /** The standard deviation over {@code dims}. */
    public Tensor std(int[] dims, int correction, boolean keepdim) { return var(dims, correction, keepdim).sqrt(); }
    /** The Euclidean norm of all elements. */
    public Tensor norm() { return Reductions.norm(this, 2, null, false); }
    /** The {@code p}-norm {@code (Σ|x|^p)^(1/p)} over {@code dims} (all when null); {@code p = ∞} is the max. */
    public Tensor norm(double p, int[] dims, boolean keepdim) { return Reductions.norm(this, p, dims, keepdim); }

    /** Sums dimensions so that the result has {@code target}'s shape, undoing a broadcast ({@code sum_to_size}). */
    public Tensor sumToSize(int... target) { return Reductions.sumToSize(this, target); }

    // =========================================================================================
    // linear algebra
    // =========================================================================================

    /** {@code torch.matmul}: dot, matrix-vector, matrix-matrix, and batched with broadcast batch dimensions. */
    public Tensor matmul(Tensor other) { return LinearAlgebra.matmul(this, other); }
    /** The product of two matrices ({@code MmBackward0}). */
    public Tensor mm(Tensor other) { return LinearAlgebra.mm(this, other); }
    /** The products of two batches of matrices ({@code BmmBackward0}). */
    public Tensor bmm(Tensor other) { return LinearAlgebra.bmm(this, other); }
    /** The outer product of two vectors. */
    public Tensor outer(Tensor other) { return LinearAlgebra.outer(this, other); }
    /** The dot product of two vectors. */
    public Tensor dot(Tensor other) { return LinearAlgebra.dot(this, other); }

    // =========================================================================================
    // joining, splitting, indexing
    // =========================================================================================

    /** Tensors joined along {@code dim} ({@code torch.cat}). */
    public static Tensor cat(List<Tensor> tensors, int dim) { return Joining.cat(tensors, dim); }
    /** Tensors stacked along a new dimension {@code dim} ({@code torch.stack}). */
    public static Tensor stack(List<Tensor> tensors, int dim) { return Joining.stack(tensors, dim); }
    /** Pieces of {@code size} along {@code dim} (the last may be smaller), views. */
    public List<Tensor> split(int size, int dim) { return Joining.split(this, size, dim); }
    /** Pieces of the given sizes along {@code dim}, which must add up to its size; views. */
    public List<Tensor> split(int[] sizes, int dim) { return Joining.split(this, sizes, dim); }
    /** {@code chunks} pieces of (nearly) equal size along {@code dim}, views. */
    public List<Tensor> chunk(int chunks, int dim) { return Joining.chunk(this, chunks, dim); }

    /** The entries of {@code index} (int64, 1-d) along {@code dim} ({@code index_select}). */
    public Tensor indexSelect(int dim, Tensor index) { return Indexing.indexSelect(this, dim, index); }
    /** {@code out[i][j] = this[index[i][j]][j]} for {@code dim = 0}, and so on ({@code gather}). */
    public Tensor gather(int dim, Tensor index) { return Indexing.gather(this, dim, index); }
    /** A copy of this tensor with {@code src} added at {@code index} along {@code dim} ({@code scatter_add}). */
    public Tensor scatterAdd(int dim, Tensor index, Tensor src) { return Indexing.scatterAdd(this, dim, index, src); }
    /** {@code value} where {@code mask} (bool, broadcast) is true ({@code masked_fill}). */
    public Tensor maskedFill(Tensor mask, double value) { return Indexing.maskedFill(this, mask, value); }
    /** The elements where {@code mask} is true, 1-d: Python's {@code x[mask]}. */
    public Tensor maskedSelect(Tensor mask) { return Indexing.maskedSelect(this, mask); }

    // =========================================================================================
    // in-place operations
    // =========================================================================================

    /** {@code this += other} in place. */
    public Tensor add_(Tensor other) { return InPlace.apply(this, "add_", other, t -> t.add(other)); }
    /** {@code this += c} in place. */
    public Tensor add_(double c) { return InPlace.apply(this, "add_", null, t -> t.add(c)); }
    /** {@code this += alpha · other} in place. */
    public Tensor add_(Tensor other, double alpha) { return InPlace.axpy(this, "add_", other, alpha); }
    /** {@code this -= other} in place. */
    public Tensor sub_(Tensor other) { return InPlace.apply(this, "sub_", other, t -> t.sub(other)); }
    /** {@code this -= c} in place. */
    public Tensor sub_(double c) { return InPlace.apply(this, "sub_", null, t -> t.sub(c)); }
    /** {@code this *= other} in place. */
    public Tensor mul_(Tensor other) { return InPlace.apply(this, "mul_", other, t -> t.mul(other)); }
    /** {@code this *= c} in place. */
    public Tensor mul_(double c) { return InPlace.apply(this, "mul_", null, t -> t.mul(c)); }
    /** {@code this /= other} in place. */
    public Tensor div_(Tensor other) { return InPlace.apply(this, "div_", other, t -> t.div(other)); }
    /** {@code this /= c} in place. */
    public Tensor div_(double c) { return InPlace.apply(this, "div_", null, t -> t.div(c)); }
    /** {@code this = this ^ c} in place. */
    public Tensor pow_(double c) { return InPlace.apply(this, "pow_", null, t -> t.pow(c)); }
    /** {@code this = e^this} in place. */
    public Tensor exp_() { return InPlace.apply(this, "exp_", null, Tensor::exp); }
    /** {@code this = -this} in place. */
    public Tensor neg_() { return InPlace.apply(this, "neg_", null, Tensor::neg); }
    /** {@code this = √this} in place. */
    public Tensor sqrt_() { return InPlace.apply(this, "sqrt_", null, Tensor::sqrt); }
    /** {@code this = max(this, 0)} in place. */
    public Tensor relu_() { return InPlace.apply(this, "relu_", null, Tensor::relu); }
    /** Clamps in place. */
    public Tensor clamp_(double min, double max) { return InPlace.apply(this, "clamp_", null, t -> t.clamp(min, max)); }
    /** {@code value} where {@code mask} is true, in place. */
    public Tensor maskedFill_(Tensor mask, double value) { return InPlace.apply(this, "masked_fill_", null, t -> t.maskedFill(mask, value)); }
    /** Copies {@code src} (broadcast, converted to this dtype) into this tensor. */
    public Tensor copy_(Tensor src) { return InPlace.copy(this, src); }
    /** Sets every element to 0. */
    public Tensor zero_() { return InPlace.fill(this, "zero_", 0); }
    /** Sets every element to {@code value}. */
    public Tensor fill_(double value) { return InPlace.fill(this, "fill_", value); }

    /** Writes {@code value} everywhere without version bump or autograd (creation only). */
    void fillRaw(double value) {
        if (isContiguous() && offset == 0 && storage.length() == numel) {
            switch (dtype) {
                case FLOAT64 -> Arrays.fill(((Storage.Float64) storage).data, value);
                case FLOAT32 -> Arrays.fill(((Storage.Float32) storage).data, (float) value);
                case INT64 -> Arrays.fill(((Storage.Int64) storage).data, (long) value);
                case BOOL -> Arrays.fill(((Storage.Bool) storage).data, value != 0);
            }
            return;
        }
        for (int o : Shapes.offsets(shape, strides, offset)) storage.set(o, value);
    }

    /** Writes {@code values} (row-major, this tensor's shape) into this tensor's elements, without autograd. */
    void writeRaw(Tensor values) {
        int[] dst = Shapes.offsets(shape, strides, offset);
        if (dtype == DType.INT64 && !values.dtype.isFloatingPoint()) {
            long[] v = Kernels.readLong(values, shape);
            for (int i = 0; i < dst.length; i++) storage.setLong(dst[i], v.length == 1 ? v[0] : v[i]);
            return;
        }
        double[] v = Kernels.read(values, shape, dtype);
        if (v.length == 1 && dst.length != 1) {
            for (int o : dst) storage.set(o, v[0]);
            return;
        }
        switch (dtype) {
            case FLOAT64 -> { double[] d = ((Storage.Float64) storage).data; for (int i = 0; i < dst.length; i++) d[dst[i]] = v[i]; }
            case FLOAT32 -> { float[] d = ((Storage.Float32) storage).data; for (int i = 0; i < dst.length; i++) d[dst[i]] = (float) v[i]; }
            default -> { for (int i = 0; i < dst.length; i++) storage.set(dst[i], v[i]); }
        }
    }

    // =========================================================================================
    // printing
    // =========================================================================================

    /** As PyTorch prints the tensor: {@code tensor([1., 2.], requires_grad=True)}. */
    @Override public String toString() {
        return dev.nabla.tensor.print.TensorFormatter.reprOf(this);
    }

    // =========================================================================================
    // argument checks
    // =========================================================================================

    static Tensor requireTensor(String op, Tensor t) {
        if (t == null) throw new IllegalArgumentException(op + ": the tensor argument is null");
        return t;
    }

    static DType requireDtype(String op, DType d) {
        if (d == null) throw new IllegalArgumentException(op + ": the dtype is null");
        return d;
    }

    private static <A> A requireArray(String op, A a) {
        if (a == null) throw new IllegalArgumentException(op + ": the array is null");
        return a;
    }

    private static int[] requireShape(String op, int[] shape) {
        if (shape == null) throw new IllegalArgumentException(op + ": the shape is null");
        for (int s : shape) if (s < 0) throw new IllegalArgumentException(op + ": negative size " + s + " in " + Shapes.str(shape));
        return shape.clone();
    }

    private static int[] requireShapeArg(String op, int[] shape) {
        if (shape == null) throw new IllegalArgumentException(op + ": the shape is null");
        return shape;
    }

    private static int[] sharedShape(String op, int length, int[] shape) {
        if (shape == null || shape.length == 0) return new int[] {length};
        int[] s = Shapes.infer(op, shape, length, new int[] {length});
        return s;
    }

    private static double[] flatten(String op, double[][] rows) {
        requireArray(op, rows);
        int cols = rows.length == 0 ? 0 : requireArray(op, rows[0]).length;
        double[] flat = new double[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != cols) throw ragged(op, "rows[" + i + "]", cols);
            System.arraycopy(rows[i], 0, flat, i * cols, cols);
        }
        return flat;
    }

    private static IllegalArgumentException ragged(String op, String where, int expected) {
        return new IllegalArgumentException(op + ": " + where + " is null or its length differs from the first ("
                + expected + "); nested arrays must be rectangular");
    }
}
