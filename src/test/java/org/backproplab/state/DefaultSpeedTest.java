package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Play's default speed separates the default circle in about 2 s: the steps it needs to reach test J &lt;
 * 0.05, trained as the page trains (the default steps a frame at a time), fit in 120 frames (2 s at 60
 * frames a second). The browser's own time is measured by PlaygroundIT and reported, not asserted.
 */
class DefaultSpeedTest {
    @Test
    void theDefaultCircleSeparatesWithin120FramesAtTheDefaultSpeed() {
        AppState defaults = AppState.defaults();
        assertEquals(AppState.DEFAULT_STEPS_PER_FRAME, defaults.stepsPerFrame());
        LabSession lab = new LabSession(defaults);
        int frames = 0;
        while (lab.testCost() >= 0.05 && frames < 10_000) {
            lab.train(defaults.stepsPerFrame());
            frames++;
        }
        System.out.println("default circle: test J " + lab.testCost() + " after " + lab.iteration() + " steps, "
                + frames + " frames at " + defaults.stepsPerFrame() + " steps a frame");
        assertTrue(frames <= 120, frames + " frames");
        assertTrue(frames >= 30, "separating within half a second at 60 fps shows too little: " + frames + " frames");
    }

    @Test
    void theSpeedStillGoesDownToOneStepAFrame() {
        assertEquals(1, AppState.defaults().withStepsPerFrame(1).stepsPerFrame());
        assertTrue(StateCodec.encode(AppState.defaults().withStepsPerFrame(1)).contains("speed=1&")
                || StateCodec.encode(AppState.defaults().withStepsPerFrame(1)).endsWith("speed=1"));
    }
}
