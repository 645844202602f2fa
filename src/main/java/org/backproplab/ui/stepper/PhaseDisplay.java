package org.backproplab.ui.stepper;

import org.backproplab.state.phases.PhaseView;

/** The drawing the phase stepper annotates: the network view shows a phase on top of the network. */
public interface PhaseDisplay {
    /** Shows {@code view} over the drawing, or nothing more when {@code view} is null. */
    void showPhase(PhaseView view);
}
