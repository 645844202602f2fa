package org.backproplab.ui.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The reader's "reduce motion" setting (prefers-reduced-motion: reduce). CSS turns off transitions and
 * animations (web/css/a11y.css); here the views, which otherwise move at every frame while training runs,
 * are redrawn only every {@value #DRAW_INTERVAL_MS} ms during training: the network still learns at full
 * speed and the numbers stay live, but the pictures change in calm steps. When training is paused every
 * change (a step, a new setting) is drawn at once. Other features that animate should ask {@link #isReduced()}.
 */
public final class ReducedMotion {
    static final double DRAW_INTERVAL_MS = 500;

    private static JSObject query;
    private double lastDraw = Double.NEGATIVE_INFINITY;

    /** Whether the reader asked for reduced motion (follows a change of the setting while the page is open). */
    public static boolean isReduced() {
        if (query == null) {
            query = mediaQuery();
        }
        return matches(query);
    }

    @JSBody(script = "return window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;")
    private static native JSObject mediaQuery();

    @JSBody(params = "query", script = "return !!query && !!query.matches;")
    private static native boolean matches(JSObject query);

    /** Whether the views should be drawn in this frame. */
    public boolean drawNow(boolean training, double now) {
        if (training && now - lastDraw < DRAW_INTERVAL_MS && isReduced()) {
            return false;
        }
        lastDraw = now;
        return true;
    }
}
