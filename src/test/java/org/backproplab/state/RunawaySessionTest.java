package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.backproplab.data.DatasetKind;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/** The lab stops and says so when J climbs and stays up, and never on a healthy (if noisy) run. */
class RunawaySessionTest {
    @Test
    void rmsPropOnTheSineSetStopsWithAMessageInsteadOfClimbingSilently() {
        // α = 3 with mini-batches of 10: J bounces between about 3 and 30, far above its start of 0.48 and
        // never NaN, ∞ or a million times the start
        LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.SINE)
                .withOptimizer(OptimizerKind.RMSPROP).withLearningRate(3));
        double start = lab.trainCost();
        int frames = 0;
        while (!lab.isDiverged() && frames < 2000) {
            lab.train(5);
            frames++;
        }
        System.out.println("RunawaySessionTest: sine + RMSProp at α = 3 from J = " + start + ": stopped after "
                + lab.iteration() + " iterations at J = " + lab.trainCost() + ": " + lab.divergence());
        assertTrue(lab.isDiverged(), "J went from " + start + " to " + lab.trainCost() + " without a stop");
        assertTrue(lab.divergence().contains("has climbed to"), lab.divergence());
        assertTrue(lab.trainCost() > start, "J " + lab.trainCost() + " is above its start " + start);
        double[] kept = lab.network().parameters().clone();
        assertTrue(Arrays.stream(kept).allMatch(Double::isFinite));
        assertEquals(0, lab.train(5), "a stopped lab trains no further until a setting changes");
        lab.apply(lab.state().withLearningRate(LabSession.suggestedLearningRate(lab.state().learningRate())));
        assertFalse(lab.isDiverged(), "a new α clears the stop");
        assertTrue(lab.train(5) > 0);
    }

    @Test
    void noDataSetStopsAtItsDefaultsEvenWithOneExampleASteps() {
        for (DatasetKind kind : DatasetKind.values()) {
            for (int batch : new int[] {0, 1, 10}) {
                LabSession lab = new LabSession(AppState.defaults().withDataset(kind).withBatchSize(batch));
                for (int frame = 0; frame < 600 && !lab.isDiverged(); frame++) {
                    lab.train(5);
                }
                assertFalse(lab.isDiverged(), kind + ", batch " + batch + ": " + lab.divergence());
            }
        }
    }
}
