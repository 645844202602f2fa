package org.backproplab.ui.microscope;

import java.util.function.IntSupplier;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.landscape.WeightChoice;
import org.backproplab.state.Sentence;
import org.backproplab.state.text.MicroscopeText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * One weight chosen in three short lists (see {@link WeightChoice}): the layer it feeds, the neuron it feeds,
 * and where it comes from — each list at most a layer's width, so that no list of every weight (1,681 on a
 * 6 × 16 network) has to be built or laid out in one frame. With {@code noneText}, the first list also offers
 * no weight at all (−1), and the other two hide; with {@code avoid}, a choice that lands on that weight moves on
 * to the next parameter of its neuron ({@link WeightChoice#avoiding}).
 */
final class WeightPicker {
    private final HTMLSelectElement layer;
    private final HTMLSelectElement to;
    private final HTMLSelectElement from;
    private final String noneText;
    /** The weight this picker never chooses (the map's first weight), or null. */
    private final IntSupplier avoid;
    private Shape shape;
    private int builtLayer = -1;
    private int builtTo = -1;

    WeightPicker(HTMLElement parent, String text, String role, String noneText, IntSupplier avoid, Guard guard,
            Runnable picked) {
        this.noneText = noneText;
        this.avoid = avoid;
        HTMLElement picker = Dom.element("div", "blm-picker", parent);
        picker.setAttribute("role", "group");
        picker.setAttribute("aria-label", text);
        Dom.span("blm-picker-label", text, picker).setAttribute("aria-hidden", "true");
        HTMLElement parts = Dom.element("span", "blm-picker-parts", picker);
        layer = select(parts, role + "-layer", text + ": the layer it feeds");
        to = select(parts, role + "-to", text + ": the neuron it feeds");
        from = select(parts, role + "-from", text + ": where it comes from");
        from.setClassName("blm-select blm-select-from");
        for (HTMLSelectElement list : new HTMLSelectElement[] {layer, to, from}) {
            guard.listen(list, "change", "choosing a weight", (Event e) -> picked.run());
        }
    }

    private static HTMLSelectElement select(HTMLElement parent, String role, String label) {
        HTMLSelectElement select = (HTMLSelectElement) Dom.element("select", "blm-select", parent);
        select.setAttribute("data-role", role);
        select.setAttribute("aria-label", label);
        return select;
    }

    /** The chosen flat index (−1: none); a neuron the chosen layer lacks counts as its last one. */
    int index() {
        int l = valueOf(layer);
        if (l < 0 || shape == null) {
            return -1;
        }
        WeightChoice choice = WeightChoice.clamped(shape, l, valueOf(to), valueOf(from));
        return (avoid == null ? choice : choice.avoiding(shape, avoid.getAsInt())).index(shape);
    }

    /** A list's chosen number; 0 while it has no options yet (a second picker that showed none). */
    private static int valueOf(HTMLSelectElement select) {
        String value = select.getValue();
        return value == null || value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    void focus() {
        layer.focus();
    }

    /** Shows {@code index} (−1: none) of {@code network} as chosen; lists are rebuilt only where they changed. */
    void sync(Shape network, int index) {
        if (!network.equals(shape)) {
            shape = network;
            builtLayer = -1;
            builtTo = -1;
            fillLayers();
        }
        boolean none = index < 0;
        Dom.show(to, !none);
        Dom.show(from, !none);
        if (none) {
            setValue(layer, -1);
            return;
        }
        WeightChoice choice = WeightChoice.of(shape, index);
        if (choice.layer() != builtLayer) {
            builtLayer = choice.layer();
            builtTo = -1;
            fillTo(choice.layer());
        }
        if (choice.to() != builtTo) {
            builtTo = choice.to();
            fillFrom(choice.layer(), choice.to());
        }
        setValue(layer, choice.layer());
        setValue(to, choice.to());
        setValue(from, choice.from());
    }

    private static void setValue(HTMLSelectElement select, int value) {
        String text = Integer.toString(value);
        if (!text.equals(select.getValue())) {
            select.setValue(text);
        }
    }

    private void fillLayers() {
        StringBuilder html = new StringBuilder();
        if (noneText != null) {
            option(html, -1, noneText);
        }
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            option(html, l, MicroscopeText.pickerGroup(l, shape.layerCount()));
        }
        layer.setInnerHTML(html.toString());
    }

    private void fillTo(int l) {
        StringBuilder html = new StringBuilder();
        for (int j = 0; j < shape.size(l + 1); j++) {
            option(html, j, "to " + Notation.UNICODE.neuron(shape, l + 1, j));
        }
        to.setInnerHTML(html.toString());
    }

    private void fillFrom(int l, int j) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < shape.size(l); i++) {
            option(html, i, Notation.UNICODE.described(shape, shape.weightIndex(l, j, i)));
        }
        option(html, WeightChoice.BIAS, Notation.UNICODE.described(shape, shape.biasIndex(l, j)));
        from.setInnerHTML(html.toString());
    }

    private static void option(StringBuilder html, int value, String text) {
        html.append("<option value=\"").append(value).append("\">").append(Sentence.escapeHtml(text)).append("</option>");
    }
}
