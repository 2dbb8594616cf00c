package dev.nabla.bench.adbench;

/**
 * A Jacobian in compressed sparse row form: row {@code r}'s non-zeros are {@code cols[k], vals[k]} for
 * {@code rowStart[r] ≤ k < rowStart[r + 1]}, columns ascending.
 *
 * @param rowCount    rows
 * @param columnCount columns
 * @param rowStart    {@code rowCount + 1} offsets
 * @param cols        column of every non-zero
 * @param vals        value of every non-zero
 */
public record SparseJacobian(int rowCount, int columnCount, int[] rowStart, int[] cols, double[] vals) {

    /** The number of stored entries. */
    public int nonZeros() {
        return vals.length;
    }
}
