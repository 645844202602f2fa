package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.Dataset;
import org.junit.jupiter.api.Test;

/** A lazily loaded feature's copy of the lab: the same data split, the same starting weights. */
class LabSessionMirrorTest {
    @Test
    void mirrorTrainsOnTheLabsOwnSplitIncludingPointsAddedByHand() {
        AppState state = AppState.defaults();
        LabSession lab = new LabSession(state);
        int before = lab.trainData().count();
        assertEquals("", lab.addPoint(0.25, -0.5, 1));
        assertEquals("", lab.addPoint(-0.75, 0.125, 0));
        assertEquals(before + 2, lab.trainData().count(), "points added by hand go to the training data unsplit");

        LabSession mirror = new LabSession(state);
        assertEquals("", mirror.useSplitData(lab.trainData(), lab.testData()));

        assertTrue(mirror.hasCustomData());
        assertArrayEquals(lab.trainData().inputsView(), mirror.trainData().inputsView());
        assertArrayEquals(lab.trainData().targetsView(), mirror.trainData().targetsView());
        assertArrayEquals(lab.testData().inputsView(), mirror.testData().inputsView());
        assertArrayEquals(lab.initialNetwork().parameters(), mirror.initialNetwork().parameters());
        // The last training example is the point added last, at (−0.75, 0.125) of class 0.
        int last = mirror.trainData().count() - 1;
        assertEquals(-0.75, mirror.trainData().input(last, 0));
        assertEquals(0.125, mirror.trainData().input(last, 1));
        assertEquals(0.0, mirror.trainData().target(last, 0));
    }

    @Test
    void refusesDataWhoseColumnsDoNotFitTheLabAndChangesNothing() {
        LabSession mirror = new LabSession(AppState.defaults());
        Dataset train = mirror.trainData();
        Dataset oneInput = new Dataset(1, 1, new double[] {0.5, 1.5}, new double[] {1, 0});
        String refused = mirror.useSplitData(oneInput, oneInput);
        assertEquals("the circle lab needs 2 input and 1 target columns, but the data has 1 and 1", refused);
        assertSame(train, mirror.trainData());
        assertFalse(mirror.hasCustomData());
        Dataset empty = new Dataset(2, 1, new double[0], new double[0]);
        assertEquals("there is no training example", mirror.useSplitData(empty, mirror.testData()));
    }
}
