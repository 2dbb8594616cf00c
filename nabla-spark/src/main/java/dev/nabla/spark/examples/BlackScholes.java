package dev.nabla.spark.examples;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.rules.CustomPrimitive;
import org.hipparchus.special.Erf;

/**
 * The Black–Scholes price of a European call, written once on the algebra, and its Greeks in closed
 * form (the reference the derivatives are tested against).
 *
 * <pre>{@code
 * d₁ = (log(S/K) + (r + σ²/2)·T) / (σ√T),   d₂ = d₁ - σ√T
 * C  = S·Φ(d₁) - K·e^(-rT)·Φ(d₂)
 * }</pre>
 *
 * The normal distribution function {@code Φ} is not a primitive of the table; it is added here as a
 * custom primitive ({@code Φ' = φ}), the way a user adds one.
 */
public final class BlackScholes {
    private BlackScholes() {}

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    /** {@code Φ(x) = ½ erfc(-x/√2)}, with {@code Φ'(x) = φ(x) = e^(-x²/2)/√(2π)}. */
    public static final CustomPrimitive NORMAL_CDF = CustomPrimitive.<Double>of("Phi", 1,
                    a -> new CustomPrimitive.Evaluation<>(cdf(a[0]), a[0]),
                    (x, upstream) -> new double[] {pdf(x) * upstream})
            .withRule(a -> new Num[] {a[0].mul(a[0]).mul(-0.5).exp().mul(INV_SQRT_2PI)});

    /** The call price of the fields {@code (S, K, T, r, σ)}. */
    public static Num call(Num[] f) {
        Num s = f[0], k = f[1], t = f[2], r = f[3], sigma = f[4];
        Num volSqrtT = sigma.mul(t.sqrt());
        Num d1 = s.div(k).log().add(r.add(sigma.mul(sigma).mul(0.5)).mul(t)).div(volSqrtT);
        Num d2 = d1.sub(volSqrtT);
        return s.mul(NORMAL_CDF.apply(d1)).sub(k.mul(r.mul(t).neg().exp()).mul(NORMAL_CDF.apply(d2)));
    }

    /** The call price on doubles: the plain evaluation the Greeks are measured against. */
    public static double price(double s, double k, double t, double r, double sigma) {
        double volSqrtT = sigma * Math.sqrt(t);
        double d1 = (Math.log(s / k) + (r + sigma * sigma / 2) * t) / volSqrtT;
        return s * cdf(d1) - k * Math.exp(-r * t) * cdf(d1 - volSqrtT);
    }

    /** {@code Φ(x)}. */
    public static double cdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    /** {@code φ(x)}. */
    public static double pdf(double x) {
        return Math.exp(-0.5 * x * x) * INV_SQRT_2PI;
    }

    /**
     * The closed forms: price, {@code ∂C/∂S = Φ(d₁)}, {@code ∂C/∂K = -e^(-rT)Φ(d₂)},
     * {@code ∂C/∂T = Sφ(d₁)σ/(2√T) + rKe^(-rT)Φ(d₂)}, {@code ∂C/∂r = KTe^(-rT)Φ(d₂)},
     * {@code ∂C/∂σ = Sφ(d₁)√T}, in the order of the fields.
     */
    public static double[] closedForm(double s, double k, double t, double r, double sigma) {
        double sqrtT = Math.sqrt(t);
        double d1 = (Math.log(s / k) + (r + sigma * sigma / 2) * t) / (sigma * sqrtT);
        double d2 = d1 - sigma * sqrtT;
        double disc = Math.exp(-r * t);
        double price = s * cdf(d1) - k * disc * cdf(d2);
        return new double[] {
            price,
            cdf(d1),
            -disc * cdf(d2),
            s * pdf(d1) * sigma / (2 * sqrtT) + r * k * disc * cdf(d2),
            k * t * disc * cdf(d2),
            s * pdf(d1) * sqrtT,
        };
    }
}
