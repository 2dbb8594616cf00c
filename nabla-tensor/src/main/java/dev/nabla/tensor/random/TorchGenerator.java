package dev.nabla.tensor.random;

/**
 * PyTorch's CPU generator after {@code torch.manual_seed(seed)}: the same MT19937 stream (seeded
 * with the low 32 bits of the seed) and PyTorch 1.13's conversions, so that
 * {@code TorchGenerator.manualSeed(0).randFloat32(3)} gives {@code torch.rand(3)}'s
 * {@code 0.4963, 0.7682, 0.0885} bit for bit. Mutable and not thread-safe.
 *
 * <ul>
 *   <li>{@code rand}: float32 {@code (w & (2^24 - 1)) / 2^24} from one word; float64
 *       {@code (W & (2^53 - 1)) / 2^53} from a 64-bit value {@code W = (w1 << 32) | w2}.</li>
 *   <li>{@code randint(low, high)}: {@code low + w mod (high - low)}, with {@code W} when the range is
 *       {@code 2^32} or more.</li>
 *   <li>{@code randn}: fewer than 16 elements — Box-Muller on two float64 uniforms, the sine kept
 *       for the next call; 16 or more — PyTorch's {@code normal_fill}: all uniforms first, then
 *       Box-Muller on blocks of 16 (element {@code j} with {@code j + 8}), the last 16 redrawn when
 *       the size is not a multiple of 16. The logarithm is the nearest double, as glibc's;
 *       float64 normals equal PyTorch's on all 290 reference draws. float32 tensors of 16 or more
 *       elements differ in the last bits (about {@code 1e-6} relative): PyTorch computes them with
 *       vectorised approximations of log, sin and cos on AVX2 machines.</li>
 * </ul>
 */
public final class TorchGenerator {
    private static final double TWO_POW_24 = 0x1p24;
    private static final double TWO_POW_53 = 0x1p53;

    private MersenneTwister bits;
    private boolean hasNormal;
    private double nextNormal;

    private TorchGenerator(MersenneTwister bits) {
        this.bits = bits;
    }

    /** {@code torch.manual_seed(seed)} on a fresh generator; the seed is any 64-bit value, as in PyTorch. */
    public static TorchGenerator manualSeed(long seed) {
        return new TorchGenerator(MersenneTwister.seeded(seed & 0xffffffffL));
    }

    /** Restarts from {@code seed} and drops the cached normal, as {@code torch.manual_seed}. */
    public void reseed(long seed) {
        bits = MersenneTwister.seeded(seed & 0xffffffffL);
        hasNormal = false;
        nextNormal = 0;
    }

    /** One float32 uniform in {@code [0, 1)}: {@code (w & (2^24 - 1)) / 2^24}. */
    public float nextFloat32() {
        return (float) ((bits.nextUnsignedInt() & 0xffffffL) / TWO_POW_24);
    }

    /** One float64 uniform in {@code [0, 1)}: {@code (W & (2^53 - 1)) / 2^53}. */
    public double nextFloat64() {
        return (bits.nextLong() & 0x1fffffffffffffL) / TWO_POW_53;
    }

    /** {@code torch.rand(n)} (float32). */
    public float[] randFloat32(int n) {
        float[] out = new float[checkCount("rand", n)];
        for (int i = 0; i < n; i++) out[i] = nextFloat32();
        return out;
    }

    /** {@code torch.rand(n, dtype=torch.float64)}. */
    public double[] randFloat64(int n) {
        double[] out = new double[checkCount("rand", n)];
        for (int i = 0; i < n; i++) out[i] = nextFloat64();
        return out;
    }

    /**
     * {@code torch.randint(low, high, ...)} element: {@code low + w mod (high - low)}.
     *
     * @throws IllegalArgumentException if {@code low >= high}
     */
    public long randint(long low, long high) {
        if (low >= high) {
            throw new IllegalArgumentException("randint: random_ expects 'from' to be less than 'to', but got from="
                    + low + " >= to=" + high);
        }
        long range = high - low;
        long word = Long.compareUnsigned(range, 1L << 32) >= 0 ? bits.nextLong() : bits.nextUnsignedInt();
        return low + Long.remainderUnsigned(word, range);
    }

    /** {@code torch.randint(low, high, (n,))}. */
    public long[] randint(long low, long high, int n) {
        long[] out = new long[checkCount("randint", n)];
        for (int i = 0; i < n; i++) out[i] = randint(low, high);
        return out;
    }

    /** {@code torch.randn(n, dtype=torch.float64)}. */
    public double[] randnFloat64(int n) {
        double[] out = new double[checkCount("randn", n)];
        if (n < 16) {
            for (int i = 0; i < n; i++) out[i] = serialNormal();
            return out;
        }
        for (int i = 0; i < n; i++) out[i] = nextFloat64();
        for (int i = 0; i + 16 <= n; i += 16) boxMuller16(out, i);
        if (n % 16 != 0) {
            for (int i = n - 16; i < n; i++) out[i] = nextFloat64();
            boxMuller16(out, n - 16);
        }
        return out;
    }

    /** {@code torch.randn(n)} (float32). */
    public float[] randnFloat32(int n) {
        float[] out = new float[checkCount("randn", n)];
        if (n < 16) {
            for (int i = 0; i < n; i++) out[i] = (float) serialNormal();
            return out;
        }
        for (int i = 0; i < n; i++) out[i] = nextFloat32();
        for (int i = 0; i + 16 <= n; i += 16) boxMuller16(out, i);
        if (n % 16 != 0) {
            for (int i = n - 16; i < n; i++) out[i] = nextFloat32();
            boxMuller16(out, n - 16);
        }
        return out;
    }

    /** PyTorch's {@code normal_distribution<double>}: {@code r = sqrt(-2 ln(1 - u2))}, {@code θ = 2π u1}; {@code r cos θ} now, {@code r sin θ} next. */
    private double serialNormal() {
        if (hasNormal) {
            hasNormal = false;
            return nextNormal;
        }
        double u1 = nextFloat64();
        double u2 = nextFloat64();
        double r = Math.sqrt(-2.0 * RoundedLog.log(1.0 - u2));
        double theta = 2.0 * Math.PI * u1;
        nextNormal = r * Math.sin(theta);
        hasNormal = true;
        return r * Math.cos(theta);
    }

    private static void boxMuller16(double[] data, int at) {
        for (int j = at; j < at + 8; j++) {
            double u1 = 1 - data[j];
            double u2 = data[j + 8];
            double radius = Math.sqrt(-2 * RoundedLog.log(u1));
            double theta = 2.0 * Math.PI * u2;
            data[j] = radius * Math.cos(theta);
            data[j + 8] = radius * Math.sin(theta);
        }
    }

    private static void boxMuller16(float[] data, int at) {
        for (int j = at; j < at + 8; j++) {
            float u1 = 1 - data[j];
            float u2 = data[j + 8];
            float radius = (float) Math.sqrt((float) (-2 * (float) StrictMath.log(u1)));
            float theta = (float) (2.0 * Math.PI * u2);
            data[j] = radius * (float) Math.cos(theta);
            data[j + 8] = radius * (float) Math.sin(theta);
        }
    }

    private static int checkCount(String op, int n) {
        if (n < 0) throw new IllegalArgumentException(op + ": negative size " + n);
        return n;
    }
}
