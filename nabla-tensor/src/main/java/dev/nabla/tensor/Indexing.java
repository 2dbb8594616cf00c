package dev.nabla.tensor;

import java.util.Arrays;

/** index_select, gather, scatter_add, masked_fill, masked_select, and the embeddings that undo slicing. */
final class Indexing {
    private Indexing() {}

    private static long[] indices(String op, Tensor index) {
        Tensor.requireTensor(op, index);
        if (index.dtype != DType.INT64) {
            throw new IllegalArgumentException(op + ": the index must be an int64 tensor, got " + index.dtype);
        }
        return index.toLongArray();
    }

    /** An index of {@code gather}, {@code scatter_add} or {@code index_select}: as in PyTorch, negative ones are refused, not wrapped. */
    private static int checkIndex(String op, long i, int size, int dim) {
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException(op + ": index " + i + " is out of bounds for dimension " + dim + " with size "
                    + size + (i < 0 ? " (negative indices are not wrapped here, as in PyTorch)" : ""));
        }
        return (int) i;
    }

    static Tensor indexSelect(Tensor x, int dim, Tensor index) {
        long[] idx = indices("index_select", index);
        if (index.dim() > 1) throw new IllegalArgumentException("index_select: the index must be 0-d or 1-d, got shape "
                + Shapes.str(index.shape));
        if (x.dim() == 0) throw new IllegalArgumentException("index_select: cannot index a 0-d tensor");
        int d = Shapes.dim("index_select", dim, x.dim());
        int[] pos = new int[idx.length];
        for (int i = 0; i < idx.length; i++) pos[i] = checkIndex("index_select", idx[i], x.shape[d], d);
        int[] shape = x.shape.clone();
        shape[d] = idx.length;
        Tensor out = Tensor.zeros(shape, x.dtype);
        try (GradMode.Scope s = GradMode.noGrad()) {
            for (int i = 0; i < pos.length; i++) out.select(d, i).writeRaw(x.select(d, pos[i]));
        }
        if (Tensor.recording(x)) {
            Tensor.record(out, Derivatives.INDEX_SELECT, new Saved(index.dim() == 0 ? index.reshape(1) : index)
                    .shape(x.shape).ints(d), x);
        }
        return out;
    }

    /** The gradient of index_select: {@code g} added into zeros of {@code shape} at {@code index} along {@code d}. */
    static Tensor indexSelectBackward(Tensor g, int[] shape, int d, Tensor index) {
        int[] view = new int[g.dim()];
        Arrays.fill(view, 1);
        view[d] = index.numel();
        Tensor idx = index.reshape(view).expand(g.shape);
        return Tensor.zeros(shape, g.dtype).scatterAdd(d, idx, g);
    }

    static Tensor gather(Tensor x, int dim, Tensor index) {
        long[] idx = indices("gather", index);
        int d = Shapes.dim("gather", dim, x.dim());
        checkSameRank("gather", x, index, d, null);
        int n = idx.length;
        double[] out = new double[n];
        int[] cs = Shapes.contiguousStrides(index.shape);
        int rank = index.dim();
        for (int f = 0; f < n; f++) {
            int off = x.offset, rest = f;
            for (int k = 0; k < rank; k++) {
                int c = rest / cs[k];
                rest -= c * cs[k];
                int coord = k == d ? checkIndex("gather", idx[f], x.shape[d], d) : c;
                off += coord * x.strides[k];
            }
            out[f] = x.storage.get(off);
        }
        Tensor t = x.dtype == DType.INT64 ? Tensor.ofLongs(toLongs(out), index.shape.clone())
                : Tensor.ofDoubles(out, index.shape.clone(), x.dtype);
        if (Tensor.recording(x)) Tensor.record(t, Derivatives.GATHER, new Saved(index).shape(x.shape).ints(d), x);
        return t;
    }

    static Tensor scatterAdd(Tensor self, int dim, Tensor index, Tensor src) {
        long[] idx = indices("scatter_add", index);
        Tensor.requireTensor("scatter_add", src);
        int d = Shapes.dim("scatter_add", dim, self.dim());
        checkSameRank("scatter_add", self, index, d, src);
        double[] out = Kernels.read(self).clone();
        double[] sv = Kernels.read(src.dtype == self.dtype ? src : src.to(self.dtype));
        int[] cs = Shapes.contiguousStrides(index.shape), ss = Shapes.contiguousStrides(self.shape), srcStrides = Shapes.contiguousStrides(src.shape);
        int rank = index.dim();
        int[] where = new int[idx.length];
        int[] from = new int[idx.length];
        for (int f = 0; f < idx.length; f++) {
            int off = 0, soff = 0, rest = f;
            for (int k = 0; k < rank; k++) {
                int c = rest / cs[k];
                rest -= c * cs[k];
                int coord = k == d ? checkIndex("scatter_add", idx[f], self.shape[d], d) : c;
                off += coord * ss[k];
                soff += c * srcStrides[k];
            }
            where[f] = off;
            from[f] = soff;
        }
        for (int f = 0; f < idx.length; f++) out[where[f]] += sv[from[f]];
        Tensor t = Tensor.ofDoubles(out, self.shape.clone(), self.dtype);
        if (Tensor.recording(self, src)) Tensor.record(t, Derivatives.SCATTER_ADD, new Saved(index).ints(d), self, src);
        return t;
    }

    private static void checkSameRank(String op, Tensor x, Tensor index, int d, Tensor src) {
        if (index.dim() != x.dim()) {
            throw new IllegalArgumentException(op + ": the index (shape " + Shapes.str(index.shape)
                    + ") must have as many dimensions as the input (shape " + Shapes.str(x.shape) + ")");
        }
        for (int k = 0; k < x.dim(); k++) {
            if (k != d && index.shape[k] > x.shape[k]) {
                throw new IllegalArgumentException(op + ": index shape " + Shapes.str(index.shape) + " exceeds input shape "
                        + Shapes.str(x.shape) + " in dimension " + k);
            }
            if (src != null && (src.dim() != x.dim() || index.shape[k] > src.shape[k])) {
                throw new IllegalArgumentException(op + ": index shape " + Shapes.str(index.shape) + " exceeds source shape "
                        + Shapes.str(src.shape) + " in dimension " + k);
            }
        }
    }

    private static Tensor maskFor(String op, Tensor x, Tensor mask) {
        Tensor.requireTensor(op, mask);
        if (mask.dtype != DType.BOOL) throw new IllegalArgumentException(op + ": the mask must be a bool tensor, got " + mask.dtype);
        int[] b = Shapes.broadcast(op, x.shape, mask.shape);
        if (!Arrays.equals(b, x.shape)) {
            throw new IllegalArgumentException(op + ": mask of shape " + Shapes.str(mask.shape)
                    + " does not broadcast to the input's shape " + Shapes.str(x.shape));
        }
        return mask;
    }

    static Tensor maskedFill(Tensor x, Tensor mask, double value) {
        maskFor("masked_fill", x, mask);
        double[] m = Kernels.read(mask, x.shape, DType.FLOAT64);
        double[] v = Kernels.read(x).clone();
        double fill = x.dtype == DType.FLOAT32 ? (float) value : value;
        for (int i = 0; i < v.length; i++) if ((m.length == 1 ? m[0] : m[i]) != 0) v[i] = fill;
        Tensor t = x.dtype == DType.INT64 ? Tensor.ofLongs(toLongs(v), x.shape.clone()) : Tensor.ofDoubles(v, x.shape.clone(), x.dtype);
        if (Tensor.recording(x)) Tensor.record(t, Derivatives.MASKED_FILL, new Saved(mask), x);
        return t;
    }

    static Tensor maskedSelect(Tensor x, Tensor mask) {
        maskFor("masked_select", x, mask);
        double[] m = Kernels.read(mask, x.shape, DType.FLOAT64);
        double[] v = Kernels.read(x);
        int n = 0;
        for (int i = 0; i < v.length; i++) if ((m.length == 1 ? m[0] : m[i]) != 0) n++;
        double[] out = new double[n];
        for (int i = 0, k = 0; i < v.length; i++) if ((m.length == 1 ? m[0] : m[i]) != 0) out[k++] = v[i];
        Tensor t = x.dtype == DType.INT64 ? Tensor.ofLongs(toLongs(out), new int[] {n}) : Tensor.ofDoubles(out, new int[] {n}, x.dtype);
        if (Tensor.recording(x)) Tensor.record(t, Derivatives.MASKED_SELECT, new Saved(mask).shape(x.shape), x);
        return t;
    }

    /** Zeros of {@code shape} with {@code g}'s elements, in order, where {@code mask} is true. */
    static Tensor maskedScatter(Tensor g, Tensor mask, int[] shape) {
        double[] m = Kernels.read(mask, shape, DType.FLOAT64);
        double[] gv = Kernels.read(g);
        int n = Shapes.numel(shape);
        double[] out = new double[n];
        for (int i = 0, k = 0; i < n; i++) if ((m.length == 1 ? m[0] : m[i]) != 0) out[i] = gv[k++];
        Tensor t = Tensor.ofDoubles(out, shape.clone(), g.dtype);
        if (Tensor.recording(g)) Tensor.record(t, Derivatives.MASKED_SCATTER, new Saved(mask), g);
        return t;
    }

    /** Zeros of {@code shape} with {@code g} written at {@code slice(d, start, ·, step)}. */
    static Tensor sliceScatter(Tensor g, int[] shape, int d, int start, int step) {
        Tensor out = Tensor.zeros(shape, g.dtype);
        int len = g.shape[d];
        try (GradMode.Scope s = GradMode.noGrad()) {
            if (len > 0) out.slice(d, start, start + (len - 1) * step + 1, step).writeRaw(g);
        }
        if (Tensor.recording(g)) Tensor.record(out, Derivatives.SLICE_SCATTER, new Saved().ints(d, start, step, len), g);
        return out;
    }

    /** Zeros of {@code shape} with {@code g} written at {@code select(d, index)}. */
    static Tensor selectScatter(Tensor g, int[] shape, int d, int index) {
        Tensor out = Tensor.zeros(shape, g.dtype);
        try (GradMode.Scope s = GradMode.noGrad()) {
            out.select(d, index).writeRaw(g);
        }
        if (Tensor.recording(g)) Tensor.record(out, Derivatives.SELECT_SCATTER, new Saved().ints(d, index), g);
        return out;
    }

    private static long[] toLongs(double[] v) {
        long[] l = new long[v.length];
        for (int i = 0; i < v.length; i++) l[i] = (long) v[i];
        return l;
    }

    /** Where a view lies in its base's storage: its shape, strides, and offset from the base's first element. */
    record Geometry(int[] shape, int[] strides, int offset) {}

    /** The view of the contiguous tensor {@code t} with geometry {@code geo} ({@code as_strided}). */
    static Tensor asStrided(Tensor t, Geometry geo) {
        Tensor out = t.viewOf(geo.shape(), geo.strides(), t.offset + geo.offset());
        if (Tensor.recording(t)) Tensor.record(out, Derivatives.AS_STRIDED, new Saved().shape(t.shape).extra(geo), t);
        return out;
    }

    /** Zeros of {@code shape} with {@code g} written at geometry {@code geo}. */
    static Tensor asStridedScatter(Tensor g, int[] shape, Geometry geo) {
        Tensor out = Tensor.zeros(shape, g.dtype);
        out.viewOf(geo.shape(), geo.strides(), geo.offset()).writeRaw(g);
        if (Tensor.recording(g)) Tensor.record(out, Derivatives.AS_STRIDED_SCATTER, new Saved().extra(geo), g);
        return out;
    }
}
