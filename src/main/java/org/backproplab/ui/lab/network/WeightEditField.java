package org.backproplab.ui.lab.network;

import org.backproplab.state.LabSession;
import org.backproplab.state.NumberText;
import org.backproplab.state.Sentence;
import org.backproplab.state.network.WeightEditor;
import org.backproplab.ui.dom.Dom;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The inline field over the network diagram for typing a weight (opened by clicking its edge): Enter
 * applies a valid value through the lab's {@link WeightEditor}, a bad one stays with a message saying why;
 * Escape closes it. An Undo button puts back the value a typed weight replaced, while there is one.
 */
final class WeightEditField {
    private final HTMLElement box;
    private final HTMLInputElement input;
    private final HTMLElement message;
    private final HTMLButtonElement undo;
    private LabSession lab;
    private int index = -1;

    WeightEditField(HTMLElement stage) {
        box = Dom.element("div", "blv-weight-edit", stage);
        box.setHidden(true);
        input = (HTMLInputElement) Dom.element("input", "blv-weight-input", box);
        input.setType("text");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("spellcheck", "false");
        input.setAttribute("data-role", "weight-input");
        message = Dom.element("p", "blv-weight-message", box);
        message.setAttribute("role", "alert");
        input.addEventListener("keydown", event -> keyed((KeyboardEvent) event));
        undo = Dom.button("Undo", "undo the typed weight", "blv-segment blv-weight-undo", stage, this::undone);
        undo.setAttribute("data-role", "weight-undo");
        undo.setHidden(true);
    }

    /** Opens the field for flat parameter {@code index} (a weight) at (x, y) in the stage's CSS pixels. */
    void open(LabSession session, int weightIndex, double x, double y) {
        lab = session;
        index = weightIndex;
        input.setAttribute("aria-label", "new value of " + session.network().shape().parameterName(weightIndex));
        input.setValue(NumberText.format(session.network().parameters()[weightIndex]));
        message.setTextContent("");
        Dom.setPixels(box, "left", x);
        Dom.setPixels(box, "top", y);
        box.setHidden(false);
        input.focus();
        input.select();
    }

    /** Shows Undo while a typed weight can be undone; closes the field when the network was replaced. */
    void follow(LabSession session) {
        lab = session;
        Dom.show(undo, session.weightEditor().canUndo());
        if (index >= session.network().parameters().length) {
            close();
        }
    }

    private void keyed(KeyboardEvent event) {
        event.stopPropagation(); // keys typed here are no lab shortcuts
        if ("Escape".equals(event.getKey())) {
            close();
        } else if ("Enter".equals(event.getKey()) && lab != null && index >= 0) {
            event.preventDefault();
            String problem = lab.weightEditor().setWeightAt(index, input.getValue());
            if (problem.isEmpty()) {
                close();
            } else {
                message.setTextContent(Sentence.capitalized(problem) + ".");
            }
        }
    }

    private void undone() {
        if (lab != null) {
            lab.weightEditor().undo();
        }
    }

    private void close() {
        index = -1;
        box.setHidden(true);
    }
}
