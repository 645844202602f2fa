package org.backproplab.state.rate;

import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.rate.RateMeter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class RateMeterTest {
    @Test
    void theMarkSitsAtTheLimitOnTheSlidersLogScale() {
        // slider from 1e-5 to 10 is six decades: 0.01 is three decades in, halfway
        RateMeter meter = RateMeter.of(0.001, 0.01, OptimizerKind.SGD);
        assertEquals(0.5, meter.marker(), 1e-12);
        double[] ends = meter.zoneEnds();
        assertEquals(2.0 / 6, ends[0], 1e-12, "0.1× the limit = 0.001, two decades in");
        assertEquals(0.5, ends[1], 1e-12);
        assertEquals((3 + Math.log10(2)) / 6, ends[2], 1e-12);
        assertTrue(meter.sentence().startsWith("The mark is the stable limit α ≈ 0.01, 2/λ_max"), meter.sentence());
        assertTrue(meter.sentence().endsWith("α = 0.001 is 0.1× the limit: fast and smooth."), meter.sentence());
    }

    @Test
    void aLimitBeyondTheSliderIsSaidNotMarked() {
        RateMeter meter = RateMeter.of(0.1, 28.66, OptimizerKind.SGD);
        assertTrue(Double.isNaN(meter.marker()));
        assertTrue(meter.sentence().startsWith("Stable up to α ≈ 29, beyond this slider"), meter.sentence());
        assertEquals(1.0, meter.zoneEnds()[1], 0.0);
        assertTrue(meter.sentence().contains("slow"), meter.sentence());
        RateMeter tiny = RateMeter.of(0.1, 1e-6, OptimizerKind.SGD);
        assertTrue(Double.isNaN(tiny.marker()));
        assertTrue(tiny.sentence().startsWith("Stable only below α ≈ 1e-6, below this slider")
                || tiny.sentence().startsWith("Stable only below α ≈ 0.000001, below this slider"), tiny.sentence());
        assertTrue(tiny.sentence().contains("diverges or bounces"), tiny.sentence());
    }

    @Test
    void adaptiveOptimizersHaveNoMarkAndSaySo() {
        for (OptimizerKind kind : new OptimizerKind[] {OptimizerKind.ADAM, OptimizerKind.RMSPROP}) {
            RateMeter meter = RateMeter.of(0.01, 0.5, kind);
            assertTrue(Double.isNaN(meter.marker()));
            assertEquals(0, meter.zoneEnds().length);
            assertTrue(meter.sentence().contains("no single limit"), meter.sentence());
        }
        assertTrue(RateMeter.of(0.1, 0.5, OptimizerKind.MOMENTUM).sentence().contains("2(1 + μ)/λ_max"));
        assertTrue(Double.isNaN(RateMeter.of(0.1, Double.NaN, OptimizerKind.SGD).marker()));
        assertTrue(RateMeter.of(0.1, Double.POSITIVE_INFINITY, OptimizerKind.SGD).sentence().contains("no α overshoots"));
    }

    /** The default lab (circle): its measured starting limit lies beyond the slider, and the sentence says so. */
    @Test
    void theDefaultLabsLimitIsBeyondTheSlider() {
        LabSession lab = new LabSession(AppState.defaults());
        double limit = lab.stableRate();
        RateMeter meter = RateMeter.of(lab.state().learningRate(), limit, lab.state().optimizer());
        assertTrue(limit > AppState.MAX_LEARNING_RATE, "limit " + limit);
        assertTrue(meter.sentence().contains("beyond this slider"), meter.sentence());
    }
}
