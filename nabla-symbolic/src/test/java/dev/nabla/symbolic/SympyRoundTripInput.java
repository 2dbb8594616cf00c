package dev.nabla.symbolic;

import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.RandomExpressions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the input of {@code src/test/python/sympy_roundtrip.py}: {@value #COUNT} random expressions
 * (seeded) in Nabla's plain and SymPy forms, each with {@value #POINTS} points {@code (x, y, z)}.
 * SymPy reads the SymPy form itself and evaluates it; {@link SympyRoundTripTest} compares.
 *
 * <pre>
 * java -cp … dev.nabla.symbolic.SympyRoundTripInput src/test/resources/sympy/roundtrip_input.tsv
 * </pre>
 */
public final class SympyRoundTripInput {
    private SympyRoundTripInput() {}

    static final int COUNT = 600;
    static final int POINTS = 3;
    static final long SEED = 20261201L;

    /** Columns: id, plain form, SymPy form, then x, y, z of each point. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/sympy/roundtrip_input.tsv");
        Random r = new Random(SEED);
        StringBuilder b = new StringBuilder("# id\tplain\tsympy\tx,y,z;… (written by SympyRoundTripInput, seed " + SEED + ")\n");
        for (int id = 0; id < COUNT; id++) {
            Expr e = RandomExpressions.expression(r, 4);
            b.append(id).append('\t').append(e).append('\t').append(e.toSympy()).append('\t');
            for (int k = 0; k < POINTS; k++) {
                if (k > 0) b.append(';');
                for (int v = 0; v < 3; v++) {
                    if (v > 0) b.append(',');
                    b.append(Math.round((r.nextDouble() * 5 - 2) * 1000) / 1000.0);
                }
            }
            b.append('\n');
        }
        Files.writeString(out, b.toString());
    }
}
