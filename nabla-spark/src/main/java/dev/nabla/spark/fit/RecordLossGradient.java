package dev.nabla.spark.fit;

import dev.nabla.spark.loss.RecordGradient;
import dev.nabla.spark.loss.RecordLoss;
import org.apache.spark.mllib.linalg.DenseVector;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.optimization.Gradient;
import scala.Tuple2;

/**
 * A Nabla record loss in the shape MLlib's optimisers call: {@code compute(features, label, weights,
 * cumGradient)} adds the record's gradient to {@code cumGradient} and returns its loss. Each task
 * gets its own copy, and with it one reused tape.
 */
final class RecordLossGradient extends Gradient {
    private static final long serialVersionUID = 1L;

    private final RecordLoss loss;
    private transient RecordGradient worker;

    RecordLossGradient(RecordLoss loss) {
        this.loss = loss;
    }

    @Override
    public Tuple2<Vector, Object> compute(Vector data, double label, Vector weights) {
        double[] g = worker().gradient(weights.toArray(), data.toArray(), label);
        return new Tuple2<>(Vectors.dense(g), worker.lastLoss());
    }

    @Override
    public double compute(Vector data, double label, Vector weights, Vector cumGradient) {
        double[] g = worker().gradient(weights.toArray(), data.toArray(), label);
        double[] sum = ((DenseVector) cumGradient).values();
        for (int i = 0; i < sum.length; i++) sum[i] += g[i];
        return worker.lastLoss();
    }

    private RecordGradient worker() {
        if (worker == null) worker = new RecordGradient(loss);
        return worker;
    }
}
