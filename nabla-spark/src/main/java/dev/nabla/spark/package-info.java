/**
 * A function written once with Nabla's algebra, differentiated over Apache Spark: the loss and
 * its gradient summed over a {@code Dataset} ({@link dev.nabla.spark.loss}), L-BFGS fits driven by
 * that gradient ({@link dev.nabla.spark.fit}), and the derivatives of one formula for every record
 * of a table ({@link dev.nabla.spark.sensitivity}). Spark is a {@code provided} dependency.
 */
package dev.nabla.spark;
