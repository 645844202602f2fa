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
}
