package org.backproplab.ui;

import org.teavm.jso.dom.html.HTMLElement;

/** An element's text that is written to the DOM only when it changes, so per-frame updates cost nothing. */
final class TextSlot {
    private final HTMLElement element;
    private String shown;

    TextSlot(HTMLElement element) {
        this.element = element;
        this.shown = element.getTextContent();
    }

    void set(String text) {
        if (!text.equals(shown)) {
            shown = text;
            element.setTextContent(text);
        }
    }

    String text() {
        return shown;
    }
}
