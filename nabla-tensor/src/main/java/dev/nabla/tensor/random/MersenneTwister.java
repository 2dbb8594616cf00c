package dev.nabla.tensor.random;

import java.util.Arrays;

/**
 * The 32-bit Mersenne Twister MT19937 (Matsumoto and Nishimura, 1998), seeded as NumPy seeds it:
 * {@code init_genrand(s)} for one integer, {@code init_by_array(key)} for an array. Mutable and not
 * thread-safe: each thread should own its generator.
 */
public final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] key = new int[N];
    private int pos;

    private MersenneTwister() {
    }

    /**
     * A generator seeded with one 32-bit integer, {@code init_genrand}:
     * {@code key[0] = s, key[i] = 1812433253 * (key[i-1] ^ (key[i-1] >>> 30)) + i (mod 2^32)}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= seed <= 2^32 - 1}
     */
    public static MersenneTwister seeded(long seed) {
        checkWord("seed", seed);
        MersenneTwister mt = new MersenneTwister();
        mt.initGenrand((int) seed);
        return mt;
    }

    /**
     * A generator seeded with an array of 32-bit integers, {@code init_by_array} (NumPy's seeding for
     * {@code np.random.seed([1, 2, 3])}).
     *
     * @throws IllegalArgumentException if the array is empty or an entry is outside {@code [0, 2^32 - 1]}
     */
    public static MersenneTwister seededByArray(long... seeds) {
        if (seeds.length == 0) throw new IllegalArgumentException("MT19937 seed: the seed array must be non-empty");
        int[] words = new int[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            checkWord("seed[" + i + "]", seeds[i]);
            words[i] = (int) seeds[i];
        }
        MersenneTwister mt = new MersenneTwister();
        mt.initByArray(words);
        return mt;
    }

    /** A generator in the given state: 624 key words and a position in {@code [0, 624]} (NumPy's {@code get_state()}). */
    public static MersenneTwister ofState(int[] key, int pos) {
        if (key.length != N) throw new IllegalArgumentException("MT19937 state: key must have 624 words, got " + key.length);
        if (pos < 0 || pos > N) throw new IllegalArgumentException("MT19937 state: position must be in [0, 624], got " + pos);
        MersenneTwister mt = new MersenneTwister();
        System.arraycopy(key, 0, mt.key, 0, N);
        mt.pos = pos;
        return mt;
    }

    /** A copy of the 624 key words of the state. */
    public int[] stateKey() {
        return key.clone();
    }

    /** The position of the next word in the state, 624 when the state must be regenerated. */
    public int statePosition() {
        return pos;
    }

    /** An independent generator in the same state. */
    public MersenneTwister copy() {
        return ofState(key, pos);
    }

    /** The next 32 random bits, as a signed int (use {@code Integer.toUnsignedLong} for the unsigned value). */
    public int nextInt() {
        if (pos == N) regenerate();
        int y = key[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    /** The next 32 random bits as an unsigned value in {@code [0, 2^32)}. */
    public long nextUnsignedInt() {
        return Integer.toUnsignedLong(nextInt());
    }

    /** 64 random bits from two words, the first one high: {@code (w1 << 32) | w2}. */
    public long nextLong() {
        long high = nextUnsignedInt();
        return high << 32 | nextUnsignedInt();
    }

    /** A double in {@code [0, 1)} with 53 random bits: {@code ((a >>> 5) * 2^26 + (b >>> 6)) / 2^53}. */
    public double nextDouble() {
        long a = nextUnsignedInt() >>> 5;
        long b = nextUnsignedInt() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    private void initGenrand(int seed) {
        key[0] = seed;
        for (int i = 1; i < N; i++) {
            key[i] = 1812433253 * (key[i - 1] ^ (key[i - 1] >>> 30)) + i;
        }
        pos = N;
    }

    private void initByArray(int[] init) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, init.length); k > 0; k--) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1664525)) + init[j] + j;
            i++;
            j++;
            if (i >= N) {
                key[0] = key[N - 1];
                i = 1;
            }
            if (j >= init.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                key[0] = key[N - 1];
                i = 1;
            }
        }
        key[0] = UPPER_MASK;
        pos = N;
    }

    private void regenerate() {
        int i = 0;
        for (; i < N - M; i++) {
            int y = (key[i] & UPPER_MASK) | (key[i + 1] & LOWER_MASK);
            key[i] = key[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < N - 1; i++) {
            int y = (key[i] & UPPER_MASK) | (key[i + 1] & LOWER_MASK);
            key[i] = key[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (key[N - 1] & UPPER_MASK) | (key[0] & LOWER_MASK);
        key[N - 1] = key[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        pos = 0;
    }

    private static void checkWord(String what, long value) {
        if (value < 0 || value > 0xffffffffL) {
            throw new IllegalArgumentException("MT19937 " + what + " must be between 0 and 2**32 - 1, got " + value);
        }
    }

    @Override public String toString() {
        return "MersenneTwister[pos=" + pos + ", key[0..3]=" + Arrays.toString(Arrays.copyOf(key, 4)) + "]";
    }
}
