package dev.nabla.spark.fit;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.reverse.Tape;
import dev.nabla.core.reverse.TapeVar;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.optimization.Updater;
import scala.Tuple2;

/**
 * A {@link Penalty} in the shape MLlib's L-BFGS reads a regulariser: {@code compute(w, g, step, iter, ·)}
 * returns {@code w' = w - (step/√iter)·(g + ∇P(w))} and {@code P(w')}; the optimiser recovers
 * {@code P(w)} with step 0 and {@code ∇P(w)} with step 1.
 */
final class PenaltyUpdater extends Updater {
    private static final long serialVersionUID = 1L;

    private final Penalty penalty;

    PenaltyUpdater(Penalty penalty) {
        this.penalty = penalty;
    }

    @Override
    public Tuple2<Vector, Object> compute(Vector weightsOld, Vector gradient, double stepSize, int iter, double regParam) {
        double[] w = weightsOld.toArray();
        double[] g = gradient.toArray();
        double[] dp = new double[w.length];
        valueAndGradient(w, dp);
        double step = stepSize / Math.sqrt(iter);
        double[] next = new double[w.length];
        for (int i = 0; i < w.length; i++) next[i] = w[i] - step * (g[i] + dp[i]);
        double value = step == 0 ? valueAndGradient(w, null) : valueAndGradient(next, null);
        return new Tuple2<>(Vectors.dense(next), value);
    }

    /** {@code P(w)}, with {@code ∇P(w)} written to {@code gradient} when it is not null. */
    double valueAndGradient(double[] w, double[] gradient) {
        Tape tape = new Tape();
        TapeVar[] x = tape.variables(w);
        Num p = penalty.value(x);
        if (p == null) throw new IllegalStateException("penalty: the function returned null");
        if (gradient != null) System.arraycopy(tape.gradient(p, x), 0, gradient, 0, w.length);
        return p.doubleValue();
    }
}
