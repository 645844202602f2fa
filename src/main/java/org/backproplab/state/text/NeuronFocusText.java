package org.backproplab.state.text;

import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.viz.NetworkText;

/**
 * The caption over the output plot while it shows one neuron's output instead of the network's
 * prediction (the pointer or keyboard focus on that neuron in the network view).
 */
public final class NeuronFocusText {
    private NeuronFocusText() {
    }

    /**
     * E.g. "Showing h₂⁽¹⁾, neuron 2 of hidden layer 1, over the plane; move away to see ŷ again." — "over x" for a
     * network of one input (a curve).
     */
    public static String caption(Shape shape, int layer, int neuron) {
        // NetworkText's name already carries the symbol ("h₂⁽¹⁾, neuron 2 of hidden layer 1", "the output ŷ").
        String name = layer != 0 ? NetworkText.neuronName(shape, layer, neuron)
                : shape.size(0) == 1 ? "the input " + Notation.UNICODE.neuron(shape, 0, 0)
                : Notation.UNICODE.neuron(shape, 0, neuron) + ", input " + (neuron + 1);
        String where = shape.inputSize() == 1 ? "over x" : "over the plane";
        return "Showing " + name + ", " + where + "; move away to see \u0177 again.";
    }

    /**
     * The legend's word for the plot's curve (1-D data) or background (2-D data): "prediction" while it shows ŷ
     * (layer −1), else the neuron's symbol, e.g. "h₂⁽¹⁾" — so the legend never calls one neuron's output the
     * prediction.
     */
    public static String legendName(Shape shape, int layer, int neuron) {
        return layer < 0 ? "prediction" : Notation.UNICODE.neuron(shape, layer, neuron);
    }

    /** The classification legend's note: "background: the network's prediction" or "background: h₂⁽¹⁾". */
    public static String backgroundNote(Shape shape, int layer, int neuron) {
        return layer < 0 ? "background: the network's prediction" : "background: " + legendName(shape, layer, neuron);
    }
}
