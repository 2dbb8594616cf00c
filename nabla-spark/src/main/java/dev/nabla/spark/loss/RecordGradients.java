package dev.nabla.spark.loss;

import java.io.Serializable;

/** How a distributed loss computes its records' gradients — on the tape or compiled; shipped with it. */
interface RecordGradients extends Serializable {
    /** A worker for one partition. */
    RecordGradient newWorker();

    /**
     * Prepares for records of {@code features} features and {@code parameters} parameters, on the
     * driver, so that a loss that cannot be used fails there and then, not in every task.
     *
     * @throws IllegalArgumentException if the loss cannot be compiled for these sizes
     */
    void prepare(int parameters, int features);

    /** The same, with whatever it needs from the function taken now, on the driver, rather than in every task. */
    default RecordGradients pinned() { return this; }

    /** The method's name: {@code reverse} (the tape) or {@code compiled}. */
    String method();
}
