package dev.nabla.symbolic.fuzz;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 10⁴ random functions, every mode against the zero rule's oracle: no disagreement beyond rounding.
 * {@code -Dnabla.fuzz.seed=S -Dnabla.fuzz.count=N} runs another seed or count (the soak script does).
 */
class CrossModeFuzzTest {
    @Test
    void everyModeAgreesWithTheZeroRule() {
        CrossModeFuzz.Counts c = CrossModeFuzz.soak(Long.getLong("nabla.fuzz.seed", 20261201L),
                Long.getLong("nabla.fuzz.count", 10_000L), System.out);
        c.boundaryExamples.forEach(e -> System.out.println("  symbolic at a boundary point: " + e));
        assertEquals(0, c.disagreements, () -> c + "\n" + String.join("\n", c.reports));
    }
}
