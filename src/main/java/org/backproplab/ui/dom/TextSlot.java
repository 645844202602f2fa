package org.backproplab.ui.dom;

import org.backproplab.state.NumberText;
import org.backproplab.core.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * An element's text that is written to the DOM only when it changes, so per-frame updates cost nothing. A
 * number shown through {@link #setNumber} is not even turned into text again while
 * it stays the same.
 */
public final class TextSlot {
    private final HTMLElement element;
    private String shown;
    /** The number {@link #shown} was made from (NaN: none, or text set directly), and its digits (0: grouped). */
    private double shownNumber = Double.NaN;
    private int shownDigits = -1;

    public TextSlot(HTMLElement element) {
        this.element = element;
        this.shown = element.getTextContent();
    }

    public void set(String text) {
        shownNumber = Double.NaN;
        show(text);
    }

    private void show(String text) {
        if (!text.equals(shown)) {
            shown = text;
            element.setTextContent(text);
        }
    }

    /**
     * {@code NumberFormat.format(value, significantDigits)} ("—" when not finite), or for 0 digits the whole
     * number value with its digits grouped in threes ("1,234,567", {@link NumberText#grouped}).
     */
    public void setNumber(double value, int significantDigits) {
        if (value != shownNumber || shownDigits != significantDigits) {
            show(significantDigits == 0 ? NumberText.grouped(value) : NumberFormat.format(value, significantDigits));
            shownNumber = value;
            shownDigits = significantDigits;
        }
    }

    public String text() {
        return shown;
    }
}
