package dev.nabla.tensor.optim;

import dev.nabla.tensor.Tensor;

import java.util.List;

/** An optimiser over a fixed list of parameters (leaf tensors that require grad), as {@code torch.optim.Optimizer}. */
public abstract class Optimizer {

    /** The parameters, in the order given. */
    protected final List<Tensor> params;

    protected Optimizer(String name, List<Tensor> params) {
        if (params == null || params.isEmpty()) throw new IllegalArgumentException(name + ": no parameters to optimise");
        for (int i = 0; i < params.size(); i++) {
            Tensor p = params.get(i);
            if (p == null) throw new IllegalArgumentException(name + ": parameter " + i + " is null");
            if (!p.isLeaf() || !p.requiresGrad()) {
                throw new IllegalArgumentException(name + ": parameter " + i + " must be a leaf that requires grad");
            }
        }
        this.params = List.copyOf(params);
    }

    /** Updates every parameter that has a gradient. */
    public abstract void step();

    /** Clears every parameter's gradient ({@code zero_grad(set_to_none=True)}, PyTorch 2's default). */
    public void zeroGrad() {
        for (Tensor p : params) p.setGrad(null);
    }

    static void requireNonNegative(String name, String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(name + ": " + what + " must be ≥ 0, got " + v);
    }
}
