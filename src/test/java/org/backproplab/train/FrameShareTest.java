package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Training gets what drawing leaves of a 12 ms frame, at least 2 ms. */
class FrameShareTest {
    @Test
    void trainingGetsWhatDrawingLeavesOfTwelveMilliseconds() {
        assertEquals(12.0, FrameShare.trainingMs(0));
        assertEquals(9.0, FrameShare.trainingMs(3));
        assertEquals(2.5, FrameShare.trainingMs(9.5));
    }

    @Test
    void heavyDrawingLeavesTheLeastAndUnknownDrawingNone() {
        assertEquals(2.0, FrameShare.trainingMs(10));
        assertEquals(2.0, FrameShare.trainingMs(40));
        assertEquals(12.0, FrameShare.trainingMs(Double.NaN), "no frame drawn yet");
        assertEquals(12.0, FrameShare.trainingMs(-1), "a clock that went back");
    }
}
