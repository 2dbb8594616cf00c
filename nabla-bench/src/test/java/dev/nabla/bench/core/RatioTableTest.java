package dev.nabla.bench.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class RatioTableTest {

    @Test
    void ratiosCarryTheErrorsOfBothScores() {
        RatioTable table = new RatioTable();
        table.put(10, "plainDouble", new RatioTable.Score(100, 3));
        table.put(10, "nablaReverseGradient", new RatioTable.Score(400, 16));
        String markdown = table.toMarkdown();
        // 400/100 = 4, relative errors 4% and 3% combine to 5%: 4 ± 0.2
        assertTrue(markdown.contains("| 4.00 ± 0.20 |"), markdown);
        assertTrue(markdown.contains("| 100 ± 3 |"), markdown);
    }

    @Test
    void aMissingVariantShowsAsADash() {
        RatioTable table = new RatioTable();
        table.put(100, "plainDouble", new RatioTable.Score(50.5, 0.25));
        String markdown = table.toMarkdown();
        assertTrue(markdown.contains("| 100 | 50.5 ± 0.3 | — |"), markdown);
    }
}
