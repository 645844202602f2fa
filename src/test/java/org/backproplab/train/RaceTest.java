package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.data.Generators;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class RaceTest {
    private static final Dataset LINE = Generators.generate(DatasetKind.LINEAR, 100, 0.2, 7);
    private static final Dataset SINE = Generators.generate(DatasetKind.SINE, 60, 0.1, 5);

    private static Network linearModel() {
        Shape shape = Shape.of(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR);
        return Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.UNIFORM, 3);
    }

    private static Network sineNetwork() {
        Shape shape = Shape.of(new int[] {1, 6, 1}, Activation.TANH, Activation.LINEAR);
        return Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.XAVIER, 11);
    }

    @Test
    void eachRunIsBitIdenticalToASingleTrainerWithTheSameRate() {
        // Mini-batches of 8 with Adam, so that shuffling and optimizer state must both match.
        TrainingConfig config = new TrainingConfig(OptimizerConfig.defaults(OptimizerKind.ADAM), 0.5, 8, 42);
        double[] rates = {0.003, 0.03, 0.1};
        Network start = sineNetwork();
        Race race = new Race(start, SINE, config, rates, 1000);
        for (int frame = 0; frame < 10; frame++) {
            race.step(7);
        }
        for (int r = 0; r < rates.length; r++) {
            Trainer single = new Trainer(sineNetwork(), SINE, config.withLearningRate(rates[r]));
            single.run(70);
            assertArrayEquals(single.network().parameters(), race.network(r).parameters(), "run " + r);
            assertEquals(70, race.iteration(r));
            assertEquals(71, race.costCount(r));
            assertEquals(single.trainingCost(), race.lastCost(r), 0.0);
        }
    }

    @Test
    void curvePointTIsTheWholeSetCostAfterTSteps() {
        Race race = new Race(linearModel(), LINE, TrainingConfig.defaults(), new double[] {0.05}, 100);
        race.step(3);
        Trainer single = new Trainer(linearModel(), LINE, TrainingConfig.defaults().withLearningRate(0.05));
        for (int t = 0; t <= 3; t++) {
            assertEquals(single.trainingCost(), race.costsView(0)[t], 0.0, "t = " + t);
            single.step();
        }
    }

    @Test
    void theLargeRateDivergesOnLeastSquaresAndStopsAtItsLastFiniteCost() {
        // ŷ = w·x + b with mse: gradient descent diverges iff α > 2/λ_max of the Hessian
        // (1/N)[[Σx², Σx], [Σx, N]]; with x uniform in [−6, 6], λ_max ≈ E[x²] ≈ 12, so 2/λ_max ≈ 0.17:
        // 3 is far beyond it, 0.03 and 0.001 below.
        Race race = new Race(linearModel(), LINE, TrainingConfig.defaults(), new double[] {0.001, 0.03, 3}, 300);
        while (race.step(10)) {
            // until every run has diverged or finished
        }
        assertTrue(race.isOver());
        assertEquals(Verdict.DIVERGED, race.verdict(2));
        assertTrue(race.isDiverged(2));
        assertFalse(race.isRunning(2));
        assertTrue(race.costCount(2) < 301, "the diverged run stopped early");
        for (int t = 0; t < race.costCount(2); t++) {
            assertTrue(Double.isFinite(race.costsView(2)[t]), "t = " + t);
        }
        assertTrue(Double.isFinite(race.lastCost(2)));
        assertFalse(race.isDiverged(0));
        assertFalse(race.isDiverged(1));
        assertEquals(301, race.costCount(0));
        assertEquals(Verdict.CONVERGING, race.verdict(1));
        assertEquals(1, race.leader());
    }

    @Test
    void aLargeRateDivergesOnANeuralNetworkToo() {
        Race race = new Race(sineNetwork(), SINE, TrainingConfig.defaults(), new double[] {0.03, 3}, 500);
        while (race.step(25)) {
            // run to the end
        }
        assertEquals(Verdict.DIVERGED, race.verdict(1));
        assertFalse(race.isDiverged(0));
    }

    @Test
    void runsStopAtTheStepLimit() {
        Race race = new Race(linearModel(), LINE, TrainingConfig.defaults(), new double[] {0.01, 0.02}, 5);
        assertTrue(race.step(3));
        assertFalse(race.step(100));
        assertTrue(race.isOver());
        for (int r = 0; r < 2; r++) {
            assertEquals(6, race.costCount(r));
            assertEquals(5, race.iteration(r));
        }
        assertFalse(race.step(1));
        assertEquals(6, race.costCount(0));
    }

    @Test
    void tooEarlyBeforeEnoughSteps() {
        Race race = new Race(linearModel(), LINE, TrainingConfig.defaults(), new double[] {0.01}, 100);
        assertEquals(Verdict.TOO_EARLY, race.verdict(0));
        assertEquals(1, race.costCount(0));
    }

    @Test
    void restartReplaysTheSameRace() {
        Race race = new Race(sineNetwork(), SINE, TrainingConfig.defaults().withBatchSize(10),
                new double[] {0.01, 0.1}, 50);
        race.step(50);
        double[] first = race.costsView(1).clone();
        race.restart();
        assertEquals(1, race.costCount(1));
        race.step(50);
        assertArrayEquals(first, race.costsView(1));
    }

    @Test
    void steppingTheRunsInTurnIsTheSameRaceAsSteppingThemTogether() {
        double[] rates = {0.01, 0.1, 3};
        Race together = new Race(sineNetwork(), SINE, TrainingConfig.defaults().withBatchSize(10), rates, 60);
        Race inTurn = new Race(sineNetwork(), SINE, TrainingConfig.defaults().withBatchSize(10), rates, 60);
        while (together.step(1)) {
            // all runs, one step each
        }
        for (int run = inTurn.laggingRun(); run >= 0; run = inTurn.laggingRun()) {
            inTurn.stepRun(run);
        }
        for (int r = 0; r < rates.length; r++) {
            assertEquals(together.costCount(r), inTurn.costCount(r));
            assertArrayEquals(together.costsView(r), inTurn.costsView(r));
            assertEquals(together.isDiverged(r), inTurn.isDiverged(r));
        }
        assertFalse(inTurn.stepRun(0), "a finished run takes no step");
    }

    @Test
    void theStartingNetworkIsNotTouched() {
        Network start = sineNetwork();
        double[] before = start.parameters().clone();
        new Race(start, SINE, TrainingConfig.defaults(), new double[] {0.1}, 20).step(20);
        assertArrayEquals(before, start.parameters());
    }

    @Test
    void fixedPresetsAndLabels() {
        assertArrayEquals(new double[] {0.001, 0.03, 1, 10}, RacePresets.fixed().rates());
        assertEquals("too small", RacePresets.label(0));
        assertEquals("good", RacePresets.label(1));
        assertEquals("too large", RacePresets.label(2));
        assertEquals("diverging", RacePresets.label(3));
        assertThrows(IndexOutOfBoundsException.class, () -> RacePresets.label(4));
        assertThrows(IllegalArgumentException.class, () -> new RacePresets(0, 0.1, 1, 10));
    }

    @Test
    void rejectsBadRaces() {
        Network start = linearModel();
        TrainingConfig config = TrainingConfig.defaults();
        assertEquals("a race needs 1 to 4 learning rates, but got 0", assertThrows(IllegalArgumentException.class,
                () -> new Race(start, LINE, config, new double[0], 10)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Race(start, LINE, config, new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, 10));
        assertEquals("learning rate must be a number > 0 and <= 10, but is 20.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new Race(start, LINE, config, new double[] {0.1, 20}, 10)).getMessage());
        assertEquals("a race's length must be 1 to 100000 steps, but is 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new Race(start, LINE, config, new double[] {0.1}, 0)).getMessage());
        Race race = new Race(start, LINE, config, new double[] {0.1}, 10);
        assertThrows(IllegalArgumentException.class, () -> race.step(-1));
    }
}
