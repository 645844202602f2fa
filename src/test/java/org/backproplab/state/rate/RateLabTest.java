package org.backproplab.state.rate;

import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.NumberText;
import org.backproplab.state.rate.RateLab;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Network;
import org.junit.jupiter.api.Test;

class RateLabTest {
    @Test
    void emptyLaneIsLeftOut() {
        assertTrue(Double.isNaN(RateLab.parseLane("")));
        assertTrue(Double.isNaN(RateLab.parseLane("   ")));
        assertTrue(Double.isNaN(RateLab.parseLane(null)));
    }

    @Test
    void laneAcceptsTheMainLearningRateRange() {
        assertEquals(0.00001, RateLab.parseLane("0.00001"));
        assertEquals(0.03, RateLab.parseLane(" 0.03 "));
        assertEquals(10, RateLab.parseLane("1e1"));
    }

    @Test
    void rejectsLaneOutsideTheRangeSayingWhatIsAllowed() {
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class, () -> RateLab.parseLane("20"));
        assertEquals("α must be a number from 0.00001 to 10, but is 20", tooLarge.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RateLab.parseLane("0"));
        assertThrows(IllegalArgumentException.class, () -> RateLab.parseLane("-0.1"));
    }

    @Test
    void rejectsLaneThatIsNoNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RateLab.parseLane("fast"));
        assertTrue(e.getMessage().contains("\"fast\""), e.getMessage());
        assertTrue(e.getMessage().endsWith("allowed: " + RateLab.ALLOWED), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RateLab.parseLane("NaN"));
        assertThrows(IllegalArgumentException.class, () -> RateLab.parseLane("Infinity"));
    }

    @Test
    void usedLanesKeepsOrderAndDropsEmptyOnes() {
        assertArrayEquals(new double[] {0.001, 3}, RateLab.usedLanes(new double[] {0.001, Double.NaN, 3, Double.NaN}));
        assertArrayEquals(new double[0], RateLab.usedLanes(new double[] {Double.NaN}));
    }

    @Test
    void roundedKeepsTwoSignificantDigits() {
        assertEquals(0.073, RateLab.rounded(0.07278953843983146));
        assertEquals(0.13, RateLab.rounded(0.12689610031679222));
        assertEquals(2, RateLab.rounded(2.043359717856941));
        assertEquals(0.1, RateLab.rounded(0.0996));
        assertEquals(0.00049, RateLab.rounded(4.893900918477496E-4));
        assertEquals(10, RateLab.rounded(9.99));
        assertEquals(AppState.MIN_LEARNING_RATE, RateLab.rounded(1e-7));
        assertThrows(IllegalArgumentException.class, () -> RateLab.rounded(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> RateLab.rounded(0));
    }

    @Test
    void roundedStaysWithinFivePercentAcrossTheFinderRange() {
        for (double exponent = -4; exponent <= 1; exponent += 0.0137) {
            double rate = Math.pow(10, exponent);
            double rounded = RateLab.rounded(rate);
            assertTrue(Math.abs(rounded - rate) <= 0.05 * rate, rate + " -> " + rounded);
            assertEquals(rounded, Double.parseDouble(NumberText.format(rounded)), "reads back exactly");
        }
    }

    @Test
    void scheduleHorizonKeepsTheCurrentIterationInView() {
        assertEquals(1000, RateLab.scheduleHorizon(0));
        assertEquals(1000, RateLab.scheduleHorizon(800));
        assertEquals(2000, RateLab.scheduleHorizon(801));
        assertEquals(4000, RateLab.scheduleHorizon(3000));
        assertTrue(RateLab.scheduleHorizon(Long.MAX_VALUE / 2) > 0);
    }

    @Test
    void initialNetworkIsTheLabsStartingWeightsAndLeavesTheLabAlone() {
        LabSession lab = new LabSession(AppState.defaults());
        double[] start = lab.network().parameters().clone();
        lab.train(50);
        double[] trained = lab.network().parameters().clone();
        Network initial = lab.initialNetwork();
        assertNotSame(lab.network(), initial);
        assertArrayEquals(start, initial.parameters());
        assertArrayEquals(trained, lab.network().parameters());
    }
}
