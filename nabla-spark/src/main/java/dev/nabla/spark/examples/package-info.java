/**
 * Worked examples, each runnable locally ({@code nabla-spark/run-example}) or on a cluster with
 * {@code spark-submit}: logistic regression, a Gaussian mixture (ADBench's GMM objective) and the
 * Black–Scholes Greeks of a generated book of options.
 */
package dev.nabla.spark.examples;
