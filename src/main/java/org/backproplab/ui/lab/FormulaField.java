package org.backproplab.ui.lab;

import org.backproplab.state.AppState;
import org.backproplab.state.text.FormulaText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.TextSlot;
import org.backproplab.ui.host.Settings;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The formula of the expr and rule data sets, or the written-out examples of an examples lab (a worksheet's),
 * shown only for them. Like every typed field it applies on
 * Enter or leaving the field; a formula the parser or the data refuse is never applied: the message says
 * what is wrong and what was kept, with the formula and a caret under the offending character.
 */
final class FormulaField {
    private final Settings settings;
    private final HTMLElement row;
    private final HTMLInputElement input;
    private final TextSlot label;
    private final TextSlot problem;
    private final TextSlot pointer;
    private final HTMLElement hint;
    private final HTMLElement message;
    private boolean refused;
    private String shownValue = "";

    FormulaField(HTMLElement root, Settings settings, Guard guard) {
        this.settings = settings;
        row = Dom.role(root, "formula-row");
        input = Dom.input(root, "formula");
        label = new TextSlot(Dom.role(root, "formula-label"));
        problem = new TextSlot(Dom.role(root, "formula-problem"));
        pointer = new TextSlot(Dom.role(root, "formula-pointer"));
        hint = Dom.role(root, "formula-hint");
        message = Dom.role(root, "formula-message");
        message.setHidden(true);
        guard.listen(input, "change", "reading the formula", (Event e) -> committed());
        guard.listen(input, "blur", "reading the formula", (Event e) -> left());
    }

    private void committed() {
        AppState current = settings.state();
        AppState next;
        try {
            next = current.withFormula(input.getValue());
        } catch (IllegalArgumentException e) {
            refused = true;
            input.setAttribute("aria-invalid", "true");
            problem.set(FormulaText.refusal(e, current.formula()));
            pointer.set(FormulaText.pointer(e));
            Dom.show(message, true);
            return;
        }
        refused = false;
        clearMessage();
        settings.change(next);
    }

    private void left() {
        if (refused) {
            refused = false;
            input.removeAttribute("aria-invalid");
            input.setValue(settings.state().formula());
        }
    }

    private void clearMessage() {
        input.removeAttribute("aria-invalid");
        problem.set("");
        pointer.set("");
        Dom.show(message, false);
    }

    /** Shows the row for expr, rule and examples with the state's text (unless the student is typing in it). */
    void show(AppState state) {
        boolean used = state.dataset().usesFormula() || state.dataset().isWrittenOut();
        Dom.show(row, used);
        Dom.show(hint, used);
        if (!used) {
            refused = false;
            clearMessage();
            return;
        }
        label.set(FormulaText.label(state.dataset()));
        hint.setTextContent(FormulaText.hint(state.dataset()));
        String text = state.formula();
        if (!text.equals(shownValue)) {
            shownValue = text;
            if (!refused) {
                clearMessage();
            }
        }
        if (!Dom.isFocused(input) && !text.equals(input.getValue())) {
            input.setValue(text);
        }
    }
}
