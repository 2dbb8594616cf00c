package dev.nabla.tensor;

import java.util.Arrays;

/**
 * Reductions over dimensions (sum, mean, prod, amax/amin, max/min with indices, logsumexp, var, norm) and
 * softmax. Each moves the reduced dimensions last, reads the elements once into a contiguous array and
 * reduces its rows; sums accumulate in double whatever the dtype, then round once to it.
 */
final class Reductions {
    private Reductions() {}

    /** The reduced dimensions (sorted), the output shape, and the elements with reduced dimensions last. */
    private record Plan(int[] dims, int[] outShape, int outer, int inner, double[] values) {}

    private static int[] normalize(String op, Tensor x, int[] dims) {
        int rank = x.shape.length;
        if (dims == null) {
            int[] all = new int[rank];
            for (int i = 0; i < rank; i++) all[i] = i;
            return all;
        }
        boolean[] seen = new boolean[Math.max(rank, 1)];
        for (int d : dims) {
            int k = Shapes.dim(op, d, rank);
            if (seen[k]) throw new IllegalArgumentException(op + ": dimension " + d + " appears twice in " + Arrays.toString(dims));
            seen[k] = true;
        }
        int n = 0;
        for (int i = 0; i < rank; i++) if (seen[i]) n++;
        int[] out = new int[n];
        for (int i = 0, k = 0; i < rank; i++) if (seen[i]) out[k++] = i;
        return out;
    }

    private static Plan plan(String op, Tensor x, int[] dimsArg, boolean keepdim) {
        int[] dims = normalize(op, x, dimsArg);
        int rank = x.shape.length;
        boolean[] red = new boolean[rank];
        for (int d : dims) red[d] = true;
        int[] perm = new int[rank];
        int k = 0, outer = 1, inner = 1;
        for (int d = 0; d < rank; d++) if (!red[d]) { perm[k++] = d; outer *= x.shape[d]; }
        for (int d = 0; d < rank; d++) if (red[d]) { perm[k++] = d; inner *= x.shape[d]; }
        int[] ps = new int[rank], pst = new int[rank];
        for (int i = 0; i < rank; i++) { ps[i] = x.shape[perm[i]]; pst[i] = x.strides[perm[i]]; }
        double[] values = Kernels.read(new Tensor(x.storage, ps, pst, x.offset, null, false));
        int[] outShape;
        if (keepdim) {
            outShape = x.shape.clone();
            for (int d : dims) outShape[d] = 1;
        } else {
            outShape = new int[rank - dims.length];
            for (int d = 0, j = 0; d < rank; d++) if (!red[d]) outShape[j++] = x.shape[d];
        }
        return new Plan(dims, outShape, outer, inner, values);
    }

    private static DType floating(String op, Tensor x) {
        if (!x.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(op + ": expects a floating-point tensor, got " + x.dtype
                    + " (convert it with to(DType.FLOAT32) first)");
        }
        return x.dtype;
    }

    static Tensor sum(Tensor x, int[] dims, boolean keepdim) {
        if (!x.dtype.isFloatingPoint()) return sumLong(x, dims, keepdim);
        Plan p = plan("sum", x, dims, keepdim);
        double[] out = new double[p.outer];
        for (int r = 0; r < p.outer; r++) {
            double s = 0;
            for (int j = 0, o = r * p.inner; j < p.inner; j++) s += p.values[o + j];
            out[r] = s;
        }
        DType dt = x.dtype.isFloatingPoint() ? x.dtype : DType.INT64;
        Tensor t = Tensor.ofDoubles(out, p.outShape, dt);
        if (Tensor.recording(x)) {
            Tensor.record(t, dims == null ? Derivatives.SUM : Derivatives.SUM_DIM,
                    new Saved().shape(x.shape).ints(p.dims).flag(keepdim), x);
        }
        return t;
    }

    /** The sum of an int64 or bool tensor, exactly in long arithmetic (wrapping on overflow, as PyTorch). */
    private static Tensor sumLong(Tensor x, int[] dims, boolean keepdim) {
        int[] d = normalize("sum", x, dims);
        int rank = x.shape.length;
        boolean[] red = new boolean[rank];
        for (int k : d) red[k] = true;
        int[] perm = new int[rank];
        int k = 0, outer = 1, inner = 1;
        for (int i = 0; i < rank; i++) if (!red[i]) { perm[k++] = i; outer *= x.shape[i]; }
        for (int i = 0; i < rank; i++) if (red[i]) { perm[k++] = i; inner *= x.shape[i]; }
        int[] ps = new int[rank], pst = new int[rank];
        for (int i = 0; i < rank; i++) { ps[i] = x.shape[perm[i]]; pst[i] = x.strides[perm[i]]; }
        long[] v = new Tensor(x.storage, ps, pst, x.offset, null, false).toLongArray();
        long[] out = new long[outer];
        for (int r = 0; r < outer; r++) {
            long s = 0;
            for (int j = 0, o = r * inner; j < inner; j++) s += v[o + j];
            out[r] = s;
        }
        int[] outShape;
        if (keepdim) {
            outShape = x.shape.clone();
            for (int i : d) outShape[i] = 1;
        } else {
            outShape = new int[rank - d.length];
            for (int i = 0, j = 0; i < rank; i++) if (!red[i]) outShape[j++] = x.shape[i];
        }
        return Tensor.ofLongs(out, outShape);
    }

    static Tensor mean(Tensor x, int[] dims, boolean keepdim) {
        DType dt = floating("mean", x);
        Plan p = plan("mean", x, dims, keepdim);
        double[] out = new double[p.outer];
        for (int r = 0; r < p.outer; r++) {
            double s = 0;
            for (int j = 0, o = r * p.inner; j < p.inner; j++) s += p.values[o + j];
            out[r] = s / p.inner;
        }
        Tensor t = Tensor.ofDoubles(out, p.outShape, dt);
        if (Tensor.recording(x)) {
            Tensor.record(t, dims == null ? Derivatives.MEAN : Derivatives.MEAN_DIM,
                    new Saved().shape(x.shape).ints(p.dims).flag(keepdim).scalar(p.inner), x);
        }
        return t;
    }

    static Tensor prod(Tensor x, int[] dims, boolean keepdim) {
        Plan p = plan("prod", x, dims, keepdim);
        double[] out = new double[p.outer];
        for (int r = 0; r < p.outer; r++) {
            double s = 1;
            for (int j = 0, o = r * p.inner; j < p.inner; j++) s *= p.values[o + j];
            out[r] = s;
        }
        DType dt = x.dtype.isFloatingPoint() ? x.dtype : DType.INT64;
        Tensor t = Tensor.ofDoubles(out, p.outShape, dt);
        if (Tensor.recording(x)) {
            Tensor.record(t, dims == null ? Derivatives.PROD : Derivatives.PROD_DIM,
                    new Saved(x, t).shape(x.shape).ints(p.dims).flag(keepdim), x);
        }
        return t;
    }

    static Tensor extreme(Tensor x, int[] dims, boolean keepdim, boolean max) {
        String op = max ? "amax" : "amin";
        Plan p = plan(op, x, dims, keepdim);
        if (p.inner == 0) throw new IllegalArgumentException(op + ": cannot reduce over a dimension of size 0 (shape "
                + Shapes.str(x.shape) + ")");
        double[] out = new double[p.outer];
        for (int r = 0; r < p.outer; r++) out[r] = extremeOf(p.values, r * p.inner, p.inner, max);
        Tensor t = x.dtype == DType.INT64 ? Tensor.ofLongs(toLongs(out), p.outShape) : Tensor.ofDoubles(out, p.outShape, x.dtype);
        if (Tensor.recording(x)) {
            Tensor.record(t, max ? Derivatives.AMAX : Derivatives.AMIN,
                    new Saved(x, t).shape(x.shape).ints(p.dims).flag(keepdim), x);
        }
        return t;
    }

    private static double extremeOf(double[] v, int from, int n, boolean max) {
        double m = v[from];
        for (int j = 1; j < n; j++) {
            double a = v[from + j];
            if (Double.isNaN(a)) return a;
            if (max ? a > m : a < m) m = a;
        }
        return m;
    }

    static ValuesIndices extremeWithIndices(Tensor x, int dim, boolean keepdim, boolean max) {
        String op = max ? "max" : "min";
        int d = Shapes.dim(op, dim, x.shape.length);
        Plan p = plan(op, x, new int[] {d}, keepdim);
        if (p.inner == 0) throw new IllegalArgumentException(op + ": cannot reduce over a dimension of size 0 (shape "
                + Shapes.str(x.shape) + ")");
        double[] vals = new double[p.outer];
        long[] idx = new long[p.outer];
        for (int r = 0; r < p.outer; r++) {
            int o = r * p.inner, best = 0;
            double m = p.values[o];
            for (int j = 1; j < p.inner && !Double.isNaN(m); j++) {
                double a = p.values[o + j];
                if (Double.isNaN(a) || (max ? a > m : a < m)) { m = a; best = j; }
            }
            vals[r] = m;
            idx[r] = best;
        }
        Tensor v = x.dtype == DType.INT64 ? Tensor.ofLongs(toLongs(vals), p.outShape) : Tensor.ofDoubles(vals, p.outShape, x.dtype);
        Tensor i = Tensor.ofLongs(idx, p.outShape);
        if (Tensor.recording(x)) {
            Tensor.record(v, max ? Derivatives.MAX_DIM : Derivatives.MIN_DIM,
                    new Saved(i).shape(x.shape).ints(d).flag(keepdim), x);
        }
        return new ValuesIndices(v, i);
    }

    static Tensor logsumexp(Tensor x, int[] dims, boolean keepdim) {
        DType dt = floating("logsumexp", x);
        Plan p = plan("logsumexp", x, dims, keepdim);
        double[] out = new double[p.outer];
        for (int r = 0; r < p.outer; r++) {
            int o = r * p.inner;
            double m = p.inner == 0 ? Double.NEGATIVE_INFINITY : extremeOf(p.values, o, p.inner, true);
            double shift = Double.isInfinite(m) ? 0 : m, s = 0;
            for (int j = 0; j < p.inner; j++) s += Math.exp(p.values[o + j] - shift);
            out[r] = Math.log(s) + shift;
        }
        Tensor t = Tensor.ofDoubles(out, p.outShape, dt);
        if (Tensor.recording(x)) {
            Tensor.record(t, Derivatives.LOGSUMEXP, new Saved(x, t).shape(x.shape).ints(p.dims).flag(keepdim), x);
        }
        return t;
    }

    static Tensor softmax(Tensor x, int dim, boolean log) {
        String op = log ? "log_softmax" : "softmax";
        DType dt = floating(op, x);
        int d = Shapes.dim(op, dim, x.shape.length);
        Plan p = plan(op, x, x.shape.length == 0 ? null : new int[] {d}, true);
        double[] v = p.values.clone();
        for (int r = 0; r < p.outer; r++) {
            int o = r * p.inner;
            double m = p.inner == 0 ? 0 : extremeOf(v, o, p.inner, true);
            if (Double.isInfinite(m)) m = 0;
            double s = 0;
            for (int j = 0; j < p.inner; j++) s += Math.exp(v[o + j] - m);
            double lse = Math.log(s) + m;
            for (int j = 0; j < p.inner; j++) v[o + j] = log ? v[o + j] - lse : Math.exp(v[o + j] - lse);
        }
        // v holds the result with dimension d moved last; move it back.
        int rank = x.shape.length;
        Tensor t;
        if (rank == 0 || d == rank - 1) {
            t = Tensor.ofDoubles(v, x.shape, dt);
        } else {
            int[] moved = new int[rank];
            for (int i = 0, k = 0; i < rank; i++) if (i != d) moved[k++] = x.shape[i];
            moved[rank - 1] = x.shape[d];
            Tensor last = Tensor.ofDoubles(v, moved, dt);
            int[] perm = new int[rank];
            for (int i = 0, k = 0; i < rank; i++) perm[i] = i == d ? rank - 1 : k++;
            Tensor view;
            try (GradMode.Scope s = GradMode.noGrad()) {
                view = last.permute(perm);
            }
            t = Tensor.ofDoubles(Kernels.read(view), x.shape, dt);
        }
        if (Tensor.recording(x)) Tensor.record(t, log ? Derivatives.LOG_SOFTMAX : Derivatives.SOFTMAX, new Saved(t).ints(d), x);
        return t;
    }

    static Tensor var(Tensor x, int[] dims, int correction, boolean keepdim) {
        DType dt = floating("var", x);
        Plan p = plan("var", x, dims, keepdim);
        double[] out = new double[p.outer];
        double denom = Math.max(0, p.inner - correction);
        for (int r = 0; r < p.outer; r++) {
            int o = r * p.inner;
            double mean = 0;
            for (int j = 0; j < p.inner; j++) mean += p.values[o + j];
            mean /= p.inner;
            double s = 0;
            for (int j = 0; j < p.inner; j++) { double c = p.values[o + j] - mean; s += c * c; }
            out[r] = s / denom;
        }
        Tensor t = Tensor.ofDoubles(out, p.outShape, dt);
        if (Tensor.recording(x)) {
            Tensor.record(t, Derivatives.VAR, new Saved(x).shape(x.shape).ints(p.dims).flag(keepdim).scalar(denom), x);
        }
        return t;
    }

    static Tensor norm(Tensor x, double pNorm, int[] dims, boolean keepdim) {
        DType dt = floating("norm", x);
        if (Double.isNaN(pNorm) || pNorm < 0) throw new IllegalArgumentException("norm: p must be ≥ 0, got " + pNorm);
        if (pNorm == Double.POSITIVE_INFINITY) return x.abs().amax(dims, keepdim);
        if (pNorm == 1) return x.abs().sum(dims == null ? null : dims, keepdim);
        Plan p = plan("norm", x, dims, keepdim);
        double[] out = new double[p.outer];
        for (int r = 0; r < p.outer; r++) {
            int o = r * p.inner;
            double s = 0;
            if (pNorm == 2) {
                for (int j = 0; j < p.inner; j++) s += p.values[o + j] * p.values[o + j];
                out[r] = Math.sqrt(s);
            } else if (pNorm == 0) {
                for (int j = 0; j < p.inner; j++) if (p.values[o + j] != 0) s++;
                out[r] = s;
            } else {
                for (int j = 0; j < p.inner; j++) s += Math.pow(Math.abs(p.values[o + j]), pNorm);
                out[r] = Math.pow(s, 1 / pNorm);
            }
        }
        Tensor t = Tensor.ofDoubles(out, p.outShape, dt);
        if (Tensor.recording(x) && pNorm != 0) {
            Tensor.record(t, Derivatives.NORM, new Saved(x, t).shape(x.shape).ints(p.dims).flag(keepdim).scalar(pNorm), x);
        }
        return t;
    }

    // ---- backward helpers (tensor operations, so they differentiate again) --------------------

    /** {@code g} of a reduction over {@code dims} broadcast back to {@code inputShape}. */
    static Tensor unreduce(Tensor g, int[] inputShape, int[] dims, boolean keepdim) {
        Tensor u = g;
        if (!keepdim) for (int d : dims) u = u.unsqueeze(d);
        return u.expand(inputShape);
    }

    static Tensor prodBackward(Saved s, Tensor g) {
        Tensor x = s.t(0), out = s.t(1);
        Tensor gu = unreduce(g, s.shape, s.ints, s.flag);
        if (!x.eq(0.0).any()) return gu.mul(unreduce(out, s.shape, s.ints, s.flag)).div(x);
        // With zeros: the product of the other elements of each row, computed directly (not differentiable again).
        Plan p = plan("prod", x, s.ints, true);
        double[] others = new double[p.values.length];
        for (int r = 0; r < p.outer; r++) {
            int o = r * p.inner;
            for (int j = 0; j < p.inner; j++) {
                double prod = 1;
                for (int k = 0; k < p.inner; k++) if (k != j) prod *= p.values[o + k];
                others[o + j] = prod;
            }
        }
        return gu.mul(unpermute(others, x, p.dims));
    }

    /** The row-major tensor of {@code x}'s shape whose elements were laid out with {@code dims} last. */
    private static Tensor unpermute(double[] v, Tensor x, int[] dims) {
        int rank = x.shape.length;
        boolean[] red = new boolean[rank];
        for (int d : dims) red[d] = true;
        int[] perm = new int[rank];
        int k = 0;
        for (int d = 0; d < rank; d++) if (!red[d]) perm[k++] = d;
        for (int d = 0; d < rank; d++) if (red[d]) perm[k++] = d;
        int[] ps = new int[rank];
        for (int i = 0; i < rank; i++) ps[i] = x.shape[perm[i]];
        int[] inv = new int[rank];
        for (int i = 0; i < rank; i++) inv[perm[i]] = i;
        Tensor t = Tensor.ofDoubles(v, ps, x.dtype);
        try (GradMode.Scope s = GradMode.noGrad()) {
            return Tensor.ofDoubles(Kernels.read(t.permute(inv)), x.shape, x.dtype);
        }
    }

    static Tensor evenBackward(Saved s, Tensor g) {
        Tensor x = s.t(0), out = s.t(1);
        Tensor mask = x.eq(unreduce(out, s.shape, s.ints, s.flag)).to(g.dtype);
        Tensor count = mask.sum(s.ints, true);
        return unreduce(g, s.shape, s.ints, s.flag).mul(mask).div(count);
    }

    static Tensor indexBackward(Saved s, Tensor g) {
        int d = s.ints[0];
        Tensor idx = s.t(0), gk = g;
        if (!s.flag) {
            idx = idx.unsqueeze(d);
            gk = g.unsqueeze(d);
        }
        return Tensor.zeros(s.shape, g.dtype).scatterAdd(d, idx, gk);
    }

    static Tensor normBackward(Saved s, Tensor g) {
        Tensor x = s.t(0), out = s.t(1);
        double p = s.scalar;
        Tensor zero = Tensor.scalar(0, g.dtype);
        if (p == 2) {
            Tensor scale = Tensor.where(out.eq(0.0), zero, g.div(out));
            return x.mul(unreduce(scale, s.shape, s.ints, s.flag));
        }
        Tensor scale = Tensor.where(out.eq(0.0), zero, g.div(out.pow(p - 1)));
        Tensor self = x.mul(x.abs().pow(p - 2));
        if (p < 2) self = Tensor.where(x.eq(0.0), zero, self);
        return self.mul(unreduce(scale, s.shape, s.ints, s.flag));
    }

    /** Sums {@code x} down to {@code target}, which must broadcast to {@code x}'s shape. */
    static Tensor sumToSize(Tensor x, int[] target) {
        if (target == null) throw new IllegalArgumentException("sum_to_size: the size is null");
        if (Arrays.equals(x.shape, target)) return x;
        int rank = x.shape.length, lead = rank - target.length;
        if (lead < 0) throw new IllegalArgumentException("sum_to_size: size " + Shapes.str(target)
                + " is not expandable to size " + Shapes.str(x.shape));
        int[] dims = new int[rank];
        int n = 0;
        for (int d = 0; d < rank; d++) {
            if (d < lead) dims[n++] = d;
            else if (target[d - lead] == 1 && x.shape[d] != 1) dims[n++] = d;
            else if (target[d - lead] != x.shape[d]) throw new IllegalArgumentException("sum_to_size: size "
                    + Shapes.str(target) + " is not expandable to size " + Shapes.str(x.shape));
        }
        Tensor r = n == 0 ? x : x.sum(Arrays.copyOf(dims, n), true);
        return Arrays.equals(r.shape, target) ? r : r.reshape(target);
    }

    private static long[] toLongs(double[] v) {
        long[] l = new long[v.length];
        for (int i = 0; i < v.length; i++) l[i] = (long) v[i];
        return l;
    }
}
