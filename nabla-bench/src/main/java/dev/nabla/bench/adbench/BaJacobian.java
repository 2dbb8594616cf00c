package dev.nabla.bench.adbench;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;

/**
 * The residuals of a whole BA problem and its Jacobian assembled block by block. Row layout as ADBench:
 * reprojection rows {@code 2i, 2i + 1} of observation {@code i}, then weight row {@code 2p + i}; columns
 * cameras ({@code 11n}), points ({@code 3m}), weights ({@code p}).
 */
public final class BaJacobian {
    private BaJacobian() {}

    /** All {@code 3p} residuals, evaluated on plain doubles through the algebra. */
    public static double[] residuals(BaInput data) {
        int p = data.p();
        double[] out = new double[3 * p];
        Num[] x = new Num[BaInput.BLOCK];
        double[] block = new double[BaInput.BLOCK];
        for (int i = 0; i < p; i++) {
            fillBlock(data, i, block);
            for (int j = 0; j < BaInput.BLOCK; j++) x[j] = new Real(block[j]);
            Num[] r = Ba.reprojection(x, data.features()[2 * i], data.features()[2 * i + 1]);
            out[2 * i] = r[0].doubleValue();
            out[2 * i + 1] = r[1].doubleValue();
            out[2 * p + i] = Ba.weightResidual(new Real(data.weights()[i])).doubleValue();
        }
        return out;
    }

    /** The Jacobian by {@code method}, block by block. */
    public static SparseJacobian compute(BaInput data, BlockJacobian method) {
        int p = data.p();
        int nonZeros = 2 * p * BaInput.BLOCK + p;
        int[] rowStart = new int[3 * p + 1];
        int[] cols = new int[nonZeros];
        double[] vals = new double[nonZeros];
        double[] block = new double[BaInput.BLOCK];
        double[] partials = new double[2 * BaInput.BLOCK];
        int k = 0;
        int pointsAt = BaInput.CAMERA * data.n(), weightsAt = pointsAt + 3 * data.m();
        for (int i = 0; i < p; i++) {
            fillBlock(data, i, block);
            method.reprojection(block, data.features()[2 * i], data.features()[2 * i + 1], partials);
            int camera = BaInput.CAMERA * data.camera()[i], point = pointsAt + 3 * data.point()[i];
            for (int row = 0; row < 2; row++) {
                rowStart[2 * i + row] = k;
                int from = BaInput.BLOCK * row;
                for (int j = 0; j < BaInput.CAMERA; j++) cols[k + j] = camera + j;
                for (int j = 0; j < 3; j++) cols[k + BaInput.CAMERA + j] = point + j;
                cols[k + BaInput.BLOCK - 1] = weightsAt + i;
                System.arraycopy(partials, from, vals, k, BaInput.BLOCK);
                k += BaInput.BLOCK;
            }
        }
        for (int i = 0; i < p; i++) {
            rowStart[2 * p + i] = k;
            cols[k] = weightsAt + i;
            vals[k++] = method.weight(data.weights()[i]);
        }
        rowStart[3 * p] = k;
        return new SparseJacobian(3 * p, data.columns(), rowStart, cols, vals);
    }

    private static void fillBlock(BaInput data, int i, double[] block) {
        System.arraycopy(data.cameras(), BaInput.CAMERA * data.camera()[i], block, 0, BaInput.CAMERA);
        System.arraycopy(data.points(), 3 * data.point()[i], block, BaInput.CAMERA, 3);
        block[BaInput.BLOCK - 1] = data.weights()[i];
    }
}
