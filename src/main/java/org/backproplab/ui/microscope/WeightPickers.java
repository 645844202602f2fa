package org.backproplab.ui.microscope;

import org.backproplab.core.Shape;
import org.backproplab.core.Notation;
import org.backproplab.state.Sentence;
import org.backproplab.state.text.MicroscopeText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The two lists at the top of the microscope: the weight under it, and the second weight of the 2-D map
 * (or none). Options are the flat parameter indices, grouped by the layer they feed; the lists are rebuilt
 * only when the network's shape changes.
 */
final class WeightPickers {
    private final HTMLSelectElement first;
    private final HTMLSelectElement second;
    private String builtFor = "";
    /** The options of the second list, filled a frame after the first's: each costs a frame's layout. */
    private String secondOptions;

    /** {@code picked} runs when the user chose in either list. */
    WeightPickers(HTMLElement body, Guard guard, Runnable picked) {
        HTMLElement pickers = Dom.element("div", "blm-pickers", body);
        first = picker(pickers, "Weight");
        second = picker(pickers, "2-D map with");
        guard.listen(first, "change", "choosing a weight", (Event e) -> picked.run());
        guard.listen(second, "change", "choosing a second weight", (Event e) -> picked.run());
    }

    private static HTMLSelectElement picker(HTMLElement parent, String text) {
        HTMLElement label = Dom.element("label", "blm-picker", parent);
        Dom.span("blm-picker-label", text, label);
        return (HTMLSelectElement) Dom.element("select", "blm-select", label);
    }

    /** The chosen weight's flat index. */
    int first() {
        return Integer.parseInt(first.getValue());
    }

    /** The chosen second weight's flat index, −1 for none. */
    int second() {
        return Integer.parseInt(second.getValue());
    }

    void focus() {
        first.focus();
    }

    /** Shows {@code index} and {@code secondIndex} (−1: none) as chosen, with the options of {@code shape}. */
    void sync(Shape shape, int index, int secondIndex) {
        String key = shape.toString();
        if (!key.equals(builtFor)) {
            builtFor = key;
            fillFirst(shape);
        } else if (secondOptions != null) {
            second.setInnerHTML(secondOptions);
            secondOptions = null;
        }
        String one = Integer.toString(index);
        if (!one.equals(first.getValue())) {
            first.setValue(one);
        }
        String other = Integer.toString(secondIndex);
        if (!other.equals(second.getValue())) {
            second.setValue(other);
        }
    }

    /**
     * Fills the first list from one HTML string (a 6 × 16 network has 1,681 weights: one parse of a string is
     * far faster than creating that many option elements one by one), and keeps the second list's for the next
     * frame, since laying out a list that long takes a good part of a frame.
     */
    private void fillFirst(Shape shape) {
        StringBuilder html = new StringBuilder();
        int last = shape.layerCount() - 1;
        for (int l = 0; l < last; l++) {
            html.append("<optgroup label=\"").append(Sentence.escapeHtml(MicroscopeText.pickerGroup(l, shape.layerCount())))
                    .append("\">");
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    option(html, shape, shape.weightIndex(l, j, i));
                }
            }
            for (int j = 0; j < shape.size(l + 1); j++) {
                option(html, shape, shape.biasIndex(l, j));
            }
            html.append("</optgroup>");
        }
        String options = html.toString();
        first.setInnerHTML(options);
        String none = "<option value=\"-1\">none: one weight only</option>";
        second.setInnerHTML(none);
        secondOptions = none + options;
    }

    private static void option(StringBuilder html, Shape shape, int index) {
        html.append("<option value=\"").append(index).append("\">")
                .append(Sentence.escapeHtml(Notation.UNICODE.described(shape, index))).append("</option>");
    }
}
