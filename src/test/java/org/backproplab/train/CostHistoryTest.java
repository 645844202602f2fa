package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CostHistoryTest {

    @Test
    void keepsEveryPointBelowCapacity() {
        CostHistory history = new CostHistory(8);
        history.add(3.0);
        history.add(1.0);
        history.add(2.0);
        assertEquals(3, history.size());
        assertEquals(1, history.stride());
        assertEquals(1.0, history.get(1));
        assertEquals(1.0, history.min());
        assertEquals(3.0, history.max());
        assertEquals(2.0, history.last());
    }

    @Test
    void downsamplesToEvenlySpacedIterationsWhenFull() {
        // Cost = iteration number, so every stored point must equal the iteration it claims to be.
        CostHistory history = new CostHistory(8);
        for (int t = 0; t < 100; t++) {
            history.add(t);
            assertTrue(history.size() <= 8, "size " + history.size());
            for (int i = 0; i < history.size(); i++) {
                assertEquals((double) history.iterationOf(i), history.get(i), 0.0, "after " + t + ", point " + i);
            }
        }
        // 100 iterations in at most 8 points: stride 16 stores iterations 0, 16, …, 96 (7 points)
        assertEquals(16, history.stride());
        assertEquals(7, history.size());
        assertEquals(100, history.count());
        assertEquals(0.0, history.min());
        assertEquals(99.0, history.max());
        assertEquals(99.0, history.last());
    }

    @Test
    void growsItsArrayUpToTheDefaultCapacity() {
        CostHistory history = new CostHistory();
        for (int t = 0; t < 250_000; t++) {
            history.add(1.0 / (t + 1));
        }
        assertEquals(CostHistory.DEFAULT_CAPACITY, history.capacity());
        assertTrue(history.size() >= CostHistory.DEFAULT_CAPACITY / 2 && history.size() <= CostHistory.DEFAULT_CAPACITY);
        assertEquals(4, history.stride());
        assertEquals(1.0, history.max());
        assertEquals(1.0 / 250_000, history.last());
    }

    @Test
    void nonFiniteCostsAreStoredButLeaveMinAndMaxAlone() {
        CostHistory history = new CostHistory(8);
        history.add(0.5);
        history.add(Double.NaN);
        history.add(Double.POSITIVE_INFINITY);
        assertEquals(0.5, history.min());
        assertEquals(0.5, history.max());
        assertTrue(Double.isInfinite(history.last()));
        assertTrue(Double.isNaN(history.get(1)));
    }

    @Test
    void clearForgetsEverything() {
        CostHistory history = new CostHistory(4);
        for (int t = 0; t < 10; t++) {
            history.add(t);
        }
        history.clear();
        assertEquals(0, history.size());
        assertEquals(0, history.count());
        assertEquals(1, history.stride());
        assertTrue(Double.isNaN(history.min()) && Double.isNaN(history.max()) && Double.isNaN(history.last()));
        history.add(7.0);
        assertEquals(7.0, history.get(0));
    }

    @Test
    void rejectsOddOrTinyCapacityAndMissingPoints() {
        assertEquals("capacity must be an even number >= 2, but is 3",
                assertThrows(IllegalArgumentException.class, () -> new CostHistory(3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CostHistory(0));
        assertEquals("point 0 does not exist; there are 0",
                assertThrows(IndexOutOfBoundsException.class, () -> new CostHistory(4).get(0)).getMessage());
    }
}
