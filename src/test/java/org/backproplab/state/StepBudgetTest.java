package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A frame's training stops when its time is spent, after at least one slice of the batch, and records one curve
 * point per call that finished a step; a batch too large for one frame is summed over several calls into the
 * same step.
 */
class StepBudgetTest {
    @Test
    void trainingStopsWhenTheBudgetIsSpentAfterAtLeastOneStep() {
        LabSession lab = new LabSession(AppState.defaults());
        int[] asked = {0};
        assertEquals(3, lab.train(1000, () -> ++asked[0] >= 3));
        assertEquals(3, lab.iteration());
        assertEquals(2, lab.history().size());
        assertEquals(1, lab.train(1000, () -> true), "a spent budget still allows one step");
        assertEquals(4, lab.iteration());
    }

    @Test
    void aBudgetChangesThePaceNeverTheResult() {
        LabSession sliced = new LabSession(AppState.defaults());
        LabSession whole = new LabSession(AppState.defaults());
        int[] calls = {0};
        long taken = 0;
        while (taken < 500) {
            taken += sliced.train((int) (500 - taken), () -> ++calls[0] % 7 == 0);
        }
        whole.train(500);
        assertEquals(500, sliced.iteration());
        assertArrayEquals(whole.network().parameters(), sliced.network().parameters());
    }

    /** Six hidden layers of 16 on 400 spiral points, full batch: a batch of 200 is 7 slices. */
    private static AppState heavy() {
        return AppState.defaults().withDataset(org.backproplab.data.DatasetKind.SPIRAL)
                .withHiddenLayers(new int[] {16, 16, 16, 16, 16, 16}).withBatchSize(0);
    }

    @Test
    void aLargeBatchIsSummedOverSeveralFramesIntoTheSameStep() {
        LabSession sliced = new LabSession(heavy());
        LabSession whole = new LabSession(heavy());
        int slice = org.backproplab.train.TrainingSlice.examples(sliced.network().shape());
        int batch = sliced.trainData().count();
        assertTrue(batch > 2 * slice, batch + " examples in slices of " + slice);
        int revision = sliced.revision();
        double cost = sliced.trainCost();

        assertEquals(0, sliced.train(1000, () -> true), "one slice is no whole step");
        assertTrue(sliced.isStepUnderWay());
        assertEquals(0, sliced.iteration());
        assertEquals(1, sliced.history().size(), "no curve point without a step");
        assertEquals(revision, sliced.revision(), "nothing a view shows has changed");
        assertEquals(cost, sliced.trainCost(), 0.0);

        int calls = 1;
        while (sliced.iteration() < 3 || sliced.isMeasurementUnderWay()) {
            // once the third step is taken, a call that completes its costs takes no new step (the time is spent)
            sliced.train(Math.max(1, 3 - (int) sliced.iteration()), () -> true);
            calls++;
        }
        for (int step = 0; step < 3; step++) {
            whole.train(1);
        }
        // per step: its batch's slices, then the slices of J on the training and test sets, the first of which
        // shares a call with the batch's last slice
        int measureSlices = ceilDiv(sliced.trainData().count() + sliced.testData().count(),
                org.backproplab.train.TrainingSlice.forwardExamples(sliced.network().shape()));
        assertTrue(measureSlices > 1, "the measurement is split too");
        assertEquals(3 * (ceilDiv(batch, slice) + measureSlices - 1), calls, "one slice per call");
        assertFalse(sliced.isStepUnderWay());
        assertArrayEquals(whole.network().parameters(), sliced.network().parameters());
        assertEquals(whole.trainCost(), sliced.trainCost(), 0.0);
        assertEquals(whole.testCost(), sliced.testCost(), 0.0);
        assertEquals(4, sliced.history().size(), "a curve point per finished step");
        for (int k = 0; k < 4; k++) {
            assertEquals(whole.history().trainCost(k), sliced.history().trainCost(k), 0.0, "curve point " + k);
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    @Test
    void aFrameWhoseTimeIsSpentLeavesTheCostsToTheNextAndTakesNoStepMeanwhile() {
        LabSession lab = new LabSession(heavy());
        double startCost = lab.trainCost();
        int[] checks = {0};
        // time runs out right after the first step's last slice
        int slices = ceilDiv(lab.trainData().count(), org.backproplab.train.TrainingSlice.examples(lab.network().shape()));
        assertEquals(1, lab.train(5, () -> ++checks[0] >= slices));
        assertTrue(lab.isMeasurementUnderWay());
        assertEquals(startCost, lab.trainCost(), 0.0, "J stays that of a measured step");
        assertEquals(1, lab.history().size());
        double[] weights = lab.network().parameters().clone();
        assertEquals(0, lab.train(5, () -> true), "the next call measures first");
        assertArrayEquals(weights, lab.network().parameters(), "no weight moves while J is measured");
        lab.finishMeasurement();
        assertFalse(lab.isMeasurementUnderWay());
        LabSession once = new LabSession(heavy());
        once.train(1);
        assertEquals(once.trainCost(), lab.trainCost(), 0.0);
        assertEquals(2, lab.history().size());
    }

    @Test
    void anEditedWeightStartsTheBatchUnderWayAgain() {
        LabSession sliced = new LabSession(heavy());
        LabSession whole = new LabSession(heavy());
        sliced.train(1, () -> true);
        assertTrue(sliced.isStepUnderWay());
        assertEquals("", sliced.weightEditor().setWeight(1, 0, 0, 0.5));
        assertFalse(sliced.isStepUnderWay(), "the half-summed batch was at the old weights");
        assertEquals("", whole.weightEditor().setWeight(1, 0, 0, 0.5));
        while (sliced.iteration() < 1) {
            sliced.train(1, () -> true);
        }
        whole.train(1);
        assertArrayEquals(whole.network().parameters(), sliced.network().parameters());
    }

    @Test
    void aPausedLabFinishesItsMeasurementWithinBudgetsSliceBySlice() {
        LabSession lab = new LabSession(heavy());
        while (lab.train(1, () -> true) == 0) {
            assertEquals(0, lab.iteration());
        }
        assertTrue(lab.isMeasurementUnderWay(), "a spent budget measures one slice after the step");
        int slice = org.backproplab.train.TrainingSlice.forwardExamples(lab.network().shape());
        int slices = ceilDiv(lab.trainData().count(), slice) + ceilDiv(lab.testData().count(), slice);
        int calls = 1;
        while (!lab.finishMeasurement(() -> true)) {
            calls++;
            assertTrue(calls <= slices, "more calls than slices of forward passes: " + calls);
        }
        assertTrue(calls >= 2, "the measurement took one call");
        assertFalse(lab.isMeasurementUnderWay());
        assertTrue(lab.finishMeasurement(() -> true), "nothing left to measure");
        LabSession once = new LabSession(heavy());
        once.train(1);
        assertEquals(once.trainCost(), lab.trainCost(), 0.0);
        assertEquals(once.testCost(), lab.testCost(), 0.0);
        assertEquals(2, lab.history().size());
    }
}
