package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/**
 * The α lab's work in slices (a race step, a sharpness sample, a finder's sweep) on a network large enough that a
 * slice is a small part of a batch, checked against the same work done whole by a bare {@link Trainer} or by
 * whole Hessian-vector products: the numbers are the same bit for bit.
 */
class SlicedWorkTest {
    private static final Dataset DATA = TestData.xorLike(120, 4);
    private static final int[] SIZES = {2, 32, 32, 1};
    private static final TrainingConfig FULL = TrainingConfig.defaults().withBatchSize(TrainingConfig.FULL_BATCH);

    private static Network start() {
        return TestData.network(SIZES, Activation.TANH, Activation.SIGMOID, 9);
    }

    @Test
    void aSliceIsASmallPartOfABatchHere() {
        // the premise of every test below: slices really split a step and a measurement of J
        assertTrue(TrainingSlice.examples(start().shape()) * 3 < DATA.count());
        assertTrue(TrainingSlice.forwardExamples(start().shape()) < DATA.count());
        assertTrue(TrainingSlice.hessianExamples(start().shape()) * 3 < DATA.count());
    }

    @Test
    void aRaceSteppedInSlicesRecordsWhatABareTrainerComputes() {
        double[] rates = {0.05, 2};
        int steps = 6;
        Race race = new Race(start(), DATA, FULL, rates, steps);
        int slices = 0;
        int completed = 0;
        for (int run = race.laggingRun(); run >= 0; run = race.laggingRun()) {
            slices++;
            if (race.stepRunSlice(run)) {
                completed++;
            }
        }
        assertEquals(rates.length * steps, completed);
        assertTrue(slices > 3 * completed, slices + " slices for " + completed + " steps");
        for (int r = 0; r < rates.length; r++) {
            Trainer bare = new Trainer(start(), DATA, FULL.withLearningRate(rates[r]));
            assertEquals(bare.trainingCost(), race.costsView(r)[0], 0.0);
            for (int t = 1; t <= steps; t++) {
                bare.step();
                assertEquals(bare.trainingCost(), race.costsView(r)[t], 0.0, "run " + r + " after step " + t);
            }
        }
    }

    @Test
    void aDivergingRunInSlicesEndsWhereWholeStepsEnd() {
        // a deep linear network: nothing caps J, and α = 10 is far above its stable limit
        Network linear = TestData.network(SIZES, Activation.LINEAR, Activation.LINEAR, 9);
        Race sliced = new Race(linear, DATA, FULL, new double[] {10}, 200);
        while (sliced.isRunning(0)) {
            sliced.stepRunSlice(0);
        }
        Trainer bare = new Trainer(linear.copy(), DATA, FULL.withLearningRate(10));
        double first = bare.trainingCost();
        int recorded = 1;
        while (true) {
            double batch = bare.step();
            double cost = bare.trainingCost();
            if (Divergence.isDiverged(batch, first) || Divergence.isDiverged(cost, first)) {
                break;
            }
            recorded++;
        }
        assertTrue(sliced.isDiverged(0));
        assertEquals(recorded, sliced.costCount(0));
        assertEquals(bare.iteration(), sliced.iteration(0));
    }

    @Test
    void sharpnessSamplesInSlicesEqualThoseOfWholeProducts() {
        double[] rates = {0.3, 3};
        Race wholeRace = new Race(start(), DATA, FULL, rates, 45);
        RaceSharpness whole = new RaceSharpness(wholeRace, OptimizerKind.SGD, 0, 1);
        Race slicedRace = new Race(start(), DATA, FULL, rates, 45);
        RaceSharpness sliced = new RaceSharpness(slicedRace, OptimizerKind.SGD, 0, 1);
        do {
            while (whole.advance(1)) {
                // every sample due, a product at a time
            }
            while (sliced.advanceSlice()) {
                // every sample due, a slice at a time
            }
        } while (wholeRace.step(1) | slicedRace.step(1));
        while (whole.advance(1)) {
            // the final samples
        }
        while (sliced.advanceSlice()) {
            // the final samples
        }
        for (int r = 0; r < rates.length; r++) {
            assertEquals(45 / RaceSharpness.INTERVAL + 2, whole.count(r), "samples of run " + r);
            assertEquals(whole.count(r), sliced.count(r));
            for (int k = 0; k < whole.count(r); k++) {
                assertEquals(whole.iteration(r, k), sliced.iteration(r, k));
                assertEquals(whole.sharpness(r, k), sliced.sharpness(r, k), 0.0, "run " + r + ", sample " + k);
            }
        }
    }

    @Test
    void samplesTakenWhileTheRaceStepsInSlicesBelongToTheirIteration() {
        Race race = new Race(start(), DATA, FULL, new double[] {0.5}, 40);
        RaceSharpness sliced = new RaceSharpness(race, OptimizerKind.SGD, 0, 1);
        boolean turn = false;
        while (race.isRunning(0) || !sliced.isIdle()) {
            if ((turn || !race.isRunning(0)) && !sliced.isIdle()) {
                sliced.advanceSlice();
            } else {
                race.stepRunSlice(0);
            }
            turn = !turn;
        }
        // each sample's iteration is a step boundary and its value is the meter's on a replay to that iteration
        for (int k = 0; k < sliced.count(0); k++) {
            int iteration = (int) sliced.iteration(0, k);
            Network replay = start();
            Trainer trainer = new Trainer(replay, DATA, FULL.withLearningRate(0.5));
            trainer.run(iteration);
            Sharpness expected = new SharpnessMeter(replay, DATA, 1).measure(RaceSharpness.FIRST_PRODUCTS);
            assertEquals(expected.value(), sliced.sharpness(0, k), 1e-3 * Math.abs(expected.value()),
                    "sample at iteration " + iteration);
        }
    }

    @Test
    void aSweepInSlicesGivesEachRateTheCostOfAFreshTrainer() {
        LearningRateFinder finder = new LearningRateFinder(start(), DATA, FULL, 1e-3, 5, 4, 5);
        int slices = 0;
        while (!finder.advanceSlice()) {
            slices++;
        }
        assertTrue(slices > 3 * 4 * 5, slices + " slices");
        for (int i = 0; i < 4; i++) {
            Trainer fresh = new Trainer(start(), DATA, FULL.withLearningRate(finder.rate(i)));
            fresh.run(5);
            assertEquals(fresh.trainingCost(), finder.finalCost(i), 0.0, "α = " + finder.rate(i));
        }
    }
}
