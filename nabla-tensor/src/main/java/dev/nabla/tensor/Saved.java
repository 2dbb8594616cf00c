package dev.nabla.tensor;

/**
 * What an operation keeps for its backward formula: tensors (with their version at the time they were
 * saved, checked before use) and plain parameters (dimensions, sizes, scalars).
 */
final class Saved {
    private final Tensor[] tensors;
    private final int[] versions;
    int[] ints;
    int[] shape;
    double scalar;
    boolean flag;
    Object extra;

    Saved(Tensor... tensors) {
        this.tensors = tensors;
        this.versions = new int[tensors.length];
        for (int i = 0; i < tensors.length; i++) if (tensors[i] != null) versions[i] = tensors[i].storage.version();
    }

    Saved ints(int... v) { this.ints = v; return this; }
    Saved shape(int[] v) { this.shape = v; return this; }
    Saved scalar(double v) { this.scalar = v; return this; }
    Saved flag(boolean v) { this.flag = v; return this; }
    Saved extra(Object v) { this.extra = v; return this; }

    /** Saved tensor {@code i}. */
    Tensor t(int i) { return tensors[i]; }

    boolean hasTensors() { return tensors.length > 0; }

    /** Throws if a saved tensor was changed in place since it was saved, naming the node, the writer and both versions. */
    void checkVersions(String node) {
        for (int i = 0; i < tensors.length; i++) {
            Tensor t = tensors[i];
            if (t == null) continue;
            int now = t.storage.version();
            if (now != versions[i]) {
                throw new IllegalStateException("one of the tensors needed for gradient computation has been modified by"
                        + " an in-place operation: " + node + " saved a tensor of shape " + Shapes.str(t.shape) + " ("
                        + t.dtype + ") at version " + versions[i] + ", and " + t.storage.lastWriter()
                        + " has since brought it to version " + now + "; clone() it before the in-place operation");
            }
        }
    }
}
