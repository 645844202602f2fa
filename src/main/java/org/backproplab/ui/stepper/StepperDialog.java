package org.backproplab.ui.stepper;

import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.Dom;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A modal panel over the page for the phase stepper's tools (gradient check, worked example): a title, a
 * body the owner fills, a Close button. Escape or Close shuts it and gives the focus back to the button
 * that opened it; Tab stays inside it; keys typed in it never reach the lab's shortcuts.
 */
final class StepperDialog {
    private final HTMLElement backdrop;
    private final HTMLElement panel;
    private final HTMLElement title;
    final HTMLElement body;
    final HTMLElement buttons;
    private final HTMLButtonElement close;
    private HTMLElement returnFocus;

    StepperDialog(HTMLElement host, String className, Guard guard) {
        backdrop = Dom.element("div", "bls-backdrop", host);
        backdrop.setHidden(true);
        panel = Dom.element("div", "bls-dialog " + className, backdrop);
        panel.setAttribute("role", "dialog");
        panel.setAttribute("aria-modal", "true");
        title = Dom.element("h2", "bls-dialog-title", panel);
        body = Dom.element("div", "bls-dialog-body", panel);
        buttons = Dom.element("div", "bls-dialog-buttons", panel);
        close = (HTMLButtonElement) Dom.element("button", "bl-button", buttons);
        close.setType("button");
        close.setTextContent("Close");
        close.setAttribute("data-role", "dialog-close");
        guard.listen(close, "click", "closing the dialog", (Event e) -> hide());
        guard.listen(backdrop, "click", "closing the dialog", (Event e) -> {
            if (e.getTarget() == backdrop) {
                hide();
            }
        });
        guard.listen(panel, "keydown", "a key in the dialog", (KeyboardEvent e) -> keyPressed(e));
    }

    /** Opens the dialog titled {@code text}; the focus goes to {@code focus} (the Close button when null). */
    void show(String text, HTMLElement opener, HTMLElement focus) {
        title.setTextContent(text);
        panel.setAttribute("aria-label", text);
        returnFocus = opener;
        backdrop.setHidden(false);
        (focus != null ? focus : close).focus();
    }

    boolean isOpen() {
        return !backdrop.isHidden();
    }

    void hide() {
        if (backdrop.isHidden()) {
            return;
        }
        backdrop.setHidden(true);
        if (returnFocus != null) {
            returnFocus.focus();
        }
    }

    private void keyPressed(KeyboardEvent event) {
        event.stopPropagation();
        if ("Escape".equals(event.getKey())) {
            event.preventDefault();
            hide();
        } else if ("Tab".equals(event.getKey())) {
            HTMLElement active = HTMLDocument.current().getActiveElement();
            HTMLElement first = panel.querySelector("button, select, textarea, input, [tabindex]");
            if (event.isShiftKey() && active == first) {
                event.preventDefault();
                close.focus();
            } else if (!event.isShiftKey() && active == close) {
                event.preventDefault();
                if (first != null) {
                    first.focus();
                }
            }
        }
    }
}
