package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.data.DatasetKind;
import org.backproplab.state.phases.PhaseStepper;
import org.backproplab.train.TrainingSlice;
import org.junit.jupiter.api.Test;

/**
 * The phase stepper's completed iteration is measured within a frame's budget, slice by slice, like a Step: the
 * same costs, curve and divergence handling as measuring all points at once, bit for bit.
 */
class ExternalStepsBudgetTest {
    private static AppState heavy() {
        return AppState.defaults().withDataset(DatasetKind.SPIRAL).withHiddenLayers(new int[] {16, 16, 16, 16, 16, 16})
                .withBatchSize(0);
    }

    /** One stepper iteration through its four phases, then its end, as PhaseBar does. */
    private static void stepFourPhases(LabSession lab) {
        PhaseStepper stepper = new PhaseStepper(lab);
        for (int phase = 0; phase < 4; phase++) {
            stepper.next();
        }
        stepper.finish();
    }

    @Test
    void aSteppedIterationIsMeasuredOverSeveralBudgetsWithTheSameNumbers() {
        LabSession sliced = new LabSession(heavy());
        LabSession whole = new LabSession(heavy());
        int slice = TrainingSlice.forwardExamples(sliced.network().shape());
        int slices = ceilDiv(sliced.trainData().count() + sliced.testData().count(), slice);
        assertTrue(slices >= 3, slices + " slices");
        for (int iteration = 1; iteration <= 2; iteration++) {
            stepFourPhases(sliced);
            stepFourPhases(whole);
            double shownBefore = sliced.trainCost();
            assertFalse(sliced.afterExternalSteps(() -> true), "a spent budget measures one slice");
            assertTrue(sliced.isMeasurementUnderWay());
            assertEquals(shownBefore, sliced.trainCost(), 0.0, "J stays that of before until measured");
            int calls = 1;
            do {
                calls++;
            } while (!sliced.finishMeasurement(() -> true));
            assertEquals(slices, calls, "one slice per call");
            whole.afterExternalSteps();
            assertArrayEquals(whole.network().parameters(), sliced.network().parameters());
            assertEquals(whole.trainCost(), sliced.trainCost(), 0.0);
            assertEquals(whole.testCost(), sliced.testCost(), 0.0);
            assertEquals(iteration + 1, sliced.history().size());
            assertEquals(whole.history().trainCost(iteration), sliced.history().trainCost(iteration), 0.0);
            assertEquals(whole.history().testCost(iteration), sliced.history().testCost(iteration), 0.0);
        }
        // independently: a lab trained the same two full-batch steps by its trainer, J measured at once
        LabSession trained = new LabSession(heavy());
        trained.train(2);
        assertArrayEquals(trained.network().parameters(), sliced.network().parameters());
        assertEquals(trained.trainCost(), sliced.trainCost(), 0.0);
        assertEquals(trained.testCost(), sliced.testCost(), 0.0);
    }

    @Test
    void trainingFinishesTheSteppedIterationsMeasurementBeforeMovingTheWeights() {
        LabSession lab = new LabSession(heavy());
        stepFourPhases(lab);
        assertFalse(lab.afterExternalSteps(() -> true));
        double[] stepped = lab.network().parameters().clone();
        assertEquals(0, lab.train(1, () -> true), "the first call only measures");
        assertArrayEquals(stepped, lab.network().parameters());
        while (lab.isMeasurementUnderWay()) {
            lab.train(1, () -> true);
        }
        assertEquals(2, lab.history().size(), "the stepped iteration's point on the curve");
        assertEquals(1, lab.history().iteration(1), 0.0);
    }

    @Test
    void aDivergingSteppedIterationMeasuredInSlicesGoesBackToTheLastFineWeights() {
        AppState diverging = AppState.defaults().withDataset(DatasetKind.SINE).withActivation(Activation.RELU)
                .withLearningRate(10).withBatchSize(0);
        LabSession sliced = new LabSession(diverging);
        LabSession whole = new LabSession(diverging);
        for (int iteration = 1; iteration <= 200 && !whole.isDiverged(); iteration++) {
            stepFourPhases(sliced);
            stepFourPhases(whole);
            sliced.afterExternalSteps(() -> true);
            while (!sliced.finishMeasurement(() -> true)) {
                assertTrue(sliced.isMeasurementUnderWay());
            }
            whole.afterExternalSteps();
            assertEquals(whole.isDiverged(), sliced.isDiverged(), "iteration " + iteration);
        }
        assertTrue(sliced.isDiverged(), "expected α = 10 to diverge");
        assertEquals(whole.divergence(), sliced.divergence());
        assertArrayEquals(whole.network().parameters(), sliced.network().parameters());
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
