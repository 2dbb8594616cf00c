package dev.nabla.tensor;

import java.util.AbstractList;

/**
 * An immutable list of tensors (entries may be {@code null}, printed {@code None}) that prints as a
 * Python tuple, as {@code torch.autograd.grad} returns: {@code (tensor([3.]),)}.
 */
public final class TensorTuple extends AbstractList<Tensor> {
    private final Tensor[] items;

    private TensorTuple(Tensor[] items) {
        this.items = items;
    }

    /** A tuple of {@code items} (copied). */
    public static TensorTuple of(Tensor... items) {
        return new TensorTuple(items.clone());
    }

    @Override public Tensor get(int index) {
        if (index < 0 || index >= items.length) {
            throw new IllegalArgumentException("tuple index " + index + " out of range for a tuple of " + items.length);
        }
        return items[index];
    }

    @Override public int size() { return items.length; }

    /** {@code (a, b)}, and {@code (a,)} for one element, as Python prints a tuple. */
    @Override public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(items[i] == null ? "None" : items[i].toString());
        }
        if (items.length == 1) sb.append(',');
        return sb.append(')').toString();
    }
}
