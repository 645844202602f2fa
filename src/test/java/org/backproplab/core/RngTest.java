package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RngTest {

    @Test
    void sameSeedGivesTheSameSequence() {
        Rng a = new Rng(123);
        Rng b = new Rng(123);
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.nextInt(), b.nextInt());
        }
        assertNotEquals(new Rng(1).nextInt(), new Rng(2).nextInt());
    }

    @Test
    void doublesAreInTheUnitIntervalAndBoundedIntsInRange() {
        Rng rng = new Rng(9);
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            double d = rng.nextDouble();
            assertTrue(d >= 0 && d < 1);
            counts[rng.nextInt(7)]++;
        }
        // each count ~ Binomial(70000, 1/7): mean 10000, sd ≈ 93; 6 sd is a loose bound
        for (int count : counts) {
            assertEquals(10_000, count, 560);
        }
    }

    @Test
    void shuffleIsAPermutation() {
        int[] values = new int[50];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        new Rng(4).shuffle(values, values.length);
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] identity = new int[50];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        assertArrayEquals(identity, sorted);
        assertTrue(!Arrays.equals(identity, values), "50 elements left in order by a shuffle: probability 1/50!");
    }

    /** xoshiro128** as published (Blackman and Vigna), with Integer.rotateLeft: the reference for Rng. */
    private static final class Reference {
        int s0;
        int s1;
        int s2;
        int s3;

        int next() {
            int result = Integer.rotateLeft(s1 * 5, 7) * 9;
            int t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = Integer.rotateLeft(s3, 11);
            return result;
        }
    }

    @Test
    void nextIntAndBoundedIntsFollowTheReferenceGenerator() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            Rng rng = new Rng(seed);
            Rng bounded = new Rng(seed);
            Reference fromSeed = referenceAt(seed);
            Reference forBounded = referenceAt(seed);
            for (int k = 0; k < 5000; k++) {
                assertEquals(fromSeed.next(), rng.nextInt());
                int bound = 1 + k % 1000;
                int limit = Integer.MAX_VALUE - Integer.MAX_VALUE % bound;
                int r;
                do {
                    r = forBounded.next() >>> 1;
                } while (r >= limit);
                assertEquals(r % bound, bounded.nextInt(bound), "bound " + bound);
            }
        }
    }

    /** The reference generator in the state Rng's constructor gives {@code seed} (splitmix32 of its halves). */
    private static Reference referenceAt(long seed) {
        Reference r = new Reference();
        int x = (int) seed ^ 0x9E3779B9;
        int y = (int) (seed >>> 32) ^ 0x7F4A7C15;
        r.s0 = mix(x);
        r.s1 = mix(x + y + 0x6C8E9CF5);
        r.s2 = mix(y ^ 0x85EBCA6B);
        r.s3 = mix(r.s0 ^ r.s2 ^ 0xC2B2AE35);
        if ((r.s0 | r.s1 | r.s2 | r.s3) == 0) {
            r.s0 = 1;
        }
        return r;
    }

    private static int mix(int z) {
        z = (z ^ (z >>> 16)) * 0x85EBCA6B;
        z = (z ^ (z >>> 13)) * 0xC2B2AE35;
        return z ^ (z >>> 16);
    }
}
