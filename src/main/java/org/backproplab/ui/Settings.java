package org.backproplab.ui;

import org.backproplab.state.AppState;

/** The one place a lab's settings change: controls read the current state and hand over the next one. */
interface Settings {
    AppState state();

    /** Applies {@code next} to the lab, the controls and the URL. */
    void change(AppState next);
}
