package org.backproplab.ui.chart;

import org.backproplab.ui.dom.Dom;

import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The "log scale" toggle of a cost plot: a real button with a check box look and aria-pressed, labelled
 * "log scale for the cost axis"; each press flips it and tells the plot to redraw.
 */
public final class LogScaleToggle {
    private final HTMLButtonElement button;
    private final Runnable changed;
    private boolean on;

    /** A toggle appended to {@code parent}, pressed when {@code on}; {@code changed} runs after every press. */
    public LogScaleToggle(HTMLElement parent, String className, boolean on, Runnable changed) {
        this.changed = changed;
        this.on = on;
        button = Dom.button("", "log scale for the cost axis", className, parent, this::flip);
        button.setAttribute("aria-pressed", on ? "true" : "false");
        Dom.span("blv-check", "", button);
        Dom.span("", "log scale", button);
    }

    public boolean isOn() {
        return on;
    }

    private void flip() {
        on = !on;
        button.setAttribute("aria-pressed", on ? "true" : "false");
        changed.run();
    }
}
