package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DivergenceTest {

    @Test
    void nanAndInfinityAreDivergence() {
        assertTrue(Divergence.isDiverged(Double.NaN, 0.5));
        assertTrue(Divergence.isDiverged(Double.POSITIVE_INFINITY, 0.5));
        assertTrue(Divergence.isDiverged(Double.NEGATIVE_INFINITY, 0.5));
        assertEquals("the cost became NaN (not a number): try a smaller learning rate", Divergence.reason(Double.NaN, 0.5));
    }

    @Test
    void growthBeyondAMillionTimesTheStartIsDivergence() {
        assertFalse(Divergence.isDiverged(0.5e6, 0.5));
        assertTrue(Divergence.isDiverged(0.5e6 * 1.0000001, 0.5));
        assertFalse(Divergence.isDiverged(0.01, 0.5));
        assertNull(Divergence.reason(0.7, 0.5));
        assertEquals("the cost grew to 1.0E7, more than a million times its start 0.5: try a smaller learning rate",
                Divergence.reason(1e7, 0.5));
    }

    @Test
    void aStartingCostOfZeroOrNaNOnlyChecksForNonFiniteCosts() {
        assertFalse(Divergence.isDiverged(1e30, 0.0));
        assertFalse(Divergence.isDiverged(1e30, Double.NaN));
        assertTrue(Divergence.isDiverged(Double.NaN, 0.0));
    }
}
