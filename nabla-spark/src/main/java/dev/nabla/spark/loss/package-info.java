/**
 * The loss of one record written once ({@link dev.nabla.spark.loss.RecordLoss}), and its sum and
 * gradient over a distributed data set ({@link dev.nabla.spark.loss.DistributedLoss}): parameters
 * broadcast, one tape per partition, compensated partial sums combined by {@code treeAggregate}.
 */
package dev.nabla.spark.loss;
