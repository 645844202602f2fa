package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.data.DatasetKind;
import org.junit.jupiter.api.Test;

/**
 * Step and → on a batch too large for one frame: the step and its cost measurement go on over several budgets,
 * end as one whole unbudgeted step, and are reported once; at most three presses wait; divergence drops the rest.
 */
class StepQueueTest {
    /** Six hidden layers of 16 on 400 spiral points, full batch: a step is several slices. */
    private static AppState heavy() {
        return AppState.defaults().withDataset(DatasetKind.SPIRAL)
                .withHiddenLayers(new int[] {16, 16, 16, 16, 16, 16}).withBatchSize(0);
    }

    private static final LabSession.StepBudget SPENT = () -> true;

    @Test
    void aStepOverSeveralBudgetsIsOneWholeStepReportedOnceItsCostIsMeasured() {
        LabSession lab = new LabSession(heavy());
        StepQueue queue = new StepQueue(lab);
        queue.ask();
        int calls = 0;
        StepQueue.Outcome outcome;
        do {
            outcome = queue.advance(SPENT);
            calls++;
            assertTrue(calls < 1000, "the step never ended");
        } while (outcome == StepQueue.Outcome.WORKING);
        assertEquals(StepQueue.Outcome.STEPPED, outcome);
        assertTrue(calls > 2, "a spent budget still took the whole step in " + calls + " calls");
        assertFalse(queue.hasWork());
        LabSession whole = new LabSession(heavy());
        whole.train(1);
        assertEquals(1, lab.iteration());
        assertArrayEquals(whole.network().parameters(), lab.network().parameters());
        assertEquals(whole.trainCost(), lab.trainCost(), 0.0);
        assertEquals(whole.testCost(), lab.testCost(), 0.0);
        assertEquals(StepQueue.Outcome.WORKING, queue.advance(SPENT), "reported once");
        assertEquals(1, lab.iteration());
    }

    @Test
    void atMostThreePressesWaitAndEachIsAStep() {
        LabSession lab = new LabSession(heavy());
        StepQueue queue = new StepQueue(lab);
        for (int press = 0; press < 5; press++) {
            queue.ask();
        }
        assertEquals(3, queue.owed());
        while (queue.advance(() -> false) != StepQueue.Outcome.STEPPED) {
            assertTrue(lab.iteration() <= 3);
        }
        assertEquals(3, lab.iteration());
    }

    @Test
    void clearingForgetsTheStepsOwed() {
        LabSession lab = new LabSession(heavy());
        StepQueue queue = new StepQueue(lab);
        queue.ask();
        queue.ask();
        queue.clear();
        assertFalse(queue.hasWork());
        assertEquals(StepQueue.Outcome.WORKING, queue.advance(() -> false));
        assertEquals(0, lab.iteration());
    }

    @Test
    void divergenceDropsTheStepsStillOwed() {
        LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.SINE)
                .withActivation(Activation.RELU).withLearningRate(10).withBatchSize(0));
        StepQueue queue = new StepQueue(lab);
        StepQueue.Outcome outcome = StepQueue.Outcome.WORKING;
        for (int press = 0; press < 200 && outcome != StepQueue.Outcome.DIVERGED; press++) {
            queue.ask();
            outcome = queue.advance(() -> false);
        }
        assertEquals(StepQueue.Outcome.DIVERGED, outcome);
        assertTrue(lab.isDiverged());
        assertEquals(0, queue.owed());
    }
}
