package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The panels take 15 % of what drawing leaves while training runs (training keeps 85 %), all of it while paused,
 * and share it: a panel alone gets all, two that both worked last frame get half each, the second also what the
 * first left.
 */
class PanelShareTest {
    @Test
    void whileTrainingThePanelsTakeFifteenPercentOfWhatDrawingLeaves() {
        assertEquals(0.15 * 12, FrameShare.panelsMs(true, 0), 1e-12);
        assertEquals(0.15 * 8, FrameShare.panelsMs(true, 4), 1e-12);
        assertEquals(8.0, FrameShare.panelsMs(false, 4));
        // training then has 12 − 4 − 1.2 = 6.8 ms of the 8 it had without the panels: 85 %
        assertEquals(0.85 * 8, FrameShare.trainingMs(4 + FrameShare.panelsMs(true, 4)), 1e-12);
        assertEquals(0.15 * 2, FrameShare.panelsMs(true, 30), 1e-12, "drawing that took everything leaves the least");
    }

    @Test
    void theRestOfTheDrawingIsTheDrawingWithoutThePanelsTurns() {
        PanelShare share = new PanelShare();
        share.startFrame(true, 0);
        double deadline = share.beginTurn(100);
        assertEquals(100 + 0.15 * 12, deadline, 1e-12);
        share.endTurn(103, true); // overshot to 3 ms
        // the frame's drawing took 5 ms, 3 of them the panel's: the rest of the drawing is 2 ms
        share.startFrame(true, 5);
        assertEquals(0.15 * 10, share.allowanceMs(), 1e-12);
        assertEquals(3.0, share.spentLastFrameMs());
        share.startFrame(false, 2);
        assertEquals(10.0, share.allowanceMs(), "paused: all that the rest of the drawing leaves");
    }

    @Test
    void twoPanelsThatWorkedLastFrameShareThePanelsTime() {
        PanelShare share = new PanelShare();
        share.startFrame(false, 2); // 10 ms
        // first frame: nobody worked before, so the first panel may take all
        assertEquals(10.0, share.beginTurn(0));
        share.endTurn(4, true);
        assertEquals(4 + 6.0, share.beginTurn(4), "the second gets what is left");
        share.endTurn(10, true);

        share.startFrame(false, 2 + 10);
        assertEquals(10.0, share.allowanceMs());
        assertEquals(20 + 5.0, share.beginTurn(20), "half for the first of two");
        share.endTurn(23, true); // it finished early
        assertEquals(23 + 7.0, share.beginTurn(23), "the second gets the rest");
        share.endTurn(30, true);

        share.startFrame(false, 2 + 10);
        assertEquals(40 + 5.0, share.beginTurn(40));
        share.endTurn(40, false); // no work: it ends at once
        assertEquals(40 + 10.0, share.beginTurn(40));
        share.endTurn(50, true);
        share.startFrame(false, 2 + 10);
        assertEquals(60 + 10.0, share.beginTurn(60), "one panel worked last frame: the first turn may take all");
    }

    @Test
    void aTurnPastTheAllowanceHasADeadlineOfNow() {
        PanelShare share = new PanelShare();
        share.startFrame(true, 0); // 1.8 ms
        share.beginTurn(0);
        share.endTurn(5, true);
        assertEquals(5.0, share.beginTurn(5), "nothing left: the panel does its one slice");
    }
}
