package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameTimesTest {
    @Test
    void keepsTheLatestFramesOldestFirst() {
        FrameTimes times = new FrameTimes(3);
        for (int k = 1; k <= 5; k++) {
            times.record(k);
        }
        assertEquals(5.0, times.count());
        assertArrayEquals(new double[] {3, 4, 5}, times.last(10));
        assertArrayEquals(new double[] {4, 5}, times.last(2));
        assertArrayEquals(new double[0], times.last(0));
    }

    @Test
    void medianAndPercentilesUseNearestRank() {
        FrameTimes times = new FrameTimes(100);
        for (int k = 100; k >= 1; k--) {
            times.record(k);
        }
        assertEquals(50, times.median(100));
        assertEquals(95, times.percentile(100, 95));
        assertEquals(100, times.percentile(100, 100));
        assertEquals(1, times.percentile(100, 0));
        assertEquals(3, times.median(5), "the last five were 5, 4, 3, 2, 1");
    }

    @Test
    void emptyWindowHasNoMedianAndNaNIsNotAFrame() {
        FrameTimes times = new FrameTimes(4);
        assertTrue(Double.isNaN(times.median(4)));
        times.record(Double.NaN);
        assertEquals(0.0, times.count());
    }

    @Test
    void rejectsEmptyWindowAndPercentileOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new FrameTimes(0));
        assertThrows(IllegalArgumentException.class, () -> new FrameTimes(2).percentile(2, 101));
    }
}
