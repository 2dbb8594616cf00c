package dev.nabla.spark.fit;

import dev.nabla.spark.loss.DistributedLoss;
import dev.nabla.spark.loss.RecordGradient;
import org.apache.spark.mllib.linalg.DenseVector;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.optimization.Gradient;
import scala.Tuple2;

/**
 * A Nabla record loss in the shape MLlib's optimisers call: {@code compute(features, label, weights,
 * cumGradient)} adds the record's gradient to {@code cumGradient} and returns its loss. Each task
 * gets its own copy, and with it one worker (a compiled program's input row, or a reused tape).
 */
final class RecordLossGradient extends Gradient {
    private static final long serialVersionUID = 1L;

    private final DistributedLoss loss;
    private transient RecordGradient worker;
    private transient double[] gradient;

    RecordLossGradient(DistributedLoss loss) {
        this.loss = loss;
    }

    @Override
    public Tuple2<Vector, Object> compute(Vector data, double label, Vector weights) {
        double[] g = new double[weights.size()];
        double l = worker().gradient(weights.toArray(), data.toArray(), label, g);
        return new Tuple2<>(Vectors.dense(g), l);
    }

    @Override
    public double compute(Vector data, double label, Vector weights, Vector cumGradient) {
        double[] g = scratch(weights.size());
        double l = worker().gradient(weights.toArray(), data.toArray(), label, g);
        double[] sum = ((DenseVector) cumGradient).values();
        for (int i = 0; i < sum.length; i++) sum[i] += g[i];
        return l;
    }

    private RecordGradient worker() {
        if (worker == null) worker = loss.newRecordGradient();
        return worker;
    }

    private double[] scratch(int n) {
        if (gradient == null || gradient.length != n) gradient = new double[n];
        return gradient;
    }
}
