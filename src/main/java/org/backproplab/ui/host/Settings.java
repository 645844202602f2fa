package org.backproplab.ui.host;

import org.backproplab.state.AppState;

/** The one place a lab's settings change: controls read the current state and hand over the next one. */
public interface Settings {
    AppState state();

    /** Applies {@code next} to the lab, the controls and the URL. */
    void change(AppState next);
}
