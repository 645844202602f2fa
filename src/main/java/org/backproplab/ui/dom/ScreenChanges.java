package org.backproplab.ui.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.EventTarget;

/**
 * Calls back when the window is resized or its devicePixelRatio changes. The two are separate events:
 * moving a window to another screen changes the ratio without a resize, and a resize may be reported
 * before the new ratio is, so a canvas sized on resize alone can stay blurry.
 */
final class ScreenChanges {
    private final Runnable redraw;
    private MediaQueryList pixelRatioQuery;
    private final EventListener<Event> pixelRatioChanged = event -> pixelRatioChanged();

    private ScreenChanges(Runnable redraw) {
        this.redraw = redraw;
    }

    /** Runs {@code redraw} after every resize and every change of devicePixelRatio. */
    static void watch(Runnable redraw) {
        ScreenChanges changes = new ScreenChanges(redraw);
        Window.current().addEventListener("resize", event -> redraw.run());
        changes.watchPixelRatio();
    }

    private void pixelRatioChanged() {
        redraw.run();
        watchPixelRatio();
    }

    /** A media query matches only the current ratio, so watch a new one after each change. */
    private void watchPixelRatio() {
        if (pixelRatioQuery != null) {
            pixelRatioQuery.removeEventListener("change", pixelRatioChanged);
        }
        pixelRatioQuery = matchMedia("(resolution: " + Window.current().getDevicePixelRatio() + "dppx)");
        pixelRatioQuery.addEventListener("change", pixelRatioChanged);
    }

    /** The browser's MediaQueryList: an event target that fires "change". */
    interface MediaQueryList extends EventTarget, JSObject {
    }

    @JSBody(params = "query", script = "return window.matchMedia(query);")
    private static native MediaQueryList matchMedia(String query);
}
