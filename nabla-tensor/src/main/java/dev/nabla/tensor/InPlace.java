package dev.nabla.tensor;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * In-place operations. Each computes its result first and checks it (shape, dtype, autograd rules) before
 * writing, so a failed operation changes nothing; a write bumps the storage's version counter. When the
 * operation must be recorded, the tensor's old value is kept in a copy and the tensor takes the new node
 * as its {@code grad_fn}, as PyTorch rebases an in-place result; written through a view, the base is
 * rebased too ({@code CopySlices}). Other views of that base taken before the write keep their old graph.
 */
final class InPlace {
    private InPlace() {}

    private static void checkLeaf(Tensor self, String op) {
        if (self.requiresGrad && self.gradFn == null && GradMode.isEnabled()) {
            throw new IllegalStateException(op + ": a leaf tensor that requires grad (shape " + Shapes.str(self.shape)
                    + ") is being used in an in-place operation; do it inside GradMode.noGrad(), or on a clone()");
        }
    }

    /**
     * For an in-place operation on a view that must be recorded: the base must not be a leaf that requires grad,
     * must own its storage densely, and the view must not write one memory location twice.
     */
    private static void checkView(Tensor self, String op) {
        Tensor base = self.base;
        if (base == null) return;
        if (base.requiresGrad && base.gradFn == null) {
            throw new IllegalStateException(op + ": a view of a leaf tensor that requires grad (base shape "
                    + Shapes.str(base.shape) + ") is being used in an in-place operation; do it inside GradMode.noGrad()");
        }
        if (base.offset != 0 || !base.isContiguous()) {
            throw new IllegalStateException(op + ": in-place operations on this view (shape " + Shapes.str(self.shape)
                    + ") of a tensor that requires grad are not supported; use the out-of-place operation");
        }
        for (int d = 0; d < self.shape.length; d++) {
            if (self.strides[d] == 0 && self.shape[d] > 1) {
                throw new IllegalStateException(op + ": more than one element of the written-to tensor (shape "
                        + Shapes.str(self.shape) + ", strides " + Shapes.str(self.strides)
                        + ") refers to a single memory location; clone() it first");
            }
        }
    }

    /**
     * Writes {@code r} into {@code self} and makes it the recorded result. For a view, the base's {@code grad_fn}
     * becomes {@code CopySlices} (the old base with the view's region replaced by {@code r}) and the view's becomes
     * {@code AsStridedBackward0} of the new base, as PyTorch rebases a view written in place.
     */
    private static Tensor commit(Tensor self, String op, Tensor r) {
        self.writeRaw(r);
        self.storage.bump(op);
        Tensor base = self.base;
        if (!r.requiresGrad) return self;
        if (base == null) {
            self.gradFn = r.gradFn;
            self.requiresGrad = r.requiresGrad;
            return self;
        }
        Indexing.Geometry geo = new Indexing.Geometry(self.shape, self.strides, self.offset - base.offset);
        Node copySlices = new OpNode(Derivatives.COPY_SLICES, new Saved().shape(base.shape).extra(geo), new Tensor[] {base, r});
        base.gradFn = copySlices;
        base.requiresGrad = true;
        self.baseGradFnSeen = copySlices;
        self.gradFn = new OpNode(Derivatives.AS_STRIDED, new Saved().shape(base.shape).extra(geo), new Tensor[] {base});
        self.requiresGrad = true;
        return self;
    }

    private static void checkResult(Tensor self, String op, Tensor r) {
        if (!Arrays.equals(r.shape, self.shape)) {
            throw new IllegalArgumentException(op + ": output with shape " + Shapes.str(self.shape)
                    + " doesn't match the broadcast shape " + Shapes.str(r.shape));
        }
        boolean lossy = (r.dtype.isFloatingPoint() && !self.dtype.isFloatingPoint())
                || (r.dtype != DType.BOOL && self.dtype == DType.BOOL);
        if (lossy) {
            throw new IllegalArgumentException(op + ": result type " + r.dtype + " can't be cast to the desired output type "
                    + self.dtype);
        }
    }

    /** {@code self = f(self)}, where {@code other} (may be null) is the operation's other tensor operand. */
    static Tensor apply(Tensor self, String op, Tensor other, UnaryOperator<Tensor> f) {
        checkLeaf(self, op);
        boolean graph = GradMode.isEnabled() && (self.requiresGrad || (other != null && other.requiresGrad));
        if (!graph) {
            Tensor r;
            try (GradMode.Scope s = GradMode.noGrad()) {
                r = f.apply(self);
            }
            checkResult(self, op, r);
            self.writeRaw(r);
            self.storage.bump(op);
            return self;
        }
        checkView(self, op);
        Tensor old = self.clone();
        Tensor r = f.apply(old);
        checkResult(self, op, r);
        return commit(self, op, r);
    }

    /** {@code self += alpha · other}, with a direct loop for same-shaped contiguous floating operands. */
    static Tensor axpy(Tensor self, String op, Tensor other, double alpha) {
        Tensor.requireTensor(op, other);
        boolean fast = !(GradMode.isEnabled() && (self.requiresGrad || other.requiresGrad))
                && self.dtype == other.dtype && self.dtype.isFloatingPoint() && Arrays.equals(self.shape, other.shape)
                && self.isContiguous() && other.isContiguous();
        if (!fast) return apply(self, op, other, t -> t.add(other.mul(alpha)));
        int n = self.numel();
        if (self.dtype == DType.FLOAT64) {
            double[] d = ((Storage.Float64) self.storage).data, s = ((Storage.Float64) other.storage).data;
            int a = self.offset, b = other.offset;
            for (int i = 0; i < n; i++) d[a + i] += alpha * s[b + i];
        } else {
            float[] d = ((Storage.Float32) self.storage).data, s = ((Storage.Float32) other.storage).data;
            float al = (float) alpha;
            int a = self.offset, b = other.offset;
            for (int i = 0; i < n; i++) d[a + i] += al * s[b + i];
        }
        self.storage.bump(op);
        return self;
    }

    static Tensor copy(Tensor self, Tensor src) {
        Tensor.requireTensor("copy_", src);
        Shapes.broadcast("copy_", src.shape, self.shape);
        if (!Arrays.equals(Shapes.broadcast("copy_", src.shape, self.shape), self.shape)) {
            throw new IllegalArgumentException("copy_: the source of shape " + Shapes.str(src.shape)
                    + " does not broadcast to the destination's shape " + Shapes.str(self.shape));
        }
        checkLeaf(self, "copy_");
        boolean graph = GradMode.isEnabled() && (self.requiresGrad || src.requiresGrad) && self.dtype.isFloatingPoint();
        if (!graph) {
            self.writeRaw(src);
            self.storage.bump("copy_");
            return self;
        }
        checkView(self, "copy_");
        Tensor r = src.expand(self.shape).to(self.dtype);
        if (self.requiresGrad) r = self.clone().mul(0.0).add(r);
        return commit(self, "copy_", r);
    }

    static Tensor fill(Tensor self, String op, double value) {
        checkLeaf(self, op);
        if (GradMode.isEnabled() && self.requiresGrad) {
            return apply(self, op, null, t -> t.mul(0.0).add(value));
        }
        self.fillRaw(value);
        self.storage.bump(op);
        return self;
    }
}
