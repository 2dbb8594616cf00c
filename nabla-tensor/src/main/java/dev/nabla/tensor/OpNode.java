package dev.nabla.tensor;

/** A node made by an operation: a row of the derivative table applied to what the operation saved. */
final class OpNode extends Node {
    private final Derivative derivative;
    private Saved saved;
    private final boolean savesTensors;

    OpNode(Derivative derivative, Saved saved, Tensor[] inputs) {
        super(inputs);
        this.derivative = derivative;
        this.saved = saved;
        this.savesTensors = saved.hasTensors();
    }

    @Override public String name() { return derivative.name(); }

    Derivative derivative() { return derivative; }

    @Override Tensor[] apply(Tensor gradOutput) {
        Saved s = saved;
        if (s == null) {
            throw new IllegalStateException("trying to backward through the graph a second time: " + name()
                    + " has freed the tensors it saved after the first backward; pass retainGraph = true to the first"
                    + " backward (or Autograd.grad) if you need to backward through the graph again");
        }
        s.checkVersions(name());
        return derivative.backward().apply(s, gradOutput);
    }

    @Override void release() {
        if (savesTensors) saved = null;
    }
}
