package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A frame's training stops when its time is spent, after at least one step, and records one curve point. */
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
}
