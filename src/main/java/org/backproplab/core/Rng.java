package org.backproplab.core;

/**
 * A seeded pseudo-random generator (xoshiro128**) built on 32-bit integer arithmetic only, so that the
 * same seed gives the same numbers on the JVM and in the browser. Never {@code Math.random()}.
 */
public final class Rng {
    private int s0;
    private int s1;
    private int s2;
    private int s3;

    public Rng(long seed) {
        // splitmix32 spreads the seed's two halves over the four state words; never all zero.
        int x = (int) seed ^ 0x9E3779B9;
        int y = (int) (seed >>> 32) ^ 0x7F4A7C15;
        s0 = mix(x);
        s1 = mix(x + y + 0x6C8E9CF5);
        s2 = mix(y ^ 0x85EBCA6B);
        s3 = mix(s0 ^ s2 ^ 0xC2B2AE35);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1;
        }
    }

    private static int mix(int z) {
        z = (z ^ (z >>> 16)) * 0x85EBCA6B;
        z = (z ^ (z >>> 13)) * 0xC2B2AE35;
        return z ^ (z >>> 16);
    }

    /** 32 uniformly random bits. */
    public int nextInt() {
        int x = s1 * 5;
        int result = ((x << 7) | (x >>> 25)) * 9; // rotl(s1 · 5, 7) · 9
        advance();
        return result;
    }

    /** The xoshiro128 state transition. */
    private void advance() {
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21); // rotl(s3, 11)
    }

    /** Uniform in [0, bound), bound &gt; 0, without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, but is " + bound);
        }
        int limit = Integer.MAX_VALUE - Integer.MAX_VALUE % bound;
        int r;
        do {
            // nextInt() >>> 1, written out: the trainer shuffles with this every epoch, and in the browser
            // a 32-bit int returned from a call is a new heap number when it is beyond ±2³⁰ and V8 did not
            // inline the call (three times in four)
            int x = s1 * 5;
            r = (((x << 7) | (x >>> 25)) * 9) >>> 1;
            advance();
        } while (r >= limit);
        return r % bound;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        long high = (nextInt() >>> 6) & 0x3FFFFFFL;
        long low = (nextInt() >>> 5) & 0x7FFFFFFL;
        return (high * 134217728.0 + low) * 0x1.0p-53;
    }

    /** Uniform in [low, high). */
    public double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** A standard normal sample (Box–Muller; one of the pair is discarded to keep no hidden state). */
    public double nextGaussian() {
        double u = 1.0 - nextDouble(); // (0, 1]
        double v = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /** Fisher–Yates shuffle of {@code values[0..n)}. */
    public void shuffle(int[] values, int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
