package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Verdicts on constructed cost histories, each chosen to sit on one side of one rule. */
class VerdictRulesTest {
    private static final VerdictRules DEFAULTS = VerdictRules.defaults();
    /** Small rules for short hand-written histories: window 6, at least 3 points, otherwise the defaults. */
    private static final VerdictRules SMALL = new VerdictRules(6, 3, 0.5, 0.25, 0.1, 0.5);

    private static Verdict judge(VerdictRules rules, double... costs) {
        return rules.classify(costs, costs.length);
    }

    private static double[] geometric(int count, double start, double ratio) {
        double[] costs = new double[count];
        for (int i = 0; i < count; i++) {
            costs[i] = start * Math.pow(ratio, i);
        }
        return costs;
    }

    @Test
    void steadyGeometricDecreaseIsConverging() {
        assertEquals(Verdict.CONVERGING, judge(DEFAULTS, geometric(60, 10, 0.9)));
    }

    @Test
    void nanInfinityOrMillionfoldGrowthIsDivergedEvenEarly() {
        assertEquals(Verdict.DIVERGED, judge(DEFAULTS, 1, 0.5, Double.NaN));
        assertEquals(Verdict.DIVERGED, judge(DEFAULTS, 1, Double.POSITIVE_INFINITY));
        // Divergence.GROWTH_LIMIT = 1e6: exactly 1e6 × J₀ is not yet diverged, anything above is.
        double[] atLimit = geometric(20, 1, 0.9);
        atLimit[19] = 1e6;
        assertEquals(Verdict.RISING, judge(DEFAULTS, atLimit));
        atLimit[19] = 1.000001e6;
        assertEquals(Verdict.DIVERGED, judge(DEFAULTS, atLimit));
    }

    @Test
    void divergenceAnywhereInTheHistoryCounts() {
        double[] costs = geometric(100, 10, 0.9);
        costs[3] = Double.NaN;
        assertEquals(Verdict.DIVERGED, judge(DEFAULTS, costs));
    }

    @Test
    void fewerThanTheMinimumPointsIsTooEarly() {
        double[] costs = geometric(10, 10, 0.5);
        assertEquals(Verdict.TOO_EARLY, DEFAULTS.classify(costs, 9));
        assertEquals(Verdict.CONVERGING, DEFAULTS.classify(costs, 10));
        assertEquals(Verdict.TOO_EARLY, DEFAULTS.classify(costs, 0));
    }

    @Test
    void alternatingUpAndDownWithoutProgressIsOscillating() {
        double[] costs = new double[60];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = i % 2 == 0 ? 1.0 : 2.0;
        }
        assertEquals(Verdict.OSCILLATING, judge(DEFAULTS, costs));
    }

    @Test
    void oscillationNeedsLittleNetProgress() {
        // Differences +3, −3, +3, −7: 3 flips in 3 pairs; movement 16, net drop 10 − 6 = 4 = 0.25 × 16.
        assertEquals(Verdict.OSCILLATING, judge(SMALL, 10, 13, 10, 13, 6));
        // Last difference −7.5: movement 16.5, net drop 4.5 > 0.25 × 16.5 = 4.125; it dropped 45 %.
        assertEquals(Verdict.CONVERGING, judge(SMALL, 10, 13, 10, 13, 5.5));
    }

    @Test
    void oscillationNeedsEnoughSignFlips() {
        // Differences +1, −1, −1, +1, +1: pairs 4, flips 2 = 0.5 × 4; net −1, movement 5 (1 ≤ 1.25).
        assertEquals(Verdict.OSCILLATING, judge(SMALL, 5, 6, 5, 4, 5, 6));
        // Differences +1, +1, −1, −1, −1: one flip in 4 pairs; net +1 of 5 means a 20 % drop.
        assertEquals(Verdict.CONVERGING, judge(SMALL, 5, 6, 7, 6, 5, 4));
    }

    @Test
    void jitterTooSmallToSeeIsNotOscillation() {
        // After falling from 10 to 1, J alternates 1 and 1 + 1e-9: every difference flips, but the total
        // movement 49e-9 is far below 10 % of J = 1, so the window is flat, and J has settled.
        double[] costs = new double[60];
        costs[0] = 10;
        for (int i = 1; i < 60; i++) {
            costs[i] = i % 2 == 0 ? 1 : 1 + 1e-9;
        }
        assertEquals(Verdict.CONVERGING, judge(DEFAULTS, costs));
        // The same pattern with an amplitude of 0.5: 49 × 0.5 ≥ 0.1 × 1, so it is bouncing.
        for (int i = 1; i < 60; i++) {
            costs[i] = i % 2 == 0 ? 1 : 1.5;
        }
        assertEquals(Verdict.OSCILLATING, judge(DEFAULTS, costs));
    }

    @Test
    void zeroDifferencesAreSkippedWhenCountingFlips() {
        // Non-zero differences +1, −1, +1, −1 (the zero between them skipped): 3 flips in 3 pairs, net 0.
        assertEquals(Verdict.OSCILLATING, judge(SMALL, 5, 6, 6, 5, 6, 5));
    }

    @Test
    void onlyTheWindowIsJudged() {
        // An old oscillation followed by 50 points of steady decrease: the window sees only the decrease.
        double[] costs = new double[70];
        for (int i = 0; i < 20; i++) {
            costs[i] = i % 2 == 0 ? 10 : 11;
        }
        for (int i = 20; i < 70; i++) {
            costs[i] = 10 * Math.pow(0.95, i - 19);
        }
        assertEquals(Verdict.CONVERGING, judge(DEFAULTS, costs));
    }

    @Test
    void aSmallDropOverTheWindowIsSlowUnlessTheRunHasAlreadyFallenALot() {
        // J = 10 − i/49 over 50 points: a drop of exactly 1 = 10 % of 10 is still converging …
        double[] costs = new double[50];
        for (int i = 0; i < 50; i++) {
            costs[i] = 10 - i / 49.0;
        }
        assertEquals(9.0, costs[49]);
        assertEquals(Verdict.CONVERGING, judge(DEFAULTS, costs));
        // … a little less is slow.
        costs[49] = 9.01;
        assertEquals(Verdict.SLOW, judge(DEFAULTS, costs));
    }

    @Test
    void aFlatWindowAfterABigDropHasSettled() {
        // J₀ = 10, then flat: settled (converging) once J has fallen by ≥ 50 % of 10 since the start.
        double[] costs = new double[60];
        costs[0] = 10;
        for (int i = 1; i < 60; i++) {
            costs[i] = 5;
        }
        assertEquals(Verdict.CONVERGING, judge(DEFAULTS, costs));
        for (int i = 1; i < 60; i++) {
            costs[i] = 5.01;
        }
        assertEquals(Verdict.SLOW, judge(DEFAULTS, costs));
    }

    @Test
    void aSteadyIncreaseBeyondTheSlowFractionIsRising() {
        double[] costs = new double[50];
        for (int i = 0; i < 50; i++) {
            costs[i] = 10 + i / 49.0;
        }
        // 10 → 11 is exactly +10 %: still counted as flat (and not settled), so slow …
        assertEquals(11.0, costs[49]);
        assertEquals(Verdict.SLOW, judge(DEFAULTS, costs));
        // … a little more is rising.
        costs[49] = 11.01;
        assertEquals(Verdict.RISING, judge(DEFAULTS, costs));
    }

    @Test
    void aRunAtZeroCostHasConverged() {
        double[] costs = new double[20];
        assertEquals(Verdict.CONVERGING, judge(DEFAULTS, costs));
        costs[19] = 1e-3;
        assertEquals(Verdict.RISING, judge(DEFAULTS, costs));
    }

    @Test
    void rejectsACountBeyondTheArray() {
        assertEquals("count must be 0 to 3 (the array's length), but is 4",
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.classify(new double[3], 4)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.classify(new double[3], -1));
    }

    @Test
    void rejectsRulesOutOfRange() {
        assertEquals("window must be at least 3 points, but is 2",
                assertThrows(IllegalArgumentException.class, () -> new VerdictRules(2, 3, 0.5, 0.25, 0.1, 0.5))
                        .getMessage());
        assertEquals("minimum points must be 3 to the window (10), but is 11",
                assertThrows(IllegalArgumentException.class, () -> new VerdictRules(10, 11, 0.5, 0.25, 0.1, 0.5))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new VerdictRules(10, 5, 0, 0.25, 0.1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new VerdictRules(10, 5, 0.5, 1, 0.1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new VerdictRules(10, 5, 0.5, 0.25, 0, 0.5));
        assertEquals("settled fraction must be a number > 0 and <= 1, but is NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> new VerdictRules(10, 5, 0.5, 0.25, 0.1, Double.NaN)).getMessage());
    }

    @Test
    void everyVerdictHasAnIdAndAnExplanationForTheStudent() {
        for (Verdict verdict : Verdict.values()) {
            assertFalse(verdict.id().isEmpty());
            assertTrue(verdict.explanation().endsWith("."), verdict.id());
        }
        assertEquals("α is too large: each step jumps past the minimum, so J bounces up and down.",
                Verdict.OSCILLATING.explanation());
        assertTrue(Verdict.SLOW.explanation().startsWith("α is too small"));
        assertTrue(Verdict.DIVERGED.explanation().startsWith("α is far too large"));
    }

    @Test
    void batchCaptionNamesTheModeAndWhyTheNoiseChanges() {
        String full = Verdict.batchModeCaption(TrainingConfig.FULL_BATCH, 200);
        assertTrue(full.startsWith("Full batch"), full);
        assertTrue(full.contains("all 200 examples"), full);
        assertEquals(full, Verdict.batchModeCaption(200, 200), "a batch of every example is full batch");
        assertEquals(full, Verdict.batchModeCaption(500, 200));
        String stochastic = Verdict.batchModeCaption(1, 200);
        assertTrue(stochastic.startsWith("Stochastic"), stochastic);
        assertTrue(stochastic.contains("very noisy"), stochastic);
        String mini = Verdict.batchModeCaption(10, 200);
        assertTrue(mini.startsWith("Mini-batch of 10"), mini);
        assertTrue(mini.contains("10 random examples out of 200"), mini);
        assertTrue(mini.contains("1/√B"), mini);
        assertThrows(IllegalArgumentException.class, () -> Verdict.batchModeCaption(-1, 200));
        assertThrows(IllegalArgumentException.class, () -> Verdict.batchModeCaption(0, 0));
    }
}
