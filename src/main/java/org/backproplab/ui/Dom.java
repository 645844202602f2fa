package org.backproplab.ui;

import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Element lookup that fails with the missing id instead of a null deep inside a view. */
final class Dom {
    private Dom() {
    }

    /** The element with {@code id}, or an exception naming it. */
    static HTMLElement element(String id) {
        HTMLElement element = HTMLDocument.current().getElementById(id);
        if (element == null) {
            throw new IllegalStateException("the page has no element with id \"" + id + "\"");
        }
        return element;
    }

    /** The {@code <canvas>} with {@code id}, or an exception naming it. */
    static HTMLCanvasElement canvas(String id) {
        HTMLElement element = element(id);
        if (!"CANVAS".equalsIgnoreCase(element.getTagName())) {
            throw new IllegalStateException("element \"" + id + "\" is a <" + element.getTagName().toLowerCase()
                    + ">, not a <canvas>");
        }
        return (HTMLCanvasElement) element;
    }
}
