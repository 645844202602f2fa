package org.backproplab.ui.microscope;

import org.backproplab.core.Shape;
import org.backproplab.core.Notation;
import org.backproplab.state.text.MicroscopeText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
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
            fill(first, shape, false);
            fill(second, shape, true);
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

    private static void fill(HTMLSelectElement select, Shape shape, boolean withNone) {
        while (select.getFirstChild() != null) {
            select.removeChild(select.getFirstChild());
        }
        if (withNone) {
            option(select, "-1", "none: one weight only");
        }
        int last = shape.layerCount() - 1;
        for (int l = 0; l < last; l++) {
            HTMLElement group = Dom.element("optgroup", "", select);
            group.setAttribute("label", MicroscopeText.pickerGroup(l, shape.layerCount()));
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    int index = shape.weightIndex(l, j, i);
                    option(group, Integer.toString(index), Notation.UNICODE.described(shape, index));
                }
            }
            for (int j = 0; j < shape.size(l + 1); j++) {
                int index = shape.biasIndex(l, j);
                option(group, Integer.toString(index), Notation.UNICODE.described(shape, index));
            }
        }
    }

    private static void option(HTMLElement parent, String value, String text) {
        HTMLOptionElement option = (HTMLOptionElement) HTMLDocument.current().createElement("option");
        option.setValue(value);
        option.setText(text);
        parent.appendChild(option);
    }
}
