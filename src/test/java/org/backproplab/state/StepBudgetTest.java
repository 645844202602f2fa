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
        while (sliced.iteration() < 3) {
            sliced.train(3 - (int) sliced.iteration(), () -> true);
            calls++;
        }
        whole.train(3);
        assertEquals(3 * ((batch + slice - 1) / slice), calls, "one slice per call, each batch cut on its own");
        assertFalse(sliced.isStepUnderWay());
        assertArrayEquals(whole.network().parameters(), sliced.network().parameters());
        assertEquals(whole.trainCost(), sliced.trainCost(), 0.0);
        assertEquals(4, sliced.history().size(), "a curve point per finished step");
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
}
