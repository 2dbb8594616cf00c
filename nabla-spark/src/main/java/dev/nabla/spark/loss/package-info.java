/**
 * The loss of one record written once — traceable and compiled
 * ({@link dev.nabla.spark.loss.TraceableRecordLoss}) or any Java code on the tape
 * ({@link dev.nabla.spark.loss.RecordLoss}) — and its sum and gradient over a distributed data set
 * ({@link dev.nabla.spark.loss.DistributedLoss}): parameters broadcast, one compiled program per
 * executor (or one tape per partition), bad records failed or skipped by policy, compensated partial
 * sums combined by {@code treeAggregate}.
 */
package dev.nabla.spark.loss;
