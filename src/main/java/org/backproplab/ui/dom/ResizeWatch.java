package org.backproplab.ui.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Calls back when an element's box changes size (a ResizeObserver), at the next animation frame: what the
 * callback changes may resize the element again, and a ResizeObserver told of its own change in the same
 * frame reports a loop error. Without ResizeObserver in the browser, nothing is watched.
 */
public final class ResizeWatch {
    /** Told that the watched element's size changed. */
    @JSFunctor
    public interface Resized extends JSObject {
        void resized();
    }

    private final JSObject observer;

    private ResizeWatch(JSObject observer) {
        this.observer = observer;
    }

    /** Watches {@code element} until {@link #stop}; {@code resized} runs at most once a frame. */
    public static ResizeWatch watch(HTMLElement element, Resized resized) {
        return new ResizeWatch(observe(element, resized));
    }

    /** Stops watching (a lab being destroyed). */
    public void stop() {
        disconnect(observer);
    }

    @JSBody(params = {"element", "resized"}, script = "if (!window.ResizeObserver) { return null; }"
            + "var pending = false;"
            + "var observer = new ResizeObserver(function() {"
            + "  if (pending) { return; } pending = true;"
            + "  requestAnimationFrame(function() { pending = false; resized(); });"
            + "});"
            + "observer.observe(element); return observer;")
    private static native JSObject observe(HTMLElement element, Resized resized);

    @JSBody(params = "observer", script = "if (observer) { observer.disconnect(); }")
    private static native void disconnect(JSObject observer);
}
