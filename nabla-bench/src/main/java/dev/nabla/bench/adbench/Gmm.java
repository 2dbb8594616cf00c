package dev.nabla.bench.adbench;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;

/**
 * ADBench's GMM objective, written once on the algebra: the log-likelihood of a Gaussian mixture with a
 * Wishart prior, as a function of the parameters α ({@code k}), μ ({@code k·d}) and icf
 * ({@code k·d(d+1)/2}), in that order.
 *
 * <pre>{@code
 * Q_k      = lower triangular, diagonal exp(q_k), strictly lower part l_k (filled column by column)
 * inner_ik = α_k + Σ_j q_kj − ½ ‖Q_k (x_i − μ_k)‖²
 * L        = Σ_i logsumexp_k(inner_ik) − n · logsumexp(α)
 *            + Σ_k [½ γ² (‖exp(q_k)‖² + ‖l_k‖²) − m Σ_j q_kj] − k · C − n · d · ½ · log(2π)
 * C        = N·d·(log γ − ½ log 2) − log Γ_d(N/2),   N = d + m + 1
 * }</pre>
 *
 * <p>{@code L} is written as a sum over the points plus a global term ({@link #pointTerm}, {@link #global}), so
 * that a compiled kernel can be generated for one point and looped over the data.
 *
 * <p>{@code logsumexp(v) = M + log Σ exp(vᵢ − M)} with {@code M = max vᵢ} taken with the algebra's
 * {@code max}, so the shift is part of the traced computation and its derivative cancels exactly
 * ({@code ∂/∂M = 1 − Σ softmax = 0}) whichever operand wins a tie.
 */
public final class Gmm {
    private final GmmInput data;
    private final double constant;

    private Gmm(GmmInput data) {
        this.data = data;
        int d = data.d();
        double bigN = d + data.m() + 1;
        double c = bigN * d * (Math.log(data.gamma()) - 0.5 * Math.log(2)) - LogGamma.multivariate(bigN / 2, d);
        this.constant = -data.k() * c - data.n() * d * 0.5 * Math.log(2 * Math.PI);
    }

    /** The objective of {@code data}. */
    public static Gmm of(GmmInput data) {
        if (data == null) throw new IllegalArgumentException("gmm: the input is null");
        return new Gmm(data);
    }

    /** The problem this objective reads. */
    public GmmInput data() {
        return data;
    }

    /** The objective as a function of the parameters, for every method. */
    public ScalarFunction function() {
        return this::value;
    }

    /** {@code L(α, μ, icf)}; {@code p} holds the parameters in ADBench's order. */
    public Num value(Num... p) {
        checkParameters(p);
        Factors f = factors(p);
        double[] x = data.points();
        int d = data.d();
        Num[] inner = new Num[data.k()];
        Num[] centred = new Num[d];
        Num total = null;
        for (int i = 0; i < data.n(); i++) {
            int at = i * d;
            total = plus(total, pointTerm(p, f, (mu, j) -> mu.sub(x[at + j]), inner, centred));
        }
        return total.add(global(p, f));
    }

    /**
     * The term of point {@code x} alone, {@code logsumexp_k(inner_k(x))}, as a function of the parameters
     * followed by the point: {@code q[0 … P−1]} are the parameters, {@code q[P … P+d−1]} the point. {@code L} is
     * the sum of this over the points plus {@link #global}.
     */
    public Num pointTerm(Num[] q) {
        int count = data.parameterCount();
        if (q.length != count + data.d()) {
            throw new IllegalArgumentException("gmm point term: expected " + count + " parameters and " + data.d()
                    + " coordinates, got " + q.length + " values");
        }
        return pointTerm(q, factors(q), (mu, j) -> mu.sub(q[count + j]), new Num[data.k()], new Num[data.d()]);
    }

    /** The terms of {@code L} that do not depend on the points: {@code −n·logsumexp(α) + prior − k·C − n·d·½·log(2π)}. */
    public Num global(Num[] p) {
        checkParameters(p);
        return global(p, factors(p));
    }

    private void checkParameters(Num[] p) {
        if (p.length != data.parameterCount()) {
            throw new IllegalArgumentException("gmm: expected " + data.parameterCount() + " parameters (k = " + data.k()
                    + ", d = " + data.d() + "), got " + p.length);
        }
    }

    /** What every point shares: {@code exp(q_c)} and {@code Σ_j q_cj} of each component, and the prior term. */
    private record Factors(Num[][] diagonal, Num[] sumQ, Num prior) {}

    /** Coordinate {@code j} of a point subtracted from a mean: {@code μ_j − x_j}. */
    @FunctionalInterface
    private interface Centring {
        Num apply(Num mean, int j);
    }

    private Factors factors(Num[] p) {
        int d = data.d(), k = data.k(), icfSize = data.icfSize();
        int icfAt = k + k * d;
        Num[][] diagonal = new Num[k][d];
        Num[] sumQ = new Num[k];
        Num prior = null;
        for (int c = 0; c < k; c++) {
            int q = icfAt + c * icfSize;
            Num sum = p[q];
            Num squares = null;
            for (int j = 0; j < d; j++) {
                diagonal[c][j] = p[q + j].exp();
                if (j > 0) sum = sum.add(p[q + j]);
                squares = plus(squares, diagonal[c][j].square());
            }
            for (int j = d; j < icfSize; j++) squares = squares.add(p[q + j].square());
            sumQ[c] = sum;
            Num term = squares.mul(0.5 * data.gamma() * data.gamma()).sub(sum.mul(data.m()));
            prior = plus(prior, term);
        }
        return new Factors(diagonal, sumQ, prior);
    }

    private Num global(Num[] p, Factors f) {
        int k = data.k();
        Num[] alphas = new Num[k];
        System.arraycopy(p, 0, alphas, 0, k);
        return f.prior().sub(logSumExp(alphas).mul(data.n())).add(constant);
    }

    /** {@code logsumexp_k(inner_k)} of one point; {@code inner} and {@code centred} are scratch arrays. */
    private Num pointTerm(Num[] p, Factors f, Centring point, Num[] inner, Num[] centred) {
        for (int c = 0; c < inner.length; c++) {
            inner[c] = p[c].add(f.sumQ()[c]).sub(halfSquaredNorm(p, c, f.diagonal()[c], point, centred));
        }
        return logSumExp(inner);
    }

    /** {@code ½ ‖Q_c (x − μ_c)‖²}, with {@code Q_c(μ_c − x)} computed row by row (the sign does not change the norm). */
    private Num halfSquaredNorm(Num[] p, int c, Num[] diagonal, Centring point, Num[] centred) {
        int d = data.d(), k = data.k();
        int mu = k + c * d, l = k + k * d + c * data.icfSize() + d;
        for (int j = 0; j < d; j++) centred[j] = point.apply(p[mu + j], j);
        Num squaredNorm = null;
        for (int r = 0; r < d; r++) {
            Num row = diagonal[r].mul(centred[r]);
            int at = l + r - 1;
            for (int col = 0; col < r; col++) {
                row = row.add(p[at].mul(centred[col]));
                at += d - col - 2;
            }
            squaredNorm = plus(squaredNorm, row.square());
        }
        return squaredNorm.mul(0.5);
    }

    /** Position of {@code Q[r][c]} ({@code r > c}) among the {@code l} values, filled column by column. */
    static int lowerIndex(int d, int r, int c) {
        return c * (2 * d - c - 1) / 2 + (r - c - 1);
    }

    /** {@code M + log Σ exp(vᵢ − M)}, {@code M = max vᵢ}. */
    static Num logSumExp(Num[] v) {
        Num max = v[0];
        for (int i = 1; i < v.length; i++) max = max.max(v[i]);
        Num sum = v[0].sub(max).exp();
        for (int i = 1; i < v.length; i++) sum = sum.add(v[i].sub(max).exp());
        return sum.log().add(max);
    }

    private static Num plus(Num sum, Num term) {
        return sum == null ? term : sum.add(term);
    }
}
