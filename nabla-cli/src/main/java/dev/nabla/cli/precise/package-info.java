/**
 * Arbitrary-precision values of expressions, for {@code nabla eval --digits N}: every primitive of the
 * rule table evaluated on {@link java.math.BigDecimal} (with big-math's elementary functions), and a
 * loop that raises the working precision until {@code N} significant digits are certain, as SymPy's
 * {@code evalf(N)} does. Decimal literals stand for their binary double, exactly.
 */
package dev.nabla.cli.precise;
