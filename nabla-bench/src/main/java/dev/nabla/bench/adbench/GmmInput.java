package dev.nabla.bench.adbench;

import java.nio.file.Path;

/**
 * One ADBench GMM problem: {@code k} components in {@code d} dimensions, {@code n} points, the Wishart
 * prior's {@code γ} and {@code m}, and the parameters at which to differentiate.
 *
 * <p>File format: {@code d k n}; {@code k} lines of one α; {@code k} lines of μ ({@code d} values);
 * {@code k} lines of icf ({@code d} values q, then {@code d(d−1)/2} values l); the points ({@code n}
 * lines of {@code d} values, or one line repeated {@code n} times); last line {@code γ m}.
 *
 * @param d      dimension of a point
 * @param k      number of mixture components
 * @param n      number of points
 * @param alphas the {@code k} mixture weights' logits α
 * @param means  the {@code k·d} means, component after component
 * @param icf    the {@code k·d(d+1)/2} inverse-covariance factors, component after component
 * @param points the {@code n·d} points, point after point
 * @param gamma  the Wishart prior's γ
 * @param m      the Wishart prior's degrees-of-freedom offset m
 */
public record GmmInput(int d, int k, int n, double[] alphas, double[] means, double[] icf, double[] points,
                       double gamma, int m) {

    /** {@code d(d+1)/2}: the icf values of one component. */
    public int icfSize() {
        return d * (d + 1) / 2;
    }

    /** {@code k + k·d + k·d(d+1)/2}: the number of parameters. */
    public int parameterCount() {
        return k + k * d + k * icfSize();
    }

    /** The parameters in ADBench's order: α, then μ, then icf. */
    public double[] parameters() {
        double[] p = new double[parameterCount()];
        System.arraycopy(alphas, 0, p, 0, k);
        System.arraycopy(means, 0, p, k, k * d);
        System.arraycopy(icf, 0, p, k + k * d, k * icfSize());
        return p;
    }

    /** Reads an ADBench GMM file; every problem is an {@link InputFormatException} naming the file and line. */
    public static GmmInput read(Path file) {
        NumberLines in = NumberLines.open(file);
        int[] sizes = in.sizes("d", "k", "n");
        int d = sizes[0], k = sizes[1], n = sizes[2];
        if ((long) d * (d + 1) / 2 * k > 50_000_000L || (long) n * d > 200_000_000L) {
            throw in.errorAtPrevious("sizes d = " + d + ", k = " + k + ", n = " + n + " are too large");
        }
        int icfSize = d * (d + 1) / 2;
        double[] alphas = new double[k];
        for (int j = 0; j < k; j++) alphas[j] = in.row(1, "alpha of component " + j)[0];
        double[] means = new double[k * d];
        for (int j = 0; j < k; j++) System.arraycopy(in.row(d, "mean of component " + j), 0, means, j * d, d);
        double[] icf = new double[k * icfSize];
        for (int j = 0; j < k; j++) {
            System.arraycopy(in.row(icfSize, "icf of component " + j + " (d q values, then d(d-1)/2 l values)"), 0,
                    icf, j * icfSize, icfSize);
        }
        int remaining = in.remaining();
        if (remaining != n + 1 && remaining != 2) {
            throw InputFormatException.at(file, in.lineNumber(), "expected " + n + " points (or one point to repeat) and the line 'gamma m', found "
                    + remaining + " lines");
        }
        double[] points = new double[n * d];
        if (remaining == n + 1) {
            for (int i = 0; i < n; i++) System.arraycopy(in.row(d, "point " + i), 0, points, i * d, d);
        } else {
            double[] x = in.row(d, "the point to repeat");
            for (int i = 0; i < n; i++) System.arraycopy(x, 0, points, i * d, d);
        }
        int wishartLine = in.lineNumber();
        double[] wishart = in.row(2, "gamma m");
        if (wishart[1] != Math.rint(wishart[1]) || wishart[1] < 0) {
            throw InputFormatException.at(file, wishartLine, "m must be a non-negative integer, found " + wishart[1]);
        }
        if (wishart[0] <= 0) throw InputFormatException.at(file, wishartLine, "gamma must be positive, found " + wishart[0]);
        in.requireEnd();
        return new GmmInput(d, k, n, alphas, means, icf, points, wishart[0], (int) wishart[1]);
    }
}
