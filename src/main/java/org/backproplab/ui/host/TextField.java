package org.backproplab.ui.host;

import org.backproplab.state.Sentence;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;

import org.backproplab.state.AppState;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * A typed setting (α, λ, μ, …), applied when the student commits it (Enter or leaving the field), so a
 * half-typed number such as "0." or the "1" of "10" never reaches the model. A text that is not a valid
 * value is never applied: the message next to the field says what was wrong and what is allowed, in the
 * words of {@link AppState}'s validation. After Enter the bad text stays to be corrected; leaving the field
 * shows the kept value again, while the message stays until the next valid value.
 */
public final class TextField {
    /** The state with the field's text applied; throws IllegalArgumentException saying why not. */
    public interface Parser {
        AppState parse(AppState current, String text);
    }

    /** How the field writes the current value. */
    public interface Format {
        String text(AppState state);
    }

    private final HTMLInputElement input;
    private final HTMLElement message;
    private final Parser parser;
    private final Format format;
    private final Settings settings;
    /** Whether the text in the field was refused. */
    private boolean refused;
    private String shownValue = "";

    public TextField(HTMLInputElement input, HTMLElement message, Parser parser, Format format, Settings settings,
            Guard guard) {
        this.input = input;
        this.message = message;
        this.parser = parser;
        this.format = format;
        this.settings = settings;
        String what = "reading " + describe(input);
        guard.listen(input, "change", what, (Event event) -> committed());
        guard.listen(input, "blur", what, (Event event) -> left());
    }

    private static String describe(HTMLInputElement input) {
        String label = input.getAttribute("aria-label");
        return label != null ? label : "a field";
    }

    private void committed() {
        AppState current = settings.state();
        AppState next;
        try {
            next = parser.parse(current, input.getValue());
        } catch (IllegalArgumentException e) {
            refused = true;
            input.setAttribute("aria-invalid", "true");
            message.setTextContent(Sentence.capitalized(e.getMessage()) + ". Kept " + format.text(current) + ".");
            return;
        }
        refused = false;
        input.removeAttribute("aria-invalid");
        message.setTextContent("");
        settings.change(next);
    }

    private void left() {
        if (refused) {
            refused = false;
            input.removeAttribute("aria-invalid");
            input.setValue(format.text(settings.state()));
        }
    }

    /** Shows {@code state}'s value, unless the student is typing in the field right now. */
    public void show(AppState state) {
        String text = format.text(state);
        if (!text.equals(shownValue)) {
            // The value changed elsewhere (slider, script, link): an old complaint no longer applies.
            shownValue = text;
            if (!refused) {
                message.setTextContent("");
            }
        }
        if (!Dom.isFocused(input) && !text.equals(input.getValue())) {
            input.setValue(text);
        }
    }

    /** Shows {@code text} as this field's message (for refusals that come from elsewhere, e.g. the network view). */
    public void complain(String text) {
        message.setTextContent(Sentence.capitalized(text) + ".");
    }

}
