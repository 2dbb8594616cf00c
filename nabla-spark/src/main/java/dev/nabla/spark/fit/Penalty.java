package dev.nabla.spark.fit;

import dev.nabla.core.algebra.Num;

import java.io.Serializable;

/**
 * A term of the objective that depends on the parameters alone, added once (not per record):
 * an L2 penalty, a prior. Written on the algebra; its gradient comes by reverse mode.
 */
@FunctionalInterface
public interface Penalty extends Serializable {
    /** The penalty at {@code params}. */
    Num value(Num[] params);

    /** No penalty. */
    static Penalty none() {
        return p -> p[0].constant(0);
    }

    /** {@code (λ/2) · Σᵢ θᵢ²} over every parameter. */
    static Penalty l2(double lambda) {
        return l2(lambda, 0);
    }

    /**
     * {@code (λ/2) · Σ_{i ≥ from} θᵢ²}: an L2 penalty that leaves the first {@code from} parameters
     * (an intercept, say) free.
     */
    static Penalty l2(double lambda, int from) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) throw new IllegalArgumentException("L2 penalty: λ must be finite and ≥ 0, got " + lambda);
        if (from < 0) throw new IllegalArgumentException("L2 penalty: first penalised index must be ≥ 0, got " + from);
        return p -> {
            Num s = p[0].constant(0);
            for (int i = from; i < p.length; i++) s = s.add(p[i].mul(p[i]));
            return s.mul(lambda / 2);
        };
    }
}
