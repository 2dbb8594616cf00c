package dev.nabla.tensor;

import java.util.ArrayList;
import java.util.List;

/** cat, stack, split and chunk. */
final class Joining {
    private Joining() {}

    static Tensor cat(List<Tensor> tensors, int dim) {
        if (tensors == null || tensors.isEmpty()) throw new IllegalArgumentException("cat: expects a non-empty list of tensors");
        Tensor first = Tensor.requireTensor("cat", tensors.get(0));
        if (first.dim() == 0) throw new IllegalArgumentException("cat: zero-dimensional tensor 0 cannot be concatenated");
        int rank = first.dim(), d = Shapes.dim("cat", dim, rank);
        DType dt = first.dtype;
        int total = 0;
        int[] sizes = new int[tensors.size()];
        boolean rec = false;
        for (int i = 0; i < sizes.length; i++) {
            Tensor t = Tensor.requireTensor("cat", tensors.get(i));
            if (t.dim() != rank) {
                throw new IllegalArgumentException("cat: tensor " + i + " has " + t.dim() + " dimensions (shape "
                        + Shapes.str(t.shape) + "), tensor 0 has " + rank + " (shape " + Shapes.str(first.shape) + ")");
            }
            for (int k = 0; k < rank; k++) {
                if (k != d && t.shape[k] != first.shape[k]) {
                    throw new IllegalArgumentException("cat: sizes must match except in dimension " + d + ": tensor " + i
                            + " has shape " + Shapes.str(t.shape) + ", tensor 0 has " + Shapes.str(first.shape));
                }
            }
            sizes[i] = t.shape[d];
            total += sizes[i];
            dt = DType.promote(dt, t.dtype);
            rec |= t.requiresGrad;
        }
        int[] shape = first.shape.clone();
        shape[d] = total;
        Tensor out = Tensor.zeros(shape, dt);
        int at = 0;
        try (GradMode.Scope s = GradMode.noGrad()) {
            for (int i = 0; i < sizes.length; i++) {
                out.narrow(d, at, sizes[i]).writeRaw(tensors.get(i));
                at += sizes[i];
            }
        }
        if (rec && GradMode.isEnabled()) {
            Tensor.record(out, Derivatives.CAT, new Saved().ints(d).extra(sizes), tensors.toArray(new Tensor[0]));
        }
        return out;
    }

    static Tensor stack(List<Tensor> tensors, int dim) {
        if (tensors == null || tensors.isEmpty()) throw new IllegalArgumentException("stack: expects a non-empty list of tensors");
        Tensor first = Tensor.requireTensor("stack", tensors.get(0));
        int d = Shapes.dim("stack", dim, first.dim() + 1);
        List<Tensor> parts = new ArrayList<>(tensors.size());
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = Tensor.requireTensor("stack", tensors.get(i));
            if (!java.util.Arrays.equals(t.shape, first.shape)) {
                throw new IllegalArgumentException("stack: expects each tensor to be equal size, but got "
                        + Shapes.str(first.shape) + " at entry 0 and " + Shapes.str(t.shape) + " at entry " + i);
            }
            parts.add(t.unsqueeze(d));
        }
        return cat(parts, d);
    }

    static List<Tensor> split(Tensor x, int size, int dim) {
        if (size <= 0) throw new IllegalArgumentException("split: the split size must be positive, got " + size);
        if (x.dim() == 0) throw new IllegalArgumentException("split: cannot split a 0-d tensor");
        int d = Shapes.dim("split", dim, x.dim());
        int n = x.shape[d];
        List<Tensor> out = new ArrayList<>();
        for (int at = 0; at < n || (n == 0 && out.isEmpty()); at += size) {
            out.add(x.narrow(d, at, Math.min(size, n - at)));
            if (n == 0) break;
        }
        return out;
    }

    static List<Tensor> split(Tensor x, int[] sizes, int dim) {
        if (sizes == null) throw new IllegalArgumentException("split: the sizes are null");
        if (x.dim() == 0) throw new IllegalArgumentException("split: cannot split a 0-d tensor");
        int d = Shapes.dim("split", dim, x.dim());
        int total = 0;
        for (int s : sizes) {
            if (s < 0) throw new IllegalArgumentException("split: negative size " + s + " in " + java.util.Arrays.toString(sizes));
            total += s;
        }
        if (total != x.shape[d]) {
            throw new IllegalArgumentException("split: sizes " + java.util.Arrays.toString(sizes) + " add up to " + total
                    + ", but dimension " + d + " of shape " + Shapes.str(x.shape) + " has size " + x.shape[d]);
        }
        List<Tensor> out = new ArrayList<>(sizes.length);
        for (int i = 0, at = 0; i < sizes.length; at += sizes[i], i++) out.add(x.narrow(d, at, sizes[i]));
        return out;
    }

    static List<Tensor> chunk(Tensor x, int chunks, int dim) {
        if (chunks <= 0) throw new IllegalArgumentException("chunk: the number of chunks must be positive, got " + chunks);
        if (x.dim() == 0) throw new IllegalArgumentException("chunk: cannot chunk a 0-d tensor");
        int d = Shapes.dim("chunk", dim, x.dim());
        int size = Math.max(1, (x.shape[d] + chunks - 1) / chunks);
        return split(x, size, d);
    }
}
