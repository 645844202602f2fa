package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.HessianReference;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/**
 * The sharpness sampled along a race's runs: every {@value RaceSharpness#INTERVAL} steps and at the end, each sample
 * the largest eigenvalue of a Hessian built column by column from finite differences of the gradient at the weights a
 * separate trainer with that α reaches after that many steps; iteration 0 shared by every run; a diverged run not
 * sampled after it diverged; the limit 2/λ for gradient descent.
 */
class RaceSharpnessTest {
    private static final int STEPS = 60;

    @Test
    void samplesMatchAFiniteDifferenceHessianAtTheSameIteration() {
        Dataset data = TestData.xorLike(40, 3);
        Network start = TestData.xorNetwork(5);
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(TrainingConfig.FULL_BATCH);
        double[] rates = {0.3, 3};
        Race race = new Race(start, data, config, rates, STEPS);
        RaceSharpness tracker = new RaceSharpness(race, OptimizerKind.SGD, 0, 1);
        while (tracker.advance(1000)) {
            // the first sample
        }
        while (race.step(1)) {
            while (tracker.advance(1000)) {
                // every sample due, before the next step
            }
        }
        while (tracker.advance(1000)) {
            // the final samples
        }
        for (int r = 0; r < rates.length; r++) {
            assertEquals(STEPS / RaceSharpness.INTERVAL + 1, tracker.count(r), "samples of run " + r);
            for (int k = 0; k < tracker.count(r); k++) {
                int iteration = (int) tracker.iteration(r, k);
                assertEquals(k * RaceSharpness.INTERVAL, iteration);
                Network replay = start.copy();
                Trainer trainer = new Trainer(replay, data, config.withLearningRate(rates[r]));
                for (int s = 0; s < iteration; s++) {
                    trainer.step();
                }
                double expected = HessianReference.max(HessianReference.eigenvalues(
                        HessianReference.hessian(replay, data.inputsView(), data.targetsView(), data.count())));
                assertEquals(expected, tracker.sharpness(r, k), 1e-6 * Math.abs(expected),
                        "run " + r + " at iteration " + iteration);
                assertEquals(2 / expected, tracker.limit(r, k), 1e-6 * 2 / Math.abs(expected));
            }
        }
        assertEquals(tracker.sharpness(0, 0), tracker.sharpness(1, 0), 0, "iteration 0 is the same weights");
        assertTrue(tracker.isIdle());
    }

    @Test
    void aDivergedRunIsNotSampledAfterItDiverged() {
        Dataset data = TestData.xorLike(40, 3);
        Network start = TestData.network(new int[] {2, 4, 1}, org.backproplab.core.Activation.TANH,
                org.backproplab.core.Activation.LINEAR, 5);
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(TrainingConfig.FULL_BATCH);
        Race race = new Race(start, data, config, new double[] {0.1, 10}, STEPS);
        RaceSharpness tracker = new RaceSharpness(race, OptimizerKind.SGD, 0, 1);
        while (race.step(1) | tracker.advance(1000)) {
            // racing and sampling
        }
        assertTrue(race.isDiverged(1), "α = 10 on a linear output diverges");
        assertFalse(race.isDiverged(0));
        int last = tracker.count(1) - 1;
        assertTrue(tracker.iteration(1, last) < race.iteration(1), "no sample at or after the diverging step");
        for (int k = 0; k <= last; k++) {
            assertTrue(Double.isFinite(tracker.sharpness(1, k)), "sample " + k);
        }
        assertEquals(STEPS, tracker.iteration(0, tracker.count(0) - 1), "the stable run is sampled at its end");
    }
}
