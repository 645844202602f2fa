package org.backproplab.ui.lab;

import org.backproplab.state.LabSession;
import org.teavm.jso.browser.Performance;

/**
 * How long one animation frame may spend training: {@value #TRAINING_MS} ms, so a 60 Hz page keeps
 * drawing and answering clicks even when a student picks the largest network, full batch and 1,000 steps
 * per frame (one such frame would otherwise take seconds). Light settings never reach the limit, so for
 * them Speed stays exactly the steps per frame.
 */
public final class FrameBudget implements LabSession.StepBudget {
    static final double TRAINING_MS = 12;

    private double deadline;

    /** Starts this frame's allowance and returns the budget to hand to {@link LabSession#train(int, LabSession.StepBudget)}. */
    public FrameBudget start() {
        return start(TRAINING_MS);
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
