package org.backproplab.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunawayTest {
    /**
     * Start 0.48; the first record, J = 0.05, is the average's first value and the best. Then J = 73.8 every 5
     * iterations from iteration 15. The average of log J moves
     * 1 − e^(−5/50) of the way to log 73.8 per record, so after k records it is
     * log 73.8 + (log 0.05 − log 73.8)·e^(−0.1k); it passes log 0.5 (ten times the best, above the start)
     * once e^(−0.1k) < log(0.5/73.8)/log(0.05/73.8) = 0.6845, i.e. at k = 4 (iteration 30). The stop comes
     * 200 iterations later.
     */
    @Test
    void flagsACostThatStaysAboveTenTimesItsBestAndItsStartForTwoHundredIterations() {
        Runaway runaway = new Runaway();
        runaway.restart(0.48);
        assertFalse(runaway.record(10, 0.05));
        int flaggedAt = -1;
        for (int t = 15; t <= 400 && flaggedAt < 0; t += 5) {
            if (runaway.record(t, 73.8)) {
                flaggedAt = t;
            }
        }
        assertEquals(230, flaggedAt);
        assertEquals(0.05, runaway.bestCost());
        assertEquals(0.48, runaway.startingCost());
    }

    @Test
    void aRunBouncingBetweenOneAndFortyIsNotLetOffByItsDips() {
        Runaway runaway = new Runaway();
        runaway.restart(0.48);
        runaway.record(1, 0.258);
        boolean flagged = false;
        for (int t = 6; t <= 1000 && !flagged; t += 5) {
            // every other record is below ten times the best (2.58); the geometric mean, 6.3, is above
            flagged = runaway.record(t, (t / 5) % 2 == 0 ? 1 : 40);
        }
        assertTrue(flagged);
    }

    @Test
    void oneSpikeIsNotARunaway() {
        Runaway runaway = new Runaway();
        runaway.restart(0.5);
        runaway.record(5, 0.05);
        runaway.record(10, 50);
        for (int t = 15; t < 2000; t += 5) {
            assertFalse(runaway.record(t, 0.06));
        }
    }

    @Test
    void aCostFarBelowItsStartIsNeverARunawayHoweverItWobbles() {
        Runaway runaway = new Runaway();
        runaway.restart(0.5);
        runaway.record(100, 0.001);
        for (int t = 101; t < 5000; t++) {
            // 20 to 40 times the best, but always below the 0.5 the run started from
            assertFalse(runaway.record(t, 0.02 + 0.02 * Math.abs(Math.sin(t))));
        }
    }

    @Test
    void aCostJustAboveItsStartButNearItsBestIsNotARunaway() {
        Runaway runaway = new Runaway();
        runaway.restart(0.3);
        for (int t = 1; t < 2000; t++) {
            assertFalse(runaway.record(t, 0.31 + 0.01 * Math.sin(t)));
        }
    }

    @Test
    void nonFiniteCostsAreLeftToDivergence() {
        Runaway runaway = new Runaway();
        runaway.restart(1);
        runaway.record(1, 0.01);
        assertFalse(runaway.record(2, Double.POSITIVE_INFINITY));
        assertFalse(runaway.record(3, Double.NaN));
        assertEquals(0.01, runaway.bestCost());
    }
}
