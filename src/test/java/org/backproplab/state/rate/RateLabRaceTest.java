package org.backproplab.state.rate;

import org.backproplab.state.rate.RateLab;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.optim.OptimizerKind;
import org.backproplab.train.Verdict;
import org.junit.jupiter.api.Test;

/** The race's sentences, written out by hand. */
class RateLabRaceTest {
    @Test
    void optimizersAndVerdictsHaveTheirWords() {
        assertEquals("gradient descent", RateLab.optimizerName(OptimizerKind.SGD));
        assertEquals("Nesterov momentum", RateLab.optimizerName(OptimizerKind.NESTEROV));
        assertEquals("RMSprop", RateLab.optimizerName(OptimizerKind.RMSPROP));
        assertEquals("too early to tell", RateLab.verdictName(Verdict.TOO_EARLY));
        assertEquals("slow", RateLab.verdictName(Verdict.SLOW));
        assertEquals(Verdict.DIVERGED.id(), RateLab.verdictName(Verdict.DIVERGED));
    }

    @Test
    void aRefusedLaneKeepsItsRateOrStaysEmpty() {
        assertEquals("α must be a number, but is \"x\". Kept 0.03.",
                RateLab.laneRefusal("α must be a number, but is \"x\"", 0.03));
        assertEquals("Nope. Kept the lane empty.", RateLab.laneRefusal("nope", Double.NaN));
    }

    @Test
    void theStatusFollowsTheRace() {
        assertEquals("Press Start to race the rates typed on the right.", RateLab.raceStatus(false, false, false, 0, 400));
        assertEquals("Racing: step 12 of 400.", RateLab.raceStatus(true, false, true, 12, 400));
        assertEquals("Paused at step 12 of 400.", RateLab.raceStatus(true, false, false, 12, 400));
        assertEquals("Finished: every run took its 400 steps or diverged.", RateLab.raceStatus(true, true, false, 400, 400));
    }

    @Test
    void theSharedLineNamesWhatOnlyAlphaChanges() {
        assertEquals("Every run: the lab's starting weights (seed 7), its 1,200 training points, Adam, 400 steps; only α "
                + "differs.", RateLab.raceShared(7, 1200, OptimizerKind.ADAM, 400));
    }

    @Test
    void theChartDescriptionListsEveryRun() {
        assertEquals("Cost J against iteration, 1 run: α = 0.1 (solid line) slow, J = 0.25.",
                RateLab.raceDescription(new double[] {0.1}, new String[] {"solid line"}, new Verdict[] {Verdict.SLOW},
                        new double[] {0.25}));
        assertEquals("Cost J against iteration, 2 runs: α = 0.001 (solid line) too early to tell, J = 1.5; α = 10 "
                + "(long dashes) " + Verdict.DIVERGED.id() + ", J = \u2014.",
                RateLab.raceDescription(new double[] {0.001, 10}, new String[] {"solid line", "long dashes"},
                        new Verdict[] {Verdict.TOO_EARLY, Verdict.DIVERGED}, new double[] {1.5, Double.NaN}));
    }
}
