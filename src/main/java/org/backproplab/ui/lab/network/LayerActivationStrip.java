package org.backproplab.ui.lab.network;

import org.backproplab.core.Activation;
import org.backproplab.core.Shape;
import org.backproplab.state.AppState;
import org.backproplab.state.network.LayerActivations;
import org.backproplab.ui.dom.Dom;
import org.backproplab.viz.NetworkLayout;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The strip under the network diagram: one activation select under each hidden column, placed at the
 * column's x. A choice gives the lab the settings {@link LayerActivations#withLayer} says.
 */
final class LayerActivationStrip {
    private final NetworkView.Listener listener;
    private final HTMLElement strip;
    private final HTMLSelectElement[] selects = new HTMLSelectElement[AppState.MAX_HIDDEN_LAYERS];
    private AppState state;

    LayerActivationStrip(HTMLElement parent, NetworkView.Listener listener) {
        this.listener = listener;
        strip = Dom.element("div", "blv-columns blv-activation-strip", parent);
        for (int l = 0; l < AppState.MAX_HIDDEN_LAYERS; l++) {
            int layer = l;
            HTMLSelectElement select = (HTMLSelectElement) Dom.element("select", "blv-column blv-layer-activation", strip);
            select.setAttribute("aria-label", LayerActivations.selectName(l));
            select.setAttribute("data-layer-activation", Integer.toString(l));
            for (int k = 0; k < LayerActivations.choiceCount(); k++) {
                HTMLOptionElement option = (HTMLOptionElement) Dom.element("option", null, select);
                option.setValue(LayerActivations.choice(k).id());
                option.setTextContent(LayerActivations.choiceName(k));
            }
            select.addEventListener("change", event -> chosen(layer, select.getValue()));
            select.setHidden(true);
            selects[l] = select;
        }
    }

    /** The settings a choice changes (the latest drawn). */
    void follow(AppState current) {
        state = current;
    }

    /** One select per hidden layer, showing its activation. */
    void adopt(Shape shape) {
        int hidden = shape.layerCount() - 2;
        Dom.show(strip, hidden > 0);
        for (int l = 0; l < AppState.MAX_HIDDEN_LAYERS; l++) {
            boolean used = l < hidden;
            Dom.show(selects[l], used);
            if (used) {
                selects[l].setValue(shape.activation(l + 1).id());
            }
        }
    }

    /** Puts each select under its column. */
    void place(NetworkLayout layout, Shape shape) {
        // as wide as the gap between columns allows, so that neighbouring selects never overlap
        double gap = layout.neuronX(1, 0) - layout.neuronX(0, 0);
        String width = (int) Math.max(32, Dom.pixel(gap - 6)) + "px";
        for (int l = 0; l < shape.layerCount() - 2 && l < AppState.MAX_HIDDEN_LAYERS; l++) {
            Dom.setPixels(selects[l], "left", layout.neuronX(l + 1, 0));
            Dom.setStyle(selects[l], "max-width", width);
        }
    }

    private void chosen(int layer, String id) {
        if (state != null && layer < state.hiddenLayers().length) {
            listener.settingsChanged(LayerActivations.withLayer(state, layer, Activation.fromId(id)));
        }
    }
}
