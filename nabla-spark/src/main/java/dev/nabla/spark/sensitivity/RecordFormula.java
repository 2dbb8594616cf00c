package dev.nabla.spark.sensitivity;

import dev.nabla.core.algebra.Num;

import java.io.Serializable;

/**
 * A formula of a record's fields, written once on the algebra, for example a Black–Scholes call price
 * of {@code (S, K, T, r, σ)}. Shipped to the executors, so {@link Serializable}.
 */
@FunctionalInterface
public interface RecordFormula extends Serializable {
    /** The formula at the record's {@code fields}, in the order of the input columns. */
    Num value(Num[] fields);
}
