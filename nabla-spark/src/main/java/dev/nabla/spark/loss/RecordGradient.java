package dev.nabla.spark.loss;

/**
 * The loss and gradient of one record after another: the work of one partition. Made by
 * {@link DistributedLoss#newRecordGradient()}; reused from record to record, so not thread-safe —
 * one per partition (or per thread).
 */
public interface RecordGradient {
    /**
     * Writes {@code ∇θ ℓ(θ; x, y)} into {@code gradient} and returns {@code ℓ(θ; x, y)}.
     *
     * @param params   {@code θ}
     * @param features {@code x}
     * @param label    {@code y}
     * @param gradient an array of one entry per parameter, overwritten
     * @throws IllegalArgumentException naming the record if the loss reads past it or the parameters
     */
    double gradient(double[] params, double[] features, double label, double[] gradient);
}
