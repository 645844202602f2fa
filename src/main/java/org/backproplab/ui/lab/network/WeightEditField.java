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
 * The inline field for typing a weight: over the network diagram at a clicked edge ({@link #open}), or inside
 * a weight's cell of the table view ({@link #openIn}). Enter applies a valid value through the lab's
 * {@link WeightEditor}, a bad one stays with a message saying why; Escape closes it. Either way the focus
 * goes back where it came from (the table cell). The diagram's field has an Undo button that puts back the
 * value a typed weight replaced, while there is one.
 */
final class WeightEditField {
    private final HTMLElement home;
    private final HTMLElement box;
    private final HTMLInputElement input;
    private final HTMLElement message;
    private final HTMLButtonElement undo;
    private LabSession lab;
    private int index = -1;
    /** Where the focus goes when the field closes (the table cell it was opened in), or null. */
    private HTMLElement returnFocus;

    /** A field over the diagram's {@code stage}, with an Undo button in the stage's corner. */
    WeightEditField(HTMLElement stage) {
        this(stage, true);
    }

    /** A field kept in {@code home} while closed; {@code withUndo}: an Undo button in {@code home} too. */
    WeightEditField(HTMLElement home, boolean withUndo) {
        this.home = home;
        box = Dom.element("div", "blv-weight-edit", home);
        box.setHidden(true);
        input = (HTMLInputElement) Dom.element("input", "blv-weight-input", box);
        input.setType("text");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("spellcheck", "false");
        input.setAttribute("data-role", "weight-input");
        message = Dom.element("p", "blv-weight-message", box);
        message.setAttribute("role", "alert");
        input.addEventListener("keydown", event -> keyed((KeyboardEvent) event));
        if (withUndo) {
            undo = Dom.button("Undo", "undo the typed weight", "blv-segment blv-weight-undo", home, this::undone);
            undo.setAttribute("data-role", "weight-undo");
            undo.setHidden(true);
        } else {
            undo = null;
        }
    }

    /** Opens the field for flat parameter {@code index} (a weight) at (x, y) in the stage's CSS pixels. */
    void open(LabSession session, int weightIndex, double x, double y) {
        start(session, weightIndex, null);
        Dom.setPixels(box, "left", x);
        Dom.setPixels(box, "top", y);
        show();
    }

    /** Opens the field inside table {@code cell} for weight {@code index}; closing it focuses the cell again. */
    void openIn(LabSession session, int weightIndex, HTMLElement cell) {
        start(session, weightIndex, cell);
        cell.appendChild(box);
        show();
    }

    private void start(LabSession session, int weightIndex, HTMLElement cell) {
        lab = session;
        index = weightIndex;
        returnFocus = cell;
        Dom.setClass(box, "blv-weight-edit-inline", cell != null);
        input.setAttribute("aria-label", "new value of " + session.network().shape().parameterName(weightIndex));
        input.setValue(NumberText.format(session.network().parameters()[weightIndex]));
        message.setTextContent("");
    }

    private void show() {
        box.setHidden(false);
        input.focus();
        input.select();
    }

    boolean isOpen() {
        return index >= 0;
    }

    /** Shows Undo while a typed weight can be undone; closes the field when the network was replaced. */
    void follow(LabSession session) {
        lab = session;
        if (undo != null) {
            Dom.show(undo, session.weightEditor().canUndo());
        }
        if (index >= session.network().parameters().length) {
            close();
        }
    }

    private void keyed(KeyboardEvent event) {
        event.stopPropagation(); // keys typed here are no lab shortcuts
        if ("Escape".equals(event.getKey())) {
            event.preventDefault();
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

    void close() {
        index = -1;
        box.setHidden(true);
        if (returnFocus != null) {
            HTMLElement cell = returnFocus;
            returnFocus = null;
            home.appendChild(box);
            cell.focus();
        }
    }
}
