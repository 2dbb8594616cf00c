/**
 * Compiled gradients kept once per JVM — the driver's and each executor's — for the functions that
 * Spark ships to its tasks.
 */
package dev.nabla.spark.compiled;
