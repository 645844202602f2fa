package org.backproplab.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** Element lookup inside one lab's root, failing with the missing role instead of a null deep inside a view. */
final class Dom {
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
    static HTMLElement role(HTMLElement root, String role) {
        HTMLElement element = root.querySelector("[data-role=\"" + role + "\"]");
        if (element == null) {
            throw new IllegalStateException("the lab has no element with data-role \"" + role + "\"");
        }
        return element;
    }

    static HTMLInputElement input(HTMLElement root, String role) {
        return (HTMLInputElement) role(root, role);
    }

    static HTMLSelectElement select(HTMLElement root, String role) {
        return (HTMLSelectElement) role(root, role);
    }

    /** Whether {@code element} has the keyboard focus. */
    @JSBody(params = "element", script = "return element.ownerDocument.activeElement === element;")
    static native boolean isFocused(HTMLElement element);

    /** Whether keys typed at {@code target} are text for a field (input, select, textarea, contenteditable). */
    @JSBody(params = "target", script = "if (!target || !target.tagName) return false;"
            + "var tag = target.tagName.toLowerCase();"
            + "return tag === 'input' || tag === 'select' || tag === 'textarea' || !!target.isContentEditable;")
    static native boolean isTypingTarget(JSObject target);

    /** Whether {@code target} activates on space by itself (a button or a label styled as one). */
    @JSBody(params = "target", script = "if (!target || !target.tagName) return false;"
            + "var tag = target.tagName.toLowerCase();"
            + "return tag === 'button' || tag === 'a' || tag === 'summary' || tag === 'label';")
    static native boolean isButtonTarget(JSObject target);

    /** Whether {@code target} is {@code root} or inside it. */
    @JSBody(params = {"root", "target"}, script = "return !!target && typeof root.contains === 'function'"
            + " && target.nodeType !== undefined && root.contains(target);")
    static native boolean contains(HTMLElement root, JSObject target);

    /** Adds or removes the CSS class {@code name}. */
    static void setClass(HTMLElement element, String name, boolean on) {
        if (on) {
            element.getClassList().add(name);
        } else {
            element.getClassList().remove(name);
        }
    }

    /** {@code String(value)}: how a script's argument reads as text. */
    @JSBody(params = "value", script = "return String(value);")
    static native String asText(JSObject value);

    /** {@code typeof value === 'number'}. */
    @JSBody(params = "value", script = "return typeof value === 'number';")
    static native boolean isNumber(JSObject value);

    /** The JS number {@code value} (call only after {@link #isNumber}). */
    @JSBody(params = "value", script = "return value;")
    static native double asNumber(JSObject value);
}
