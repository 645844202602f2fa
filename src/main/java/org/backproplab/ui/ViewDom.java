package org.backproplab.ui;

import org.backproplab.viz.NumberFormat;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Element building for the views: every element is created and kept by reference (no ids, so several
 * labs can share a page), with the views' CSS classes (prefix {@code blv-}, see web/css/views.css).
 */
final class ViewDom {
    private ViewDom() {
    }

    /** A new {@code <tag class="className">} appended to {@code parent} (when not null). */
    static HTMLElement element(String tag, String className, HTMLElement parent) {
        HTMLElement element = HTMLDocument.current().createElement(tag);
        if (className != null && !className.isEmpty()) {
            element.setClassName(className);
        }
        if (parent != null) {
            parent.appendChild(element);
        }
        return element;
    }

    /** A {@code <span>} with text. */
    static HTMLElement span(String className, String text, HTMLElement parent) {
        HTMLElement span = element("span", className, parent);
        span.setTextContent(text);
        return span;
    }

    /** A {@code <button type="button">} with visible text, an accessible name and a click action. */
    static HTMLButtonElement button(String text, String ariaLabel, String className, HTMLElement parent,
            Runnable action) {
        HTMLButtonElement button = (HTMLButtonElement) element("button", className, parent);
        button.setType("button");
        button.setTextContent(text);
        button.setAttribute("aria-label", ariaLabel);
        button.setTitle(ariaLabel);
        button.addEventListener("click", event -> action.run());
        return button;
    }

    /** Shows or hides an element (the hidden attribute; views.css makes it win over display rules). */
    static void show(HTMLElement element, boolean visible) {
        if (element.getAttribute("hidden") != null == visible) {
            element.setHidden(!visible);
        }
    }

    /** Sets a style property such as "left" to a pixel value (a NaN or ∞ value leaves it as it was). */
    static void setPixels(HTMLElement element, String property, double pixels) {
        if (Double.isFinite(pixels)) {
            setStyle(element, property, (int) pixel(pixels) + "px");
        }
    }

    /**
     * {@code v} rounded to the nearest whole pixel, as a double: NaN and ∞ pass through (a canvas ignores
     * them). Not {@code Math.round}: it returns a long, and TeaVM turns a non-finite double into a long
     * with {@code BigInt(v)}, which throws a RangeError in the browser (the JVM quietly gives 0).
     */
    static double pixel(double v) {
        return Math.floor(v + 0.5);
    }

    static void setStyle(HTMLElement element, String property, String value) {
        element.getStyle().setProperty(property, value);
    }

    /** Whether a pointer event comes from a mouse (or a browser that does not say: pointerType ""). */
    @JSBody(params = "event", script = "return !event.pointerType || event.pointerType === 'mouse';")
    static native boolean isMouse(JSObject event);

    /** A dash pattern for {@code setLineDash}: on, off in CSS pixels (0, 0 for a solid line). Allocates. */
    @JSBody(params = {"on", "off"}, script = "return on > 0 ? [on, off] : [];")
    static native JSArray<JSObject> dashes(double on, double off);

    /** {@link NumberFormat#format} with a true minus sign (U+2212) instead of a hyphen; "—" when not finite. */
    static String number(double value, int significantDigits) {
        return NumberFormat.format(value, significantDigits).replace('-', '\u2212');
    }

}
