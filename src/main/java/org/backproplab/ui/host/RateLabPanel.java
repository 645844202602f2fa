package org.backproplab.ui.host;

import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.KeyboardEvent;

/**
 * The α lab as the main lab sees it once its bundle (js/backprop-lab-ratelab.js) has loaded: open and close,
 * the keyboard while it is open, one frame's work, and read-only views for the scripting API
 * ({@code LabHandle}, in the words documented there).
 */
public interface RateLabPanel extends JSObject {
    boolean isOpen();

    void setOpen(boolean open);

    /** While open: Escape closes, the lab's own shortcuts are off. Returns whether the key was taken. */
    boolean handlesKey(KeyboardEvent event);

    /**
     * The open experiment advances until {@code deadline} (Performance.now() time; at least one slice of its work)
     * and draws; returns whether it had work to advance.
     */
    boolean frame(double deadline);

    int raceRunCount();

    int raceCostCount(int run);

    double raceLastCost(int run);

    String raceVerdict(int run);

    String raceExpected(int run);

    /** Run {@code run}'s α; NaN for no such run. */
    double raceRate(int run);

    /** λ_max along run {@code run}: at its start ({@code last} false) or at its last sample; NaN where none. */
    double raceSharpness(int run, boolean last);

    boolean raceOver();

    boolean finderChecked();

    boolean finderDone();

    double finderSuggestion();

    double finderBestRate();

    int sandboxPathCount();
}
