package dev.nabla.tensor;

/** relu, sigmoid, softplus, clamp and where: elementwise operations that are not primitives of the table. */
final class Activations {
    private Activations() {}

    private static DType floating(Tensor x) {
        return x.dtype.isFloatingPoint() ? x.dtype : DType.FLOAT32;
    }

    static Tensor relu(Tensor x) {
        Tensor out;
        if (x.dtype == DType.FLOAT32 && x.isContiguous()) {
            float[] d = ((Storage.Float32) x.storage).data, v = new float[x.numel()];
            for (int i = 0, o = x.offset; i < v.length; i++) v[i] = d[o + i] > 0 || Float.isNaN(d[o + i]) ? d[o + i] : 0;
            out = Tensor.of(new Storage.Float32(v), x.shape.clone());
        } else {
            double[] v = Kernels.read(x).clone();
            for (int i = 0; i < v.length; i++) if (v[i] <= 0 && !Double.isNaN(v[i])) v[i] = 0;
            out = x.dtype == DType.INT64 ? Tensor.ofLongs(toLongs(v), x.shape) : Tensor.ofDoubles(v, x.shape, x.dtype);
        }
        if (Tensor.recording(x)) Tensor.record(out, Derivatives.RELU, new Saved(out), x);
        return out;
    }

    static Tensor sigmoid(Tensor x) {
        DType dt = floating(x);
        double[] v = Kernels.read(x, x.shape, dt).clone();
        for (int i = 0; i < v.length; i++) v[i] = 1 / (1 + Math.exp(-v[i]));
        Tensor out = Tensor.ofDoubles(v, x.shape, dt);
        if (Tensor.recording(x)) Tensor.record(out, Derivatives.SIGMOID, new Saved(out), x);
        return out;
    }

    static Tensor softplus(Tensor x, double beta, double threshold) {
        DType dt = floating(x);
        double[] v = Kernels.read(x, x.shape, dt).clone();
        for (int i = 0; i < v.length; i++) {
            double bx = v[i] * beta;
            v[i] = bx > threshold ? v[i] : Math.log1p(Math.exp(bx)) / beta;
        }
        Tensor out = Tensor.ofDoubles(v, x.shape, dt);
        if (Tensor.recording(x)) Tensor.record(out, Derivatives.SOFTPLUS, new Saved(x).scalar(beta).extra(threshold), x);
        return out;
    }

    /**
     * {@code clamp}; a NaN bound is absent, and with {@code min > max} every element becomes {@code max}, as in
     * PyTorch. The gradient mask (1 inside the bounds) is saved.
     */
    static Tensor clamp(Tensor x, double min, double max) {
        double[] v = Kernels.read(x).clone();
        double[] mask = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double a = v[i];
            boolean inside = !(a < min) && !(a > max);
            if (a < min) a = min;
            if (a > max) a = max;
            v[i] = a;
            mask[i] = inside ? 1 : 0;
        }
        Tensor out = x.dtype == DType.INT64 ? Tensor.ofLongs(toLongs(v), x.shape) : Tensor.ofDoubles(v, x.shape, x.dtype);
        if (Tensor.recording(x)) Tensor.record(out, Derivatives.CLAMP, new Saved(Tensor.ofDoubles(mask, x.shape, x.dtype)), x);
        return out;
    }

    private static long[] toLongs(double[] v) {
        long[] l = new long[v.length];
        for (int i = 0; i < v.length; i++) l[i] = (long) v[i];
        return l;
    }

    static Tensor where(Tensor cond, Tensor x, Tensor y) {
        Tensor.requireTensor("where", cond);
        Tensor.requireTensor("where", x);
        Tensor.requireTensor("where", y);
        if (cond.dtype != DType.BOOL) {
            throw new IllegalArgumentException("where: the condition must be a bool tensor, got " + cond.dtype);
        }
        int[] shape = Shapes.broadcast("where", Shapes.broadcast("where", cond.shape, x.shape), y.shape);
        DType dt = Tensor.resultType(x, y);
        int n = Shapes.numel("where", shape);
        double[] c = Kernels.read(cond, shape, DType.FLOAT64), a = Kernels.read(x, shape, dt), b = Kernels.read(y, shape, dt);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (c.length == 1 ? c[0] : c[i]) != 0 ? (a.length == 1 ? a[0] : a[i]) : (b.length == 1 ? b[0] : b[i]);
        }
        Tensor out = Tensor.ofDoubles(v, shape, dt);
        if (Tensor.recording(x, y)) Tensor.record(out, Derivatives.WHERE, new Saved(cond), cond, x, y);
        return out;
    }
}
