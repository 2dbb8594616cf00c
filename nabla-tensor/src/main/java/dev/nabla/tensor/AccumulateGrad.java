package dev.nabla.tensor;

/** The node at a leaf that requires grad: it adds the incoming gradient to the leaf's {@code .grad}. */
final class AccumulateGrad extends Node {
    final Tensor variable;

    AccumulateGrad(Tensor variable) {
        super(new Tensor[0]);
        this.variable = variable;
    }

    @Override public String name() { return "AccumulateGrad"; }

    @Override Tensor[] apply(Tensor gradOutput) {
        throw new IllegalStateException("AccumulateGrad is run by the engine, not applied");
    }

    /** {@code variable.grad += g}: in place without {@code createGraph}, as a recorded sum with it. */
    void accumulate(Tensor g, boolean createGraph) {
        Tensor old = variable.grad;
        if (old == null) {
            variable.grad = createGraph ? g : g.detach().clone();
        } else if (createGraph || old.requiresGrad) {
            variable.grad = old.add(g);
        } else {
            try (GradMode.Scope s = GradMode.noGrad()) {
                old.add_(g);
            }
        }
    }

    @Override void release() {}
}
