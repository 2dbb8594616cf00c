package dev.nabla.symbolic.jit;

/** Argument checks of the compiled objects, with messages naming the operation and the lengths. */
final class Checks {
    private Checks() {}

    static void length(String operation, String what, double[] a, int n) {
        if (a == null || a.length != n) {
            throw new IllegalArgumentException(operation + ": the " + what + " must have " + n + " coordinate"
                    + (n == 1 ? "" : "s") + ", got " + (a == null ? "null" : Integer.toString(a.length)));
        }
    }

    static void matrix(String operation, double[][] a, int rows, int columns) {
        if (a == null || a.length != rows) {
            throw new IllegalArgumentException(operation + ": the output must have " + rows + " rows, got "
                    + (a == null ? "null" : Integer.toString(a.length)));
        }
        for (int i = 0; i < rows; i++) {
            if (a[i] == null || a[i].length != columns) {
                throw new IllegalArgumentException(operation + ": row " + i + " of the output must have " + columns
                        + " entries, got " + (a[i] == null ? "null" : Integer.toString(a[i].length)));
            }
        }
    }
}
