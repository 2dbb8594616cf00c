/**
 * Fitting a model by L-BFGS over a distributed data set: Spark MLlib's L-BFGS (Breeze's, as MLlib
 * uses it) fed with Nabla's per-record gradients and a penalty written once on the algebra.
 */
package dev.nabla.spark.fit;
