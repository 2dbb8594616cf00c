package dev.nabla.cli;

import java.util.ArrayList;
import java.util.List;

/** "Did you mean …?": the known names closest to a mistyped one by edit distance. */
final class Suggestions {
    private Suggestions() {}

    /**
     * The names of {@code known} within edit distance {@code max(1, |typed| / 3)} of {@code typed}
     * (insertions, deletions, substitutions and swaps of neighbours count 1), closest first, or those
     * that {@code typed} is a prefix of.
     */
    static List<String> closest(String typed, Iterable<String> known) {
        int limit = Math.max(1, typed.length() / 3);
        List<String> out = new ArrayList<>();
        for (int d = 0; d <= limit; d++) {
            for (String k : known) if (!out.contains(k) && distance(typed, k) == d) out.add(k);
        }
        if (out.isEmpty() && !typed.isEmpty()) for (String k : known) if (k.startsWith(typed)) out.add(k);
        return out;
    }

    /** The optimal string alignment distance of {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
