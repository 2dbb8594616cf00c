/**
 * The accuracy suite of the numeric methods: functions × points with exact derivatives from forward mode,
 * median and worst relative error and evaluations per method, beside Hipparchus'
 * {@code FiniteDifferencesDifferentiator}. Run {@link dev.nabla.bench.numeric.AccuracySuite}.
 */
package dev.nabla.bench.numeric;
