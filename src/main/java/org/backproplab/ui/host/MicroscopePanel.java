package org.backproplab.ui.host;

import org.teavm.jso.JSObject;

/**
 * The microscope as the main lab sees it once its bundle (js/backprop-lab-microscope.js) has loaded: the
 * button's press, one frame's following of the lab, and read-only numbers for the scripting API
 * ({@code LabHandle.selectedGradient} …, in the words documented there: NaN while the panel is closed; the selected
 * weight's value the lab reads from its own network).
 */
public interface MicroscopePanel extends JSObject {
    /** The Microscope button: opens the panel on the first output weight, or closes it. */
    void toggle();

    /**
     * Follows the lab: opens or closes with the selection, measures until {@code deadline} (Performance.now() time:
     * the panels' turn of the frame, train.PanelShare; at least one slice) and redraws what changed; returns whether
     * it had measuring to do.
     */
    boolean frame(double deadline);

    boolean isOpen();

    double gradient();

    double nextWeight();

    double tangentSlope();

    int trailLength();

    int pathLength();
}
