package dev.nabla.bench.adbench;

import dev.nabla.tensor.DType;
import dev.nabla.tensor.Tensor;

import java.util.Arrays;
import java.util.List;

/**
 * The GMM objective of {@link Gmm} written with nabla-tensor operations in float64, vectorised over points and
 * components as {@code peers/adbench_torch.py} writes it, its gradient by {@code backward()}:
 *
 * <pre>{@code
 * centred = x[:, None, :] − μ[None, :, :]                                   n × k × d
 * Qx      = exp(q)[None] · centred + L[None] @ centred[..., None]           n × k × d   (L strictly lower)
 * inner   = α[None] + Σ_j q[None] − ½ Σ_j Qx²                                n × k
 * L       = Σ_i logsumexp_k(inner) − n · logsumexp(α) + ½γ² Σ (exp(q)² + l²) − m Σ q + constant
 * }</pre>
 *
 * <p>The strictly lower factor {@code L} is gathered from the {@code l} values by one {@code indexSelect} over
 * {@code [0, l…]} (index 0 for the zeros and the diagonal), so its derivative scatters back to {@code l}.
 */
public final class GmmTensor implements GmmGradient {
    private final GmmInput data;
    private final double constant;
    private final Tensor points;
    private final Tensor lowerIndex;

    private GmmTensor(GmmInput data) {
        this.data = data;
        int d = data.d();
        double bigN = d + data.m() + 1;
        double c = bigN * d * (Math.log(data.gamma()) - 0.5 * Math.log(2)) - LogGamma.multivariate(bigN / 2, d);
        this.constant = -data.k() * c - data.n() * d * 0.5 * Math.log(2 * Math.PI);
        this.points = Tensor.tensor(data.points()).reshape(data.n(), 1, d);
        long[] index = new long[d * d];
        for (int r = 1; r < d; r++) {
            for (int col = 0; col < r; col++) index[r * d + col] = 1 + Gmm.lowerIndex(d, r, col);
        }
        this.lowerIndex = Tensor.tensor(index);
    }

    /** The tensor objective of {@code data}. */
    public static GmmTensor of(GmmInput data) {
        if (data == null) throw new IllegalArgumentException("gmm tensor: the input is null");
        return new GmmTensor(data);
    }

    /** {@code L(p)} as a 0-d float64 tensor, recorded for autograd when a parameter tensor requires grad. */
    public Tensor objective(Tensor alphas, Tensor means, Tensor icf) {
        int d = data.d(), k = data.k(), n = data.n();
        Tensor q = icf.narrow(1, 0, d);
        Tensor lValues = icf.narrow(1, d, data.icfSize() - d);
        Tensor diagonal = q.exp();
        Tensor sumQ = q.sum(1);
        Tensor padded = Tensor.cat(List.of(Tensor.zeros(new int[] {k, 1}, DType.FLOAT64), lValues), 1);
        Tensor lower = padded.indexSelect(1, lowerIndex).reshape(k, d, d);
        Tensor centred = points.sub(means.unsqueeze(0));
        Tensor qTimes = diagonal.unsqueeze(0).mul(centred).add(lower.matmul(centred.unsqueeze(3)).reshape(n, k, d));
        Tensor inner = alphas.unsqueeze(0).add(sumQ.unsqueeze(0)).sub(qTimes.square().sum(2).mul(0.5));
        double halfGammaSquared = 0.5 * data.gamma() * data.gamma();
        Tensor prior = diagonal.square().sum().add(lValues.square().sum()).mul(halfGammaSquared)
                .sub(sumQ.sum().mul(data.m()));
        return inner.logsumexp(1).sum().sub(alphas.logsumexp(0).mul(n)).add(prior).add(constant);
    }

    /** {@code ∇L(p)} in ADBench's parameter order, by one {@code backward()} through {@link #objective}. */
    @Override
    public double[] gradient(double[] parameters) {
        int d = data.d(), k = data.k(), count = data.parameterCount();
        if (parameters.length != count) {
            throw new IllegalArgumentException("gmm tensor: expected " + count + " parameters (k = " + k + ", d = " + d
                    + "), got " + parameters.length);
        }
        Tensor alphas = Tensor.fromArray(Arrays.copyOfRange(parameters, 0, k), k).requiresGrad_(true);
        Tensor means = Tensor.fromArray(Arrays.copyOfRange(parameters, k, k + k * d), k, d).requiresGrad_(true);
        Tensor icf = Tensor.fromArray(Arrays.copyOfRange(parameters, k + k * d, count), k, data.icfSize())
                .requiresGrad_(true);
        objective(alphas, means, icf).backward();
        double[] gradient = new double[count];
        System.arraycopy(alphas.grad().toDoubleArray(), 0, gradient, 0, k);
        System.arraycopy(means.grad().toDoubleArray(), 0, gradient, k, k * d);
        System.arraycopy(icf.grad().toDoubleArray(), 0, gradient, k + k * d, count - k - k * d);
        return gradient;
    }

    @Override
    public boolean exact() {
        return true;
    }
}
