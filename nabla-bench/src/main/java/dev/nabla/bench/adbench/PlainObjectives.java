package dev.nabla.bench.adbench;

/**
 * The GMM objective and the BA residuals written by hand on {@code double}, without the algebra: the
 * baseline of the "÷ plain" ratios, as a C++ objective is in ADBench. Same formulas and operation order as
 * {@link Gmm} and {@link Ba}; {@code GmmTest} and {@code BaTest} tie each to its algebra version.
 */
public final class PlainObjectives {
    private PlainObjectives() {}

    /** {@code L(α, μ, icf)} of {@code data} at parameters {@code p} (ADBench's order). */
    public static double gmm(GmmInput data, double[] p) {
        int d = data.d(), k = data.k(), n = data.n(), icfSize = data.icfSize();
        int icfAt = k + k * d;
        double[] diagonal = new double[k * d];
        double[] sumQ = new double[k];
        double prior = 0;
        for (int c = 0; c < k; c++) {
            int q = icfAt + c * icfSize;
            double sum = 0, squares = 0;
            for (int j = 0; j < d; j++) {
                double e = Math.exp(p[q + j]);
                diagonal[c * d + j] = e;
                sum += p[q + j];
                squares += e * e;
            }
            for (int j = d; j < icfSize; j++) squares += p[q + j] * p[q + j];
            sumQ[c] = sum;
            prior += 0.5 * data.gamma() * data.gamma() * squares - data.m() * sum;
        }
        double[] x = data.points();
        double[] inner = new double[k];
        double[] centred = new double[d];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                int mu = k + c * d, l = icfAt + c * icfSize + d;
                for (int j = 0; j < d; j++) centred[j] = p[mu + j] - x[i * d + j];
                double squaredNorm = 0;
                for (int r = 0; r < d; r++) {
                    double row = diagonal[c * d + r] * centred[r];
                    int at = l + r - 1;
                    for (int col = 0; col < r; col++) {
                        row += p[at] * centred[col];
                        at += d - col - 2;
                    }
                    squaredNorm += row * row;
                }
                inner[c] = p[c] + sumQ[c] - 0.5 * squaredNorm;
            }
            total += logSumExp(inner, k);
        }
        double bigN = d + data.m() + 1;
        double constant = -k * (bigN * d * (Math.log(data.gamma()) - 0.5 * Math.log(2)) - LogGamma.multivariate(bigN / 2, d))
                - n * d * 0.5 * Math.log(2 * Math.PI);
        return total - n * logSumExp(p, k) + prior + constant;
    }

    /** All {@code 3p} residuals of {@code data}: reprojection pairs, then weight residuals. */
    public static double[] ba(BaInput data) {
        int p = data.p();
        double[] out = new double[3 * p];
        double[] cams = data.cameras(), points = data.points(), features = data.features();
        for (int i = 0; i < p; i++) {
            int c = BaInput.CAMERA * data.camera()[i], x = 3 * data.point()[i];
            double y0 = points[x] - cams[c + 3], y1 = points[x + 1] - cams[c + 4], y2 = points[x + 2] - cams[c + 5];
            double r0 = cams[c], r1 = cams[c + 1], r2 = cams[c + 2];
            double sq = r0 * r0 + r1 * r1 + r2 * r2;
            double p0, p1, p2;
            if (sq == 0) {
                p0 = y0 + (r1 * y2 - r2 * y1);
                p1 = y1 + (r2 * y0 - r0 * y2);
                p2 = y2 + (r0 * y1 - r1 * y0);
            } else {
                double theta = Math.sqrt(sq), cos = Math.cos(theta), sin = Math.sin(theta);
                double w0 = r0 / theta, w1 = r1 / theta, w2 = r2 / theta;
                double along = (w0 * y0 + w1 * y1 + w2 * y2) * (1 - cos);
                p0 = y0 * cos + (w1 * y2 - w2 * y1) * sin + w0 * along;
                p1 = y1 * cos + (w2 * y0 - w0 * y2) * sin + w1 * along;
                p2 = y2 * cos + (w0 * y1 - w1 * y0) * sin + w2 * along;
            }
            double u0 = p0 / p2, u1 = p1 / p2;
            double rsq = u0 * u0 + u1 * u1;
            double focal = (cams[c + 9] * rsq + cams[c + 10] * rsq * rsq + 1) * cams[c + 6];
            double w = data.weights()[i];
            out[2 * i] = w * (u0 * focal + cams[c + 7] - features[2 * i]);
            out[2 * i + 1] = w * (u1 * focal + cams[c + 8] - features[2 * i + 1]);
            out[2 * p + i] = 1 - w * w;
        }
        return out;
    }

    private static double logSumExp(double[] v, int count) {
        double max = v[0];
        for (int i = 1; i < count; i++) max = Math.max(max, v[i]);
        double sum = 0;
        for (int i = 0; i < count; i++) sum += Math.exp(v[i] - max);
        return Math.log(sum) + max;
    }
}
