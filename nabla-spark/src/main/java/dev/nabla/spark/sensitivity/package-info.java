/**
 * The value and chosen partial derivatives of one formula for every record of a table, added as new
 * columns: per-record sensitivities (the Greeks of a book of options, a model's Jacobian per row).
 */
package dev.nabla.spark.sensitivity;
