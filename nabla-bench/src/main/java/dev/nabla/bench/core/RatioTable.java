package dev.nabla.bench.core;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results of the core benchmarks as Markdown: time per operation for each variant and each
 * {@code n}, then the ratios the targets are stated in. A ratio {@code r = a / b} carries the error
 * {@code r · √((δa/a)² + (δb/b)²)} from the two scores' errors.
 */
public final class RatioTable {
    /** The variants, in column order: benchmark method names. */
    static final String[] VARIANTS = {"plainDouble", "nablaValueOnReal", "nablaReverseGradient",
            "compiledGradient", "nablaForwardGradient", "hipparchusGradient", "hipparchusDerivativeStructure"};

    /** One ratio column: {@code numerator / denominator}, with its heading. */
    private record Ratio(String heading, String numerator, String denominator) {}

    private static final Ratio[] RATIOS = {
            new Ratio("Real ÷ plain", "nablaValueOnReal", "plainDouble"),
            new Ratio("reverse ÷ plain (target ≤ 4)", "nablaReverseGradient", "plainDouble"),
            new Ratio("compiled ÷ plain (target ≤ 2.5)", "compiledGradient", "plainDouble"),
            new Ratio("forward ÷ plain", "nablaForwardGradient", "plainDouble"),
            new Ratio("forward ÷ Hipparchus Gradient (target < 1)", "nablaForwardGradient", "hipparchusGradient"),
            new Ratio("forward ÷ Hipparchus DS (target < 1)", "nablaForwardGradient", "hipparchusDerivativeStructure"),
    };

    /** A measured score: mean and error half-width, in ns/op. */
    public record Score(double mean, double error) {}

    private final Map<Integer, Map<String, Score>> scores = new TreeMap<>();

    /** Records the score of {@code variant} at {@code n}. */
    public void put(int n, String variant, Score score) {
        scores.computeIfAbsent(n, k -> new TreeMap<>()).put(variant, score);
    }

    /** The two tables, times then ratios. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| n |");
        for (String v : VARIANTS) out.append(" `").append(v).append("` |");
        out.append('\n').append("|---:|");
        for (int i = 0; i < VARIANTS.length; i++) out.append("---:|");
        out.append('\n');
        scores.forEach((n, row) -> {
            out.append("| ").append(n).append(" |");
            for (String v : VARIANTS) out.append(' ').append(time(row.get(v))).append(" |");
            out.append('\n');
        });
        out.append('\n').append("| n |");
        for (Ratio r : RATIOS) out.append(' ').append(r.heading()).append(" |");
        out.append('\n').append("|---:|");
        for (int i = 0; i < RATIOS.length; i++) out.append("---:|");
        out.append('\n');
        scores.forEach((n, row) -> {
            out.append("| ").append(n).append(" |");
            for (Ratio r : RATIOS) out.append(' ').append(ratio(row.get(r.numerator()), row.get(r.denominator()))).append(" |");
            out.append('\n');
        });
        return out.toString();
    }

    private static String time(Score s) {
        if (s == null) return "—";
        String pattern = s.mean() >= 100 ? "%,.0f ± %,.0f" : "%.1f ± %.1f";
        return String.format(Locale.ROOT, pattern, s.mean(), s.error());
    }

    private static String ratio(Score a, Score b) {
        if (a == null || b == null) return "—";
        double r = a.mean() / b.mean();
        double relative = Math.hypot(relativeError(a), relativeError(b));
        return String.format(Locale.ROOT, "%.2f ± %.2f", r, r * relative);
    }

    private static double relativeError(Score s) {
        return Double.isFinite(s.error()) ? s.error() / s.mean() : 0;
    }
}
