package org.backproplab.ui.host;

import org.backproplab.state.LabSession;
import org.backproplab.train.FrameShare;
import org.teavm.jso.browser.Performance;

/**
 * The lab as its features (stepper, microscope, α lab, lessons) see it: its settings, its training session
 * and its play state. The main lab implements it; a feature never reaches the lab's other parts.
 */
public interface LabHost extends Settings {
    /** The training session of the lab's current settings. */
    LabSession lab();

    void setPlaying(boolean play);

    /** Re-reads the session's divergence state into the notice (after a feature trained the network). */
    void updateDivergence();

    /** Turns the phase stepper on (the lab pauses and walks one iteration in phases) or off. */
    void setStepping(boolean on);

    /**
     * Whether "Your turn" waits for an answer: a feature that shows the iteration's numbers (the microscope's z, a,
     * δ, J, ∂J/∂w and new weight) hides them meanwhile, so it cannot give the answer away.
     */
    boolean answerPending();

    /**
     * A computing panel's turn in this frame's panel time ({@code train.PanelShare}, {@link FrameShare#panelsMs}):
     * the Performance.now() time by which its work should end (it still does one slice when that is past). A host
     * that shares no panel time gives {@link FrameShare#FRAME_MS} less a quarter.
     */
    default double panelTurn() {
        return Performance.now() + 0.75 * FrameShare.FRAME_MS;
    }

    /** Ends the turn {@link #panelTurn} began; {@code worked}: whether the panel had work to do. */
    default void panelTurnEnded(boolean worked) {
    }
}
