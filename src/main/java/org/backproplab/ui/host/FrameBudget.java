package org.backproplab.ui.host;

import org.backproplab.state.LabSession;
import org.backproplab.train.FrameShare;
import org.teavm.jso.browser.Performance;

/**
 * A deadline for the lab's own computing in one animation frame or one click ({@link FrameShare#FRAME_MS} ms by
 * default), so a 60 Hz page keeps drawing and answering clicks even when a student picks the largest network,
 * full batch and 1,000 steps per frame (one such frame would otherwise take seconds). Light settings never reach
 * the limit, so for them Speed stays exactly the steps per frame. Features (the stepper's next iteration) use it
 * too, which is why it lives with what features may ask of the lab.
 */
public final class FrameBudget implements LabSession.StepBudget {
    private double deadline;

    /** Starts an allowance of {@link FrameShare#FRAME_MS} ms from now (a click's work). */
    public FrameBudget start() {
        return start(FrameShare.FRAME_MS);
    }

    /** Starts an allowance of {@code milliseconds} from now (a script's call has a longer one than a frame). */
    public FrameBudget start(double milliseconds) {
        deadline = Performance.now() + milliseconds;
        return this;
    }

    @Override
    public boolean spent() {
        return Performance.now() >= deadline;
    }
}
