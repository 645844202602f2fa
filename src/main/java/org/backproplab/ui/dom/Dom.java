package org.backproplab.ui.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The DOM as the lab uses it: element lookup inside one lab's root (failing with the missing role instead of
 * a null deep inside a view), and element building for the views — every element is created and kept by
 * reference (no ids, so several labs can share a page), with the views' CSS classes (prefix {@code blv-},
 * see web/css/views.css).
 */
public final class Dom {
    private Dom() {
    }

    /** The element with {@code id} in the page, or an exception naming it. */
    static HTMLElement element(String id) {
        HTMLElement element = HTMLDocument.current().getElementById(id);
        if (element == null) {
            throw new IllegalStateException("the page has no element with id \"" + id + "\"");
        }
        return element;
    }

    /** The element with {@code data-role="role"} inside {@code root}, or an exception naming it. */
    public static HTMLElement role(HTMLElement root, String role) {
        HTMLElement element = root.querySelector("[data-role=\"" + role + "\"]");
        if (element == null) {
            throw new IllegalStateException("the lab has no element with data-role \"" + role + "\"");
        }
        return element;
    }

    public static HTMLInputElement input(HTMLElement root, String role) {
        return (HTMLInputElement) role(root, role);
    }

    public static HTMLSelectElement select(HTMLElement root, String role) {
        return (HTMLSelectElement) role(root, role);
    }

    /** Whether {@code element} has the keyboard focus. */
    @JSBody(params = "element", script = "return element.ownerDocument.activeElement === element;")
    public static native boolean isFocused(HTMLElement element);

    /** Whether keys typed at {@code target} are text for a field (input, select, textarea, contenteditable). */
    @JSBody(params = "target", script = "if (!target || !target.tagName) return false;"
            + "var tag = target.tagName.toLowerCase();"
            + "return tag === 'input' || tag === 'select' || tag === 'textarea' || !!target.isContentEditable;")
    public static native boolean isTypingTarget(JSObject target);

    /** Whether {@code target} activates on space by itself (a button or a label styled as one). */
    @JSBody(params = "target", script = "if (!target || !target.tagName) return false;"
            + "var tag = target.tagName.toLowerCase();"
            + "return tag === 'button' || tag === 'a' || tag === 'summary' || tag === 'label';")
    public static native boolean isButtonTarget(JSObject target);

    /** Whether {@code target} is {@code root} or inside it. */
    @JSBody(params = {"root", "target"}, script = "return !!target && typeof root.contains === 'function'"
            + " && target.nodeType !== undefined && root.contains(target);")
    public static native boolean contains(HTMLElement root, JSObject target);

    /** Adds or removes the CSS class {@code name}. */
    public static void setClass(HTMLElement element, String name, boolean on) {
        if (on) {
            element.getClassList().add(name);
        } else {
            element.getClassList().remove(name);
        }
    }

    /** {@code String(value)}: how a script's argument reads as text. */
    @JSBody(params = "value", script = "return String(value);")
    public static native String asText(JSObject value);

    /** {@code typeof value === 'number'}. */
    @JSBody(params = "value", script = "return typeof value === 'number';")
    public static native boolean isNumber(JSObject value);

    /** The JS number {@code value} (call only after {@link #isNumber}). */
    @JSBody(params = "value", script = "return value;")
    public static native double asNumber(JSObject value);

    /** A new {@code <tag class="className">} appended to {@code parent} (when not null). */
    public static HTMLElement element(String tag, String className, HTMLElement parent) {
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
    public static HTMLElement span(String className, String text, HTMLElement parent) {
        HTMLElement span = element("span", className, parent);
        span.setTextContent(text);
        return span;
    }

    /** A {@code <button type="button">} with visible text, an accessible name and a click action. */
    public static HTMLButtonElement button(String text, String ariaLabel, String className, HTMLElement parent,
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
    public static void show(HTMLElement element, boolean visible) {
        if (element.getAttribute("hidden") != null == visible) {
            element.setHidden(!visible);
        }
    }

    /** Sets a style property such as "left" to a pixel value (a NaN or ∞ value leaves it as it was). */
    public static void setPixels(HTMLElement element, String property, double pixels) {
        if (Double.isFinite(pixels)) {
            setStyle(element, property, (int) pixel(pixels) + "px");
        }
    }

    /**
     * {@code v} rounded to the nearest whole pixel, as a double: NaN and ∞ pass through (a canvas ignores
     * them). Not {@code Math.round}: it returns a long, and TeaVM turns a non-finite double into a long
     * with {@code BigInt(v)}, which throws a RangeError in the browser (the JVM quietly gives 0).
     */
    public static double pixel(double v) {
        return Math.floor(v + 0.5);
    }

    /** Roving focus in a group with one Tab stop: {@code to} becomes the stop (instead of {@code from}) and is focused. */
    public static void moveTabStop(HTMLElement from, HTMLElement to) {
        from.setAttribute("tabindex", "-1");
        to.setAttribute("tabindex", "0");
        to.focus();
    }

    public static void setStyle(HTMLElement element, String property, String value) {
        element.getStyle().setProperty(property, value);
    }

    /** Whether a pointer event comes from a mouse (or a browser that does not say: pointerType ""). */
    @JSBody(params = "event", script = "return !event.pointerType || event.pointerType === 'mouse';")
    public static native boolean isMouse(JSObject event);

    /** A dash pattern for {@code setLineDash}: on, off in CSS pixels (0, 0 for a solid line). Allocates. */
    @JSBody(params = {"on", "off"}, script = "return on > 0 ? [on, off] : [];")
    public static native JSArray<JSObject> dashes(double on, double off);
}
