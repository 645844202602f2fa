package org.backproplab.ui;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * The options of {@code BackpropLab.mount(element, options)}, all optional:
 * {@code state} — settings text as after '#' in a link (may include {@code weights=});
 * {@code views} — "network,output,cost" or an array of names; {@code controls} — names as for
 * {@code ?controls=}; {@code embed} — true for only those views and controls (the default when views or
 * controls are given), false for the whole lab; {@code origin} — the origin of the window around the page
 * (when the page sits in a frame, e.g. of a learning platform) that may receive the lab's course events by
 * postMessage, checked as the link key {@code origin=}; without it they only go to the element.
 */
interface MountOptions extends JSObject {
    @JSProperty
    JSObject getState();

    @JSProperty
    JSObject getViews();

    @JSProperty
    JSObject getControls();

    @JSProperty
    JSObject getEmbed();

    @JSProperty
    JSObject getOrigin();
}
