package dev.nabla.tensor.functional;

import dev.nabla.numeric.DifferenceScheme;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.tensor.Autograd;
import dev.nabla.tensor.DType;
import dev.nabla.tensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PyTorch's {@code gradcheck} and {@code gradgradcheck}: the Jacobian the autograd engine computes
 * (one vector-Jacobian product per output element) against the Jacobian by finite differences (a
 * {@link DifferenceScheme} of {@code nabla-numeric}, central differences of accuracy 4 by default), element by
 * element, {@code |analytical - numerical| ≤ atol + rtol·|numerical|}.
 *
 * <pre>{@code
 * Tensor x = Tensor.randn(rng, 3, 4).requiresGrad_(true);
 * GradCheck.gradcheck(in -> in[0].exp().sum(1), x);        // throws, naming the element, if they differ
 * GradCheck.gradgradcheck(in -> in[0].exp().sum(1), x);    // the same for the second derivatives
 * }</pre>
 *
 * <p>Inputs must be float64 (float32 rounding would swamp any difference quotient).
 */
public final class GradCheck {

    private final DifferenceScheme scheme;
    private final double atol;
    private final double rtol;

    private GradCheck(DifferenceScheme scheme, double atol, double rtol) {
        this.scheme = scheme;
        this.atol = atol;
        this.rtol = rtol;
    }

    /** Central differences of accuracy 4; {@code atol = 1e-6}, {@code rtol = 1e-5}. */
    public static GradCheck create() {
        return new GradCheck(FiniteDifference.central(), 1e-6, 1e-5);
    }

    /** The same check with other tolerances. */
    public GradCheck tolerances(double atol, double rtol) {
        if (!(atol >= 0) || !(rtol >= 0)) {
            throw new IllegalArgumentException("gradcheck: tolerances must be non-negative, got atol " + atol + ", rtol " + rtol);
        }
        return new GradCheck(scheme, atol, rtol);
    }

    /** The same check against another difference scheme. */
    public GradCheck scheme(DifferenceScheme scheme) {
        if (scheme == null) throw new IllegalArgumentException("gradcheck: the scheme is null");
        return new GradCheck(scheme, atol, rtol);
    }

    /** {@link #create()}{@code .check(f, inputs)}. */
    public static boolean gradcheck(TensorFunction f, Tensor... inputs) {
        return create().check(f, inputs);
    }

    /** {@link #create()}{@code .checkSecond(f, inputs)}. */
    public static boolean gradgradcheck(TensorFunction f, Tensor... inputs) {
        return create().checkSecond(f, inputs);
    }

    /**
     * Compares the first derivatives of {@code f} at {@code inputs} (float64 tensors; those that require grad
     * are differentiated) and returns true, or throws {@link AssertionError} naming the output element, the input,
     * its element and both values.
     */
    public boolean check(TensorFunction f, Tensor... inputs) {
        requireInputs("gradcheck", f, inputs);
        List<Integer> wrt = differentiated(inputs);
        Tensor out = f.apply(inputs);
        if (out == null) throw new IllegalArgumentException("gradcheck: the function returned null");
        int m = out.numel();
        double[][][] analytical = analytical(f, inputs, wrt, out);
        for (int w = 0; w < wrt.size(); w++) {
            int i = wrt.get(w);
            Tensor x = inputs[i];
            int n = x.numel();
            for (int k = 0; k < n; k++) {
                Estimate[] col = numericalColumn(f, inputs, i, k);
                for (int j = 0; j < m; j++) {
                    double a = analytical[w][j][k], num = col[j].value();
                    if (!close(a, num)) {
                        throw new AssertionError("gradcheck: Jacobian mismatch for output element " + j + " with respect to"
                                + " input " + i + " (shape " + Arrays.toString(x.shape()) + ") element " + k
                                + ": analytical " + a + ", numerical " + num + " (±" + col[j].error() + ")");
                    }
                }
            }
        }
        return true;
    }

    /**
     * Compares the second derivatives: {@link #check} applied to {@code x ↦ vᵀ ∂f/∂x} for a fixed random-like
     * {@code v}, whose derivative the engine computes through {@code createGraph}.
     */
    public boolean checkSecond(TensorFunction f, Tensor... inputs) {
        requireInputs("gradgradcheck", f, inputs);
        List<Integer> wrt = differentiated(inputs);
        Tensor out = f.apply(inputs);
        Tensor v = weights(out);
        TensorFunction firstDerivatives = in -> {
            Tensor y = f.apply(in);
            List<Tensor> xs = new ArrayList<>();
            for (int i : wrt) xs.add(in[i]);
            if (!y.requiresGrad()) return Tensor.zeros(new int[] {0}, DType.FLOAT64);
            List<Tensor> g = Autograd.grad(List.of(y), xs, List.of(v), true, true, true);
            List<Tensor> flat = new ArrayList<>();
            for (int k = 0; k < g.size(); k++) flat.add((g.get(k) == null ? Tensor.zerosLike(xs.get(k)) : g.get(k)).reshape(-1));
            return Tensor.cat(flat, 0);
        };
        return check(firstDerivatives, inputs);
    }

    private boolean close(double a, double n) {
        if (Double.isNaN(a) && Double.isNaN(n)) return true;
        return Math.abs(a - n) <= atol + rtol * Math.abs(n);
    }

    /** Deterministic weights in {@code [-1, 1]} shaped as {@code out}, so that no cancellation hides an error. */
    private static Tensor weights(Tensor out) {
        double[] v = new double[out.numel()];
        for (int i = 0; i < v.length; i++) v[i] = Math.sin(1.3 * i + 0.7);
        return Tensor.fromArray(v, v.length == 0 ? new int[] {0} : new int[] {v.length}).reshape(out.shape()).to(out.dtype());
    }

    private static void requireInputs(String op, TensorFunction f, Tensor[] inputs) {
        if (f == null) throw new IllegalArgumentException(op + ": the function is null");
        if (inputs == null || inputs.length == 0) throw new IllegalArgumentException(op + ": no inputs");
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] == null) throw new IllegalArgumentException(op + ": input " + i + " is null");
            if (inputs[i].requiresGrad() && inputs[i].dtype() != DType.FLOAT64) {
                throw new IllegalArgumentException(op + ": input " + i + " is " + inputs[i].dtype()
                        + "; check gradients in float64 (to(DType.FLOAT64))");
            }
        }
    }

    private static List<Integer> differentiated(Tensor[] inputs) {
        List<Integer> wrt = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) if (inputs[i].requiresGrad()) wrt.add(i);
        if (wrt.isEmpty()) throw new IllegalArgumentException("gradcheck: no input requires grad");
        return wrt;
    }

    /** {@code J[w][j][k] = ∂out_j / ∂(input wrt[w])_k}, row by row from vector-Jacobian products. */
    private static double[][][] analytical(TensorFunction f, Tensor[] inputs, List<Integer> wrt, Tensor out) {
        int m = out.numel();
        double[][][] jac = new double[wrt.size()][m][];
        List<Tensor> xs = new ArrayList<>();
        for (int i : wrt) xs.add(inputs[i]);
        for (int j = 0; j < m; j++) {
            List<Tensor> g = null;
            if (out.requiresGrad()) {
                double[] e = new double[m];
                e[j] = 1;
                Tensor onehot = Tensor.fromArray(e, m).reshape(out.shape()).to(out.dtype());
                g = Autograd.grad(List.of(out), xs, List.of(onehot), true, false, true);
            }
            for (int w = 0; w < xs.size(); w++) {
                Tensor gw = g == null ? null : g.get(w);
                jac[w][j] = gw == null ? new double[xs.get(w).numel()] : gw.toDoubleArray();
            }
        }
        return jac;
    }

    /** {@code ∂out / ∂(input i)_k} by the scheme, one estimate per output element. */
    private Estimate[] numericalColumn(TensorFunction f, Tensor[] inputs, int i, int k) {
        double[] base = inputs[i].toDoubleArray();
        int[] shape = inputs[i].shape();
        return scheme.derivatives(t -> {
            double[] moved = base.clone();
            moved[k] = t;
            Tensor[] args = inputs.clone();
            args[i] = Tensor.fromArray(moved, moved.length).reshape(shape).requiresGrad_(inputs[i].requiresGrad());
            return f.apply(args).toDoubleArray();
        }, base[k], 1);
    }
}
