package dev.nabla.tensor;

/** Elementwise comparisons and logical operations: bool results, never recorded. */
final class Comparisons {
    private Comparisons() {}

    /** A comparison of two numbers, named as PyTorch names the operation. */
    enum Op {
        EQ("eq"), NE("ne"), LT("lt"), LE("le"), GT("gt"), GE("ge"), AND("logical_and"), OR("logical_or");

        final String torchName;

        Op(String torchName) { this.torchName = torchName; }

        boolean test(double u, double v) {
            return switch (this) {
                case EQ -> u == v;
                case NE -> u != v;
                case LT -> u < v;
                case LE -> u <= v;
                case GT -> u > v;
                case GE -> u >= v;
                case AND -> u != 0 && v != 0;
                case OR -> u != 0 || v != 0;
            };
        }
    }

    static Tensor compare(Op op, Tensor a, Tensor b) {
        Tensor.requireTensor(op.torchName, b);
        DType compute = Tensor.resultType(a, b);
        int[] shape = Shapes.broadcast(op.torchName, a.shape, b.shape);
        int n = Shapes.numel(op.torchName, shape);
        double[] x = Kernels.read(a, shape, compute), y = Kernels.read(b, shape, compute);
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) out[i] = op.test(x.length == 1 ? x[0] : x[i], y.length == 1 ? y[0] : y[i]);
        return Tensor.of(new Storage.Bool(out), shape);
    }
}
