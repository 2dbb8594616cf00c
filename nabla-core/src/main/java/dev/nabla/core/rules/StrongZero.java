package dev.nabla.core.rules;

import dev.nabla.core.algebra.Num;

/**
 * The zero rule every mode follows when it applies the chain rule: a contribution
 * {@code partial · seed} in which either factor is exactly zero is zero — it is dropped, never
 * multiplied — so {@code 0 · ∞} and {@code 0 · NaN} from a zero tangent, adjoint or partial give 0,
 * as in symbolic mode, where {@code 0 · anything = 0}. NaN still reaches every derivative where a
 * value is outside its primitive's domain: there the partials themselves are NaN and the seed is
 * not zero.
 */
public final class StrongZero {
    private StrongZero() {}

    /** {@code partial · seed}, or 0 when either is exactly 0 (whatever the other is). */
    public static double times(double partial, double seed) {
        return partial == 0 || seed == 0 ? 0 : partial * seed;
    }

    /**
     * {@code a · b} on the algebra under the rule ({@link Num#chainProduct(Num)}): the form the table's rules
     * use where a product may be {@code 0 · ∞}, so that each double partial equals its algebra rule.
     */
    public static Num times(Num a, Num b) {
        return a.chainProduct(b);
    }
}
