package dev.nabla.spark.fit;

import dev.nabla.spark.loss.DistributedLoss;
import dev.nabla.spark.loss.LabeledRecord;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.optimization.LBFGS;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.util.List;

/**
 * Minimises {@code (1/n) Σᵢ ℓ(θ; xᵢ, yᵢ) + P(θ)} over a distributed data set with L-BFGS — MLlib's
 * implementation ({@code org.apache.spark.mllib.optimization.LBFGS}, Breeze's optimiser), the one
 * MLlib's own models use — fed with each record's gradient by the loss's method (compiled or the
 * tape) and the penalty's by reverse mode. The records are read once and cached for the fit.
 *
 * <pre>{@code
 * FitResult fit = Lbfgs.create().maxIterations(100).tolerance(1e-9).penalty(Penalty.l2(0.1, 1))
 *         .minimize(DistributedLoss.compiled(logistic, 21), dataset, new double[21]);
 * }</pre>
 *
 * Immutable: each setting returns a new value.
 */
public final class Lbfgs {
    private final int maxIterations;
    private final double tolerance;
    private final int corrections;
    private final Penalty penalty;

    private Lbfgs(int maxIterations, double tolerance, int corrections, Penalty penalty) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.corrections = corrections;
        this.penalty = penalty;
    }

    /** 100 iterations at most, tolerance 1e-6, 10 corrections, no penalty (MLlib's defaults but the tolerance). */
    public static Lbfgs create() {
        return new Lbfgs(100, 1e-6, 10, Penalty.none());
    }

    /** The iteration limit. */
    public Lbfgs maxIterations(int n) {
        if (n < 1) throw new IllegalArgumentException("L-BFGS: iteration limit must be at least 1, got " + n);
        return new Lbfgs(n, tolerance, corrections, penalty);
    }

    /** The convergence tolerance on the relative change of the objective, as MLlib reads it. */
    public Lbfgs tolerance(double tol) {
        if (!(tol >= 0) || Double.isInfinite(tol)) throw new IllegalArgumentException("L-BFGS: tolerance must be finite and ≥ 0, got " + tol);
        return new Lbfgs(maxIterations, tol, corrections, penalty);
    }

    /** How many past updates approximate the Hessian (3 to 10 is usual). */
    public Lbfgs corrections(int m) {
        if (m < 1) throw new IllegalArgumentException("L-BFGS: corrections must be at least 1, got " + m);
        return new Lbfgs(maxIterations, tolerance, m, penalty);
    }

    /** The term added once to the mean loss (an L2 penalty: {@link Penalty#l2(double, int)}). */
    public Lbfgs penalty(Penalty p) {
        if (p == null) throw new IllegalArgumentException("L-BFGS: penalty is null (use Penalty.none())");
        return new Lbfgs(maxIterations, tolerance, corrections, p);
    }

    /** Minimises {@code loss}'s mean over {@code data}, read by {@code loss}'s columns and bad-row policy. */
    public FitResult minimize(DistributedLoss loss, Dataset<Row> data, double[] initial) {
        if (loss == null) throw new IllegalArgumentException("L-BFGS: loss is null");
        return minimize(loss, loss.records(data), initial);
    }

    /**
     * Minimises {@code loss}'s mean over {@code records}; a record with a non-finite value fails the fit
     * or is left out, as the loss's bad-row policy says.
     */
    public FitResult minimize(DistributedLoss loss, JavaRDD<LabeledRecord> records, double[] initial) {
        if (loss == null) throw new IllegalArgumentException("L-BFGS: loss is null");
        if (records == null) throw new IllegalArgumentException("L-BFGS: the data set is null");
        if (initial == null || initial.length != loss.parameterCount()) {
            throw new IllegalArgumentException("L-BFGS: " + loss.parameterCount() + " initial parameters expected, got "
                    + (initial == null ? "null" : initial.length));
        }
        JavaRDD<Tuple2<Object, Vector>> examples = loss.checked(records)
                .map(r -> new Tuple2<Object, Vector>(r.label(), Vectors.dense(r.features())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<Tuple2<Object, Vector>> first = examples.take(1);
            if (first.isEmpty()) throw new IllegalArgumentException("L-BFGS: the data set has no records");
            loss.prepare(first.get(0)._2().size());
            Tuple2<Vector, double[]> out = LBFGS.runLBFGS(examples.rdd(), new RecordLossGradient(loss.pinned()),
                    new PenaltyUpdater(penalty), corrections, tolerance, maxIterations, 0.0, Vectors.dense(initial.clone()));
            return new FitResult(out._1().toArray(), out._2());
        } finally {
            examples.unpersist(false);
        }
    }
}
