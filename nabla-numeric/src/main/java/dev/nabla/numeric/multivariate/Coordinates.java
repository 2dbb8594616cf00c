package dev.nabla.numeric.multivariate;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Work over the coordinates (or pairs of them), in order or on the common fork-join pool. */
public final class Coordinates {
    private Coordinates() {}

    /** Runs {@code task} for {@code 0 ≤ i < n}, in parallel if asked. The tasks must be independent. */
    public static void forEach(int n, boolean parallel, IntConsumer task) {
        IntStream range = IntStream.range(0, n);
        (parallel ? range.parallel() : range).forEach(task);
    }
}
