package dev.nabla.bench.adbench;

/**
 * {@code log Γ} at the only arguments the Wishart prior needs: positive multiples of ½, where it is a
 * finite sum of logarithms ({@code Γ(a + 1) = a Γ(a)}, {@code Γ(1) = 1}, {@code Γ(½) = √π}).
 */
final class LogGamma {
    private LogGamma() {}

    /** {@code log Γ(a)} for {@code a ∈ {½, 1, 3/2, …}}. */
    static double ofHalfInteger(double a) {
        if (!(a > 0) || 2 * a != Math.rint(2 * a) || a > 1e7) {
            throw new IllegalArgumentException("log-gamma: " + a + " is not a positive multiple of 1/2 (up to 1e7)");
        }
        double base = a == Math.rint(a) ? 1 : 0.5;
        double sum = base == 1 ? 0 : 0.5 * Math.log(Math.PI);
        for (double t = base; t < a; t += 1) sum += Math.log(t);
        return sum;
    }

    /** {@code log Γ_d(a) = d(d−1)/4 · log π + Σ_{j=1..d} log Γ(a + (1 − j)/2)}. */
    static double multivariate(double a, int d) {
        double sum = d * (d - 1) / 4.0 * Math.log(Math.PI);
        for (int j = 1; j <= d; j++) sum += ofHalfInteger(a + (1 - j) / 2.0);
        return sum;
    }
}
