/**
 * The Spark benchmark ({@code nabla-spark/run bench}): Nabla's distributed L-BFGS against MLlib's
 * logistic regression, scaling from one to two cores, the cost of the Spark path against one
 * machine, and Greeks per second against plain price evaluation.
 */
package dev.nabla.spark.bench;
