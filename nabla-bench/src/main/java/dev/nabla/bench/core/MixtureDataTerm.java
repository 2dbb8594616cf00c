package dev.nabla.bench.core;

import dev.nabla.core.algebra.Num;

import java.util.SplittableRandom;

/**
 * The data term of ADBench's Gaussian-mixture objective, {@code Σᵢ logsumexpₖ(αₖ + Σⱼ qₖⱼ − ½‖Qₖ(xᵢ − μₖ)‖²)}
 * with {@code Qₖ} lower triangular, diagonal {@code exp(qₖ)}, strictly lower part {@code lₖ} (filled
 * column by column), written twice with the same operations in the same order: by hand on doubles,
 * and as one point's term on Nabla's algebra. Parameters in ADBench's order: α (k), μ (k·d), then per
 * component its icf: q (d) and l (d(d−1)/2). The prior and the constants, which do not depend on the
 * points, are left out: this is the part whose cost grows with the number of points.
 */
public final class MixtureDataTerm {
    final int d;
    final int k;
    final double[] theta;
    final double[][] points;

    /** Random parameters and {@code n} random points, the same on every run. */
    MixtureDataTerm(int d, int k, int n) {
        this.d = d;
        this.k = k;
        SplittableRandom r = new SplittableRandom(20_261_201L + 31L * d + k);
        theta = new double[parameters(d, k)];
        for (int j = 0; j < theta.length; j++) theta[j] = r.nextDouble(-0.5, 0.5);
        points = new double[n][d];
        for (double[] p : points) for (int j = 0; j < d; j++) p[j] = r.nextDouble(-1, 1);
    }

    /** The number of parameters: {@code k + k·d + k·d(d+1)/2}. */
    static int parameters(int d, int k) {
        return k + k * d + k * d * (d + 1) / 2;
    }

    private int icf(int c) {
        return k + k * d + c * (d * (d + 1) / 2);
    }

    /** The data term on doubles. */
    double value(double[] th) {
        double[] inner = new double[k];
        double[] diff = new double[d];
        double total = 0;
        for (double[] x : points) {
            for (int c = 0; c < k; c++) {
                int q = icf(c);
                double sumQ = 0;
                for (int j = 0; j < d; j++) {
                    sumQ += th[q + j];
                    diff[j] = x[j] - th[k + c * d + j];
                }
                double norm = 0;
                int l = q + d;
                for (int row = 0; row < d; row++) {
                    double y = Math.exp(th[q + row]) * diff[row];
                    for (int col = 0; col < row; col++) y += th[l + lower(row, col)] * diff[col];
                    norm += y * y;
                }
                inner[c] = th[c] + sumQ - 0.5 * norm;
            }
            double max = inner[0];
            for (int c = 1; c < k; c++) max = Math.max(max, inner[c]);
            double s = 0;
            for (int c = 0; c < k; c++) s += Math.exp(inner[c] - max);
            total += max + Math.log(s);
        }
        return total;
    }

    /** The index in {@code l} of {@code Q[row][col]}, {@code col < row}, filled column by column. */
    private int lower(int row, int col) {
        return col * d - col * (col + 1) / 2 + (row - col - 1);
    }

    /** One point's term on the algebra: {@code x[0 … P−1]} the parameters, {@code x[P …]} the point. */
    Num term(Num[] x) {
        int p = theta.length;
        Num[] inner = new Num[k];
        Num[] diff = new Num[d];
        for (int c = 0; c < k; c++) {
            int q = icf(c);
            Num sumQ = x[q];
            for (int j = 1; j < d; j++) sumQ = sumQ.add(x[q + j]);
            for (int j = 0; j < d; j++) diff[j] = x[p + j].sub(x[k + c * d + j]);
            Num norm = null;
            int l = q + d;
            for (int row = 0; row < d; row++) {
                Num y = x[q + row].exp().mul(diff[row]);
                for (int col = 0; col < row; col++) y = y.add(x[l + lower(row, col)].mul(diff[col]));
                norm = norm == null ? y.mul(y) : norm.add(y.mul(y));
            }
            inner[c] = x[c].add(sumQ).sub(norm.mul(0.5));
        }
        Num max = inner[0];
        for (int c = 1; c < k; c++) max = max.max(inner[c]);
        Num s = inner[0].sub(max).exp();
        for (int c = 1; c < k; c++) s = s.add(inner[c].sub(max).exp());
        return max.add(s.log());
    }
}
