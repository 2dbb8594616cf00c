package dev.nabla.tensor;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;

/**
 * A tensor seen as a value of the algebra, so that a derivative rule of the primitive table, written once
 * on {@link Num}, is evaluated with recorded tensor operations (and can then be differentiated again).
 */
final class TensorNum implements Num {
    final Tensor t;

    TensorNum(Tensor t) {
        this.t = t;
    }

    /** The tensor behind a rule's result; a plain number becomes a 0-d operand. */
    static Tensor unwrap(Num n, Tensor like) {
        if (n instanceof TensorNum tn) return tn.t;
        if (n instanceof Real r) return Tensor.wrap(r.value());
        throw new IllegalStateException("a primitive rule returned a " + n.getClass().getSimpleName() + " for a tensor");
    }

    @Override public Num constant(double c) { return new TensorNum(Tensor.wrap(c)); }

    @Override public double doubleValue() { return t.item(); }

    @Override public Num apply(UnaryPrimitive p) { return new TensorNum(t.unary(p)); }

    @Override public Num apply(BinaryPrimitive p, Num y) {
        if (y instanceof TensorNum o) return new TensorNum(t.binary(p, o.t));
        if (y instanceof Real r) return new TensorNum(t.binary(p, Tensor.wrap(r.value())));
        throw new IllegalArgumentException(p.name() + ": cannot combine a tensor with a "
                + (y == null ? "null" : y.getClass().getSimpleName()));
    }

    @Override public Num apply(BinaryPrimitive p, double c) { return new TensorNum(t.binary(p, Tensor.wrap(c))); }

    @Override public Num apply(CustomPrimitive p, Num[] args) {
        throw new IllegalArgumentException(p.name() + ": a scalar custom primitive cannot act on tensors; write a"
                + " CustomFunction for tensors");
    }
}
