package dev.nabla.bench.adbench;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The peer: the same GMM objective and BA block on Hipparchus' {@link CalculusFieldElement}, differentiated
 * by its forward mode {@link Gradient} (a dense tangent per value). The operations are those of
 * {@link Gmm} and {@link Ba}, in the same order.
 */
public final class HipparchusAdbench {
    private HipparchusAdbench() {}

    /** {@code ∇L(p)} by Hipparchus {@code Gradient} with one free parameter per GMM parameter. */
    public static double[] gmmGradient(GmmInput data, double[] p) {
        int n = p.length;
        Gradient[] xs = new Gradient[n];
        for (int i = 0; i < n; i++) xs[i] = Gradient.variable(n, i, p[i]);
        return gmm(data, xs).getGradient();
    }

    /** The GMM objective on any field, as {@link Gmm#value}. */
    static <T extends CalculusFieldElement<T>> T gmm(GmmInput data, T[] p) {
        int d = data.d(), k = data.k(), n = data.n(), icfSize = data.icfSize();
        int meansAt = k, icfAt = k + k * d;
        @SuppressWarnings("unchecked") T[][] diagonal = (T[][]) java.lang.reflect.Array.newInstance(p[0].getClass(), k, d);
        T[] sumQ = p.clone();
        T prior = null;
        for (int c = 0; c < k; c++) {
            int q = icfAt + c * icfSize;
            T sum = p[q];
            T squares = null;
            for (int j = 0; j < d; j++) {
                diagonal[c][j] = p[q + j].exp();
                if (j > 0) sum = sum.add(p[q + j]);
                squares = plus(squares, diagonal[c][j].square());
            }
            for (int j = d; j < icfSize; j++) squares = squares.add(p[q + j].square());
            sumQ[c] = sum;
            prior = plus(prior, squares.multiply(0.5 * data.gamma() * data.gamma()).subtract(sum.multiply(data.m())));
        }
        double[] x = data.points();
        T[] inner = java.util.Arrays.copyOf(p, k);
        T[] centred = java.util.Arrays.copyOf(p, d);
        T total = null;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                int mu = meansAt + c * d, l = icfAt + c * icfSize + d;
                for (int j = 0; j < d; j++) centred[j] = p[mu + j].subtract(x[i * d + j]);
                T squaredNorm = null;
                for (int r = 0; r < d; r++) {
                    T row = diagonal[c][r].multiply(centred[r]);
                    for (int col = 0; col < r; col++) row = row.add(p[l + Gmm.lowerIndex(d, r, col)].multiply(centred[col]));
                    squaredNorm = plus(squaredNorm, row.square());
                }
                inner[c] = p[c].add(sumQ[c]).subtract(squaredNorm.multiply(0.5));
            }
            total = plus(total, logSumExp(inner));
        }
        double bigN = d + data.m() + 1;
        double constant = -k * (bigN * d * (Math.log(data.gamma()) - 0.5 * Math.log(2)) - LogGamma.multivariate(bigN / 2, d))
                - n * d * 0.5 * Math.log(2 * Math.PI);
        return total.subtract(logSumExp(java.util.Arrays.copyOf(p, k)).multiply(n)).add(prior).add(constant);
    }

    /** The dense Jacobian {@code J[2][15]} of a BA block by Hipparchus {@code Gradient}. */
    public static double[][] baBlockJacobian(double[] x, double fx, double fy) {
        Gradient[] xs = new Gradient[BaInput.BLOCK];
        for (int i = 0; i < xs.length; i++) xs[i] = Gradient.variable(BaInput.BLOCK, i, x[i]);
        Gradient[] r = baBlock(xs, fx, fy);
        return new double[][] {r[0].getGradient(), r[1].getGradient()};
    }

    /** {@code d(1 − w²)/dw} by Hipparchus {@code Gradient}. */
    public static double baWeightDerivative(double w) {
        return Gradient.variable(1, 0, w).square().negate().add(1).getGradient()[0];
    }

    /** The BA reprojection block on any field, as {@link Ba#reprojection}. */
    static <T extends CalculusFieldElement<T>> T[] baBlock(T[] x, double fx, double fy) {
        T[] r = java.util.Arrays.copyOf(x, 3);
        T[] y = java.util.Arrays.copyOf(x, 3);
        for (int j = 0; j < 3; j++) y[j] = x[11 + j].subtract(x[3 + j]);
        T[] rotated = rotate(r, y);
        T u0 = rotated[0].divide(rotated[2]);
        T u1 = rotated[1].divide(rotated[2]);
        T rsq = u0.square().add(u1.square());
        T focal = x[9].multiply(rsq).add(x[10].multiply(rsq.square())).add(1).multiply(x[6]);
        T w = x[14];
        T[] out = java.util.Arrays.copyOf(x, 2);
        out[0] = w.multiply(u0.multiply(focal).add(x[7]).subtract(fx));
        out[1] = w.multiply(u1.multiply(focal).add(x[8]).subtract(fy));
        return out;
    }

    private static <T extends CalculusFieldElement<T>> T[] rotate(T[] r, T[] y) {
        T squaredAngle = r[0].square().add(r[1].square()).add(r[2].square());
        T[] out = y.clone();
        if (squaredAngle.getReal() == 0) {
            T[] cross = cross(r, y);
            for (int j = 0; j < 3; j++) out[j] = y[j].add(cross[j]);
            return out;
        }
        T angle = squaredAngle.sqrt();
        T cos = angle.cos();
        T sin = angle.sin();
        T[] axis = r.clone();
        for (int j = 0; j < 3; j++) axis[j] = r[j].divide(angle);
        T[] cross = cross(axis, y);
        T along = axis[0].multiply(y[0]).add(axis[1].multiply(y[1])).add(axis[2].multiply(y[2])).multiply(cos.negate().add(1));
        for (int j = 0; j < 3; j++) out[j] = y[j].multiply(cos).add(cross[j].multiply(sin)).add(axis[j].multiply(along));
        return out;
    }

    private static <T extends CalculusFieldElement<T>> T[] cross(T[] a, T[] b) {
        T[] out = a.clone();
        out[0] = a[1].multiply(b[2]).subtract(a[2].multiply(b[1]));
        out[1] = a[2].multiply(b[0]).subtract(a[0].multiply(b[2]));
        out[2] = a[0].multiply(b[1]).subtract(a[1].multiply(b[0]));
        return out;
    }

    private static <T extends CalculusFieldElement<T>> T logSumExp(T[] v) {
        T max = v[0];
        for (int i = 1; i < v.length; i++) max = max.getReal() >= v[i].getReal() ? max : v[i];
        T sum = v[0].subtract(max).exp();
        for (int i = 1; i < v.length; i++) sum = sum.add(v[i].subtract(max).exp());
        return sum.log().add(max);
    }

    private static <T extends CalculusFieldElement<T>> T plus(T sum, T term) {
        return sum == null ? term : sum.add(term);
    }
}
