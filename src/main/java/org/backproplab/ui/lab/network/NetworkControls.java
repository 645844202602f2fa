package org.backproplab.ui.lab.network;

import org.backproplab.core.Shape;
import org.backproplab.state.AppState;
import org.backproplab.state.network.HiddenLayers;
import org.backproplab.state.LabSession;
import org.backproplab.ui.dom.Dom;
import org.backproplab.viz.NetworkLayout;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The +/− buttons over the network diagram: one row for the number of hidden layers, and above each hidden
 * column a pair for its neurons, placed over the column's x. A press passes the sizes that
 * {@link HiddenLayers} allows to the {@link NetworkView.Listener}; the diagram then shows the new network.
 */
final class NetworkControls {
    /**
     * Column gaps below this (CSS px) stack each column's + and − buttons (the strip above the canvas
     * then grows, see views.css); phones with 40 px touch targets need twice as much room.
     */
    private static final double NARROW_GAP = 62;
    private static final double NARROW_GAP_TOUCH = 88;
    /** Column gaps below this show a column's size as "16" instead of "16 neurons" (which would run together). */
    private static final double TIGHT_GAP = 78;
    private static final int ADD_LAYER = 0;
    private static final int REMOVE_LAYER = 1;
    private static final int ADD_NEURON = 2;
    private static final int REMOVE_NEURON = 3;

    private final NetworkView.Listener listener;
    private final HTMLElement columns;
    private final HTMLButtonElement addLayer;
    private final HTMLButtonElement removeLayer;
    private final HTMLElement layerCount;
    private final HTMLElement[] columnGroups = new HTMLElement[AppState.MAX_HIDDEN_LAYERS];
    private final HTMLElement[] neuronCounts = new HTMLElement[AppState.MAX_HIDDEN_LAYERS];
    private final HTMLButtonElement[] addNeuron = new HTMLButtonElement[AppState.MAX_HIDDEN_LAYERS];
    private final HTMLButtonElement[] removeNeuron = new HTMLButtonElement[AppState.MAX_HIDDEN_LAYERS];
    private final HTMLElement inputCaption;
    private final HTMLElement outputCaption;
    private final InputChips inputChips;
    private boolean narrow;
    /** The lab whose hidden layers a press changes; null until the first draw. */
    private LabSession lab;

    /** Appends the layer row and the column strip to {@code root}. */
    NetworkControls(HTMLElement root, NetworkView.Listener listener) {
        this.listener = listener;
        HTMLElement layers = Dom.element("div", "blv-toolbar blv-layer-controls", root);
        removeLayer = Dom.button("\u2212", "remove the last hidden layer", "blv-round", layers,
                () -> press(REMOVE_LAYER, 0));
        layerCount = Dom.span("blv-layer-count", "", layers);
        layerCount.setAttribute("aria-live", "polite");
        addLayer = Dom.button("+", "add a hidden layer", "blv-round", layers, () -> press(ADD_LAYER, 0));

        inputChips = new InputChips(root, listener);
        columns = Dom.element("div", "blv-columns", root);
        inputCaption = Dom.span("blv-column-caption", "input", columns);
        outputCaption = Dom.span("blv-column-caption", "output", columns);
        for (int l = 0; l < AppState.MAX_HIDDEN_LAYERS; l++) {
            int layer = l;
            HTMLElement group = Dom.element("div", "blv-column", columns);
            HTMLElement buttons = Dom.element("div", "blv-column-buttons", group);
            addNeuron[l] = Dom.button("+", "add a neuron to hidden layer " + (l + 1), "blv-round blv-small",
                    buttons, () -> press(ADD_NEURON, layer));
            removeNeuron[l] = Dom.button("\u2212", "remove a neuron from hidden layer " + (l + 1),
                    "blv-round blv-small", buttons, () -> press(REMOVE_NEURON, layer));
            neuronCounts[l] = Dom.span("blv-column-count", "", group);
            group.setHidden(true);
            columnGroups[l] = group;
        }
    }

    /** Counts, captions and which buttons may be pressed, for a network of this shape. */
    void adopt(Shape shape) {
        int hidden = shape.layerCount() - 2;
        inputChips.adopt(shape.features());
        layerCount.setTextContent(HiddenLayers.layerCountText(hidden));
        addLayer.setDisabled(!HiddenLayers.canAddLayer(hidden));
        removeLayer.setDisabled(!HiddenLayers.canRemoveLayer(hidden));
        for (int l = 0; l < AppState.MAX_HIDDEN_LAYERS; l++) {
            boolean used = l < hidden;
            Dom.show(columnGroups[l], used);
            if (used) {
                int size = shape.size(l + 1);
                neuronCounts[l].setTextContent(HiddenLayers.neuronCountText(size));
                neuronCounts[l].setAttribute("data-short", Integer.toString(size));
                addNeuron[l].setDisabled(!HiddenLayers.canAddNeuron(size));
                removeNeuron[l].setDisabled(!HiddenLayers.canRemoveNeuron(size));
            }
        }
    }

    /**
     * Stacks the columns' buttons when the gap between columns is narrow (a taller strip, so the canvas below
     * shrinks and is laid out again) and shortens the counts when it is tight.
     */
    void fitGap(double gap) {
        // views.css gives buttons touch size (40 px) on phones and coarse pointers
        boolean touchSized = addLayer.getOffsetHeight() >= 36;
        boolean value = gap < (touchSized ? NARROW_GAP_TOUCH : NARROW_GAP);
        if (value != narrow) {
            narrow = value;
            Dom.setClass(columns, "blv-narrow", value);
        }
        Dom.setClass(columns, "blv-tight", gap < TIGHT_GAP);
    }

    /** Puts each column's buttons and the input and output captions over their column. */
    void place(NetworkLayout layout, Shape shape) {
        int layers = shape.layerCount();
        double gap = layout.neuronX(1, 0) - layout.neuronX(0, 0);
        for (int l = 0; l < layers - 2 && l < AppState.MAX_HIDDEN_LAYERS; l++) {
            HTMLElement group = columnGroups[l];
            Dom.setPixels(group, "left", layout.neuronX(l + 1, 0));
            Dom.setStyle(group, "max-width", (int) Math.max(36, Dom.pixel(gap - 4)) + "px");
        }
        Dom.setPixels(inputCaption, "left", layout.neuronX(0, 0));
        Dom.setPixels(outputCaption, "left", layout.neuronX(layers - 1, 0));
    }

    /** The lab a press changes (the latest drawn). */
    void follow(LabSession session) {
        lab = session;
        inputChips.follow(session.state());
    }

    /** Passes the hidden layers after a press to the listener, unless the press breaks a limit. */
    private void press(int action, int layer) {
        if (lab == null) {
            return;
        }
        int[] hidden = lab.state().hiddenLayers();
        int[] next = switch (action) {
            case ADD_LAYER -> HiddenLayers.withLayerAdded(hidden);
            case REMOVE_LAYER -> HiddenLayers.withLayerRemoved(hidden);
            case ADD_NEURON -> HiddenLayers.withNeuronAdded(hidden, layer);
            default -> HiddenLayers.withNeuronRemoved(hidden, layer);
        };
        if (next != null) {
            listener.hiddenLayersChanged(next);
        }
    }
}
