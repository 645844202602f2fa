package org.backproplab.state;

import org.backproplab.state.phases.PhaseStepper;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.DatasetKind;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class LabSessionTest {
    @Test
    void defaultLabLowersItsCost() {
        LabSession lab = new LabSession(AppState.defaults());
        double start = lab.trainCost();
        for (int frame = 0; frame < 400; frame++) {
            lab.train(5);
        }
        assertEquals(2000, lab.iteration());
        assertTrue(lab.trainCost() < 0.5 * start, "cost " + start + " -> " + lab.trainCost());
        assertTrue(Double.isFinite(lab.testCost()));
        assertEquals(401, lab.history().size());
    }

    @Test
    void sameSettingsGiveTheSameWeightsAndData() {
        LabSession a = new LabSession(AppState.defaults());
        LabSession b = new LabSession(AppState.defaults());
        assertArrayEquals(a.network().parameters(), b.network().parameters());
        a.train(50);
        b.train(50);
        assertArrayEquals(a.network().parameters(), b.network().parameters());
        LabSession c = new LabSession(AppState.defaults().withSeed(2));
        assertFalse(java.util.Arrays.equals(a.network().parameters(), c.network().parameters()));
    }

    @Test
    void divergenceStopsTrainingKeepsFiniteWeightsAndSuggestsASmallerRate() {
        LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.SINE).withActivation(
                org.backproplab.core.Activation.RELU).withLearningRate(10).withBatchSize(0));
        double[] before = lab.network().parameters().clone();
        int taken = lab.train(200);
        assertTrue(lab.isDiverged(), "expected α = 10 to diverge on a regression; took " + taken);
        assertTrue(taken < 200);
        assertArrayEquals(before, lab.network().parameters(), "the last finite weights are kept");
        assertTrue(lab.divergence().contains("α = 10 is too large"), lab.divergence());
        assertTrue(lab.divergence().contains("Try α = 1."), lab.divergence());
        assertTrue(lab.divergence().contains("The counter stays at iteration " + lab.iteration() + ", where it diverged; "
                + "the weights (and the cost shown) are those of iteration 0,"), lab.divergence());
        assertEquals(taken, lab.iteration(), "the counter counts the steps taken, the diverging one included");
        for (double w : lab.network().parameters()) {
            assertTrue(Double.isFinite(w));
        }
        assertEquals(0, lab.train(10), "no training while diverged");
        lab.apply(lab.state().withLearningRate(0.001));
        assertFalse(lab.isDiverged(), "a new α clears the divergence");
        assertTrue(lab.train(10) > 0);
    }

    @Test
    void divergenceWhileSteppingByPhaseKeepsTheWeightsOfTheLastStepThatWasFine() {
        LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.SINE).withActivation(
                org.backproplab.core.Activation.RELU).withLearningRate(10).withBatchSize(0));
        PhaseStepper stepper = new PhaseStepper(lab);
        double[] lastFine = lab.network().parameters().clone();
        long lastFineIteration = 0;
        for (int iteration = 1; iteration <= 200 && !lab.isDiverged(); iteration++) {
            for (int phase = 0; phase < 4; phase++) {
                stepper.next();
            }
            stepper.finish();
            lab.afterExternalSteps();
            if (!lab.isDiverged()) {
                lastFine = lab.network().parameters().clone();
                lastFineIteration = lab.iteration();
            }
        }
        assertTrue(lab.isDiverged(), "expected α = 10 to diverge");
        assertArrayEquals(lastFine, lab.network().parameters(), "not the weights of the last finite iteration");
        // the iteration counter (the header's number) and the weights' iteration, both said plainly
        assertTrue(lab.divergence().startsWith("Training diverged at iteration " + lab.iteration() + ": "), lab.divergence());
        assertTrue(lab.divergence().contains("The counter stays at iteration " + lab.iteration() + ", where it diverged; "
                + "the weights (and the cost shown) are those of iteration " + lastFineIteration + ", the last whose cost"
                + " was finite."), lab.divergence());
        assertEquals(lastFineIteration + 1, lab.iteration(), "the counter shows the iteration that diverged");
    }

    @Test
    void eachDivergenceIsCountedEvenWhenItsMessageRepeatsAfterAReset() {
        LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.SINE).withActivation(
                org.backproplab.core.Activation.RELU).withLearningRate(10).withBatchSize(0));
        assertEquals(0, lab.divergenceCount());
        lab.train(200);
        String first = lab.divergence();
        assertEquals(1, lab.divergenceCount());
        lab.reset();
        assertFalse(lab.isDiverged());
        lab.train(200);
        assertEquals(first, lab.divergence(), "the same seed diverges the same way");
        assertEquals(2, lab.divergenceCount(), "a new divergence with the same text is still a new one");
    }

    @Test
    void suggestionIsATenthRoundedToOneTwoOrFive() {
        assertEquals(0.2, LabSession.suggestedLearningRate(3), 0);
        assertEquals(1.0, LabSession.suggestedLearningRate(10), 0);
        assertEquals(0.05, LabSession.suggestedLearningRate(0.7), 0);
        assertEquals(0.001, LabSession.suggestedLearningRate(0.01), 0);
        assertEquals(AppState.MIN_LEARNING_RATE, LabSession.suggestedLearningRate(1e-5), 0);
    }

    @Test
    void changingTheLearningRateKeepsTheWeights() {
        LabSession lab = new LabSession(AppState.defaults());
        lab.train(20);
        double[] weights = lab.network().parameters().clone();
        lab.apply(lab.state().withLearningRate(0.1).withOptimizer(OptimizerKind.ADAM));
        assertArrayEquals(weights, lab.network().parameters());
        assertEquals(20, lab.iteration());
        lab.apply(lab.state().withHiddenLayers(new int[] {3}));
        assertEquals(0, lab.iteration(), "a new architecture starts again");
    }

    @Test
    void invalidLearningRateIsRefusedWithAReason() {
        LabSession lab = new LabSession(AppState.defaults());
        assertEquals("learning rate α must be a number from 0.00001 to 10, but is 0", lab.setLearningRate(0));
        assertEquals(0.1, lab.state().learningRate());
        assertEquals("", lab.setLearningRate(0.3));
        assertEquals(0.3, lab.state().learningRate());
    }

    @Test
    void addedPointJoinsTheTrainingSetAndKeepsTheIterationCount() {
        LabSession lab = new LabSession(AppState.defaults());
        int before = lab.trainData().count();
        lab.train(7);
        assertEquals("", lab.addPoint(1.5, -2, 1));
        assertEquals(before + 1, lab.trainData().count());
        assertEquals(1.5, lab.trainData().input(before, 0));
        assertEquals(1.0, lab.trainData().target(before, 0));
        assertEquals(7, lab.iteration());
        assertNotEquals("", lab.addPoint(0, 0, 5));
        assertNotEquals("", lab.addPoint(Double.NaN, 0, 1));
    }
}
