package dev.nabla.bench.adbench;

import java.nio.file.Path;

/**
 * One ADBench bundle-adjustment problem: {@code n} cameras, {@code m} points, {@code p} observations.
 *
 * <p>File format: {@code n m p}; one camera (11 values), one point (3), one weight, one feature (2).
 * As ADBench does, they are replicated: every camera equals the one given, every point too, and
 * observation {@code i} has that weight and feature and sees point {@code i mod m} from camera
 * {@code i mod n}.
 *
 * @param n        cameras
 * @param m        points
 * @param p        observations
 * @param cameras  {@code 11·n} values: per camera r (3, Rodrigues), c (3, centre), f, x0 (2), κ (2)
 * @param points   {@code 3·m} values
 * @param weights  {@code p} weights
 * @param features {@code 2·p} observed features
 * @param camera   {@code camera[i]}: the camera of observation {@code i}
 * @param point    {@code point[i]}: the point of observation {@code i}
 */
public record BaInput(int n, int m, int p, double[] cameras, double[] points, double[] weights, double[] features,
                      int[] camera, int[] point) {

    /** Values per camera. */
    public static final int CAMERA = 11;
    /** Inputs of one reprojection block: camera, point, weight. */
    public static final int BLOCK = CAMERA + 3 + 1;

    /** {@code 11n + 3m + p}: the Jacobian's columns. */
    public int columns() {
        return CAMERA * n + 3 * m + p;
    }

    /** {@code 2p + p}: the Jacobian's rows (reprojection rows first, then weight rows). */
    public int rows() {
        return 3 * p;
    }

    /** The 15 inputs of observation {@code i}'s block: its camera, its point, its weight. */
    public double[] block(int i) {
        double[] x = new double[BLOCK];
        System.arraycopy(cameras, CAMERA * camera[i], x, 0, CAMERA);
        System.arraycopy(points, 3 * point[i], x, CAMERA, 3);
        x[BLOCK - 1] = weights[i];
        return x;
    }

    /** The Jacobian column of block input {@code j} ({@code 0 ≤ j < 15}) of observation {@code i}. */
    public int column(int i, int j) {
        if (j < CAMERA) return CAMERA * camera[i] + j;
        if (j < CAMERA + 3) return CAMERA * n + 3 * point[i] + (j - CAMERA);
        return CAMERA * n + 3 * m + i;
    }

    /** Reads an ADBench BA file; every problem is an {@link InputFormatException} naming the file and line. */
    public static BaInput read(Path file) {
        NumberLines in = NumberLines.open(file);
        int[] sizes = in.sizes("n", "m", "p");
        int n = sizes[0], m = sizes[1], p = sizes[2];
        if ((long) CAMERA * n + 3L * m + p > 100_000_000L || p > 20_000_000) {
            throw in.errorAtPrevious("sizes n = " + n + ", m = " + m + ", p = " + p + " are too large");
        }
        double[] cam = in.row(CAMERA, "camera (11 values)");
        double[] x = in.row(3, "point (3 values)");
        double w = in.row(1, "weight")[0];
        double[] feat = in.row(2, "feature (2 values)");
        in.requireEnd();
        double[] cameras = new double[CAMERA * n];
        for (int j = 0; j < n; j++) System.arraycopy(cam, 0, cameras, CAMERA * j, CAMERA);
        double[] points = new double[3 * m];
        for (int j = 0; j < m; j++) System.arraycopy(x, 0, points, 3 * j, 3);
        double[] weights = new double[p];
        double[] features = new double[2 * p];
        int[] camera = new int[p];
        int[] point = new int[p];
        for (int i = 0; i < p; i++) {
            weights[i] = w;
            features[2 * i] = feat[0];
            features[2 * i + 1] = feat[1];
            camera[i] = i % n;
            point[i] = i % m;
        }
        return new BaInput(n, m, p, cameras, points, weights, features, camera, point);
    }
}
