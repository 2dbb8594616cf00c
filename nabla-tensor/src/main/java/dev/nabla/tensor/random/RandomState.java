package dev.nabla.tensor.random;

/**
 * NumPy's legacy generator {@code numpy.random.RandomState}, draw for draw: the same MT19937
 * stream, the same conversions to doubles, the same polar normal method with its cached second
 * value, the same masked rejection for integers. {@code RandomState.seeded(0).rand(6)} gives
 * NumPy's {@code 0.5488135039273248, 0.7151893663724195, …}. Mutable and not thread-safe.
 */
public final class RandomState {
    private MersenneTwister bits;
    private boolean hasGauss;
    private double gauss;

    private RandomState(MersenneTwister bits) {
        this.bits = bits;
    }

    /** {@code np.random.RandomState(seed)} for an integer seed in {@code [0, 2^32 - 1]}. */
    public static RandomState seeded(long seed) {
        return new RandomState(MersenneTwister.seeded(seed));
    }

    /** {@code np.random.RandomState([s0, s1, …])}: seeding by array ({@code init_by_array}). */
    public static RandomState seededByArray(long... seeds) {
        return new RandomState(MersenneTwister.seededByArray(seeds));
    }

    /** {@code np.random.seed(seed)}: restart this generator from an integer seed and drop the cached normal. */
    public void seed(long seed) {
        bits = MersenneTwister.seeded(seed);
        hasGauss = false;
        gauss = 0;
    }

    /** The underlying bit generator (shared, not copied). */
    public MersenneTwister bitGenerator() {
        return bits;
    }

    /** {@code random_sample()}: a double in {@code [0, 1)} from two 32-bit words (53 random bits). */
    public double randomSample() {
        return bits.nextDouble();
    }

    /** {@code rand(n)}: {@code n} draws of {@link #randomSample()}. */
    public double[] rand(int n) {
        double[] out = new double[checkCount("rand", n)];
        for (int i = 0; i < n; i++) out[i] = bits.nextDouble();
        return out;
    }

    /**
     * {@code standard_normal()} by the polar method: draw {@code x1, x2} uniform in {@code (-1, 1)}
     * until {@code 0 < r² = x1² + x2² < 1}, then {@code f = sqrt(-2 ln(r²) / r²)}; return
     * {@code f·x2} and keep {@code f·x1} for the next call.
     */
    public double standardNormal() {
        if (hasGauss) {
            hasGauss = false;
            double cached = gauss;
            gauss = 0;
            return cached;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * bits.nextDouble() - 1.0;
            x2 = 2.0 * bits.nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * RoundedLog.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code randn(n)}: {@code n} draws of {@link #standardNormal()}. */
    public double[] randn(int n) {
        double[] out = new double[checkCount("randn", n)];
        for (int i = 0; i < n; i++) out[i] = standardNormal();
        return out;
    }

    /** {@code uniform(low, high)}: {@code low + (high - low) · random_sample()}. */
    public double uniform(double low, double high) {
        return low + (high - low) * bits.nextDouble();
    }

    /** {@code normal(loc, scale)}: {@code loc + scale · standard_normal()}. */
    public double normal(double loc, double scale) {
        if (scale < 0) throw new IllegalArgumentException("normal: scale must be >= 0, got " + scale);
        return loc + scale * standardNormal();
    }

    /**
     * {@code randint(low, high)} with NumPy's default int64 dtype: an integer in {@code [low, high)},
     * drawn by masking random words to the smallest {@code 2^k - 1 >= high - low - 1} and rejecting
     * values above it (32-bit words when the range fits in 32 bits, else 64-bit words).
     *
     * @throws IllegalArgumentException if {@code low >= high}
     */
    public long randint(long low, long high) {
        if (low >= high) throw new IllegalArgumentException("randint: low >= high (" + low + " >= " + high + ")");
        long range = high - low - 1;   // as unsigned: high - low may exceed Long.MAX_VALUE
        if (range == 0) return low;
        if (Long.compareUnsigned(range, 0xffffffffL) <= 0) {
            if (range == 0xffffffffL) return low + bits.nextUnsignedInt();
            long mask = mask(range);
            long value;
            do {
                value = bits.nextUnsignedInt() & mask;
            } while (value > range);
            return low + value;
        }
        if (range == -1L) return low + bits.nextLong();
        long mask = mask(range);
        long value;
        do {
            value = bits.nextLong() & mask;
        } while (Long.compareUnsigned(value, range) > 0);
        return low + value;
    }

    /** {@code randint(low, high, n)}: {@code n} draws of {@link #randint(long, long)}. */
    public long[] randint(long low, long high, int n) {
        long[] out = new long[checkCount("randint", n)];
        for (int i = 0; i < n; i++) out[i] = randint(low, high);
        return out;
    }

    private static long mask(long range) {
        long mask = range;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        return mask;
    }

    private static int checkCount(String op, int n) {
        if (n < 0) throw new IllegalArgumentException(op + ": negative size " + n);
        return n;
    }
}
