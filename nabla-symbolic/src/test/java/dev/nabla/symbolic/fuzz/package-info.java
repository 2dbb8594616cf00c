/**
 * The cross-mode fuzz: seeded random functions of the rule table's primitives ({@code RandomFunction}), the
 * zero rule written out as an oracle ({@code Oracle}), every mode compared with it and each disagreement shrunk
 * to a minimal reproducer ({@code CrossModeFuzz}); and the measurement of mode disagreements on parsed
 * expressions ({@code ModeDisagreementReport}).
 */
package dev.nabla.symbolic.fuzz;
