package org.backproplab.landscape;

import org.backproplab.core.Shape;

/**
 * Short names for neurons and parameters, in the words of a worked example: inputs x1, x2 (x when there is
 * one), hidden neurons h1, h2, … counted within their layer, outputs o1, o2, …; a weight reads
 * "w from h1 (layer 1) to o1 — W[1][0][0]". The layer is named wherever a hidden neuron appears, so two
 * hidden layers never mix up.
 */
public final class WeightNames {
    private WeightNames() {
    }

    /** "x1", "h2", "o1": neuron {@code neuron} of layer {@code layer}, without its layer. */
    public static String neuron(Shape shape, int layer, int neuron) {
        if (layer == 0) {
            return shape.inputSize() == 1 ? "x" : "x" + (neuron + 1);
        }
        return (layer == shape.layerCount() - 1 ? "o" : "h") + (neuron + 1);
    }

    /** {@link #neuron} with " (layer l)" after a hidden neuron: "h2 (layer 1)", "x1", "o1". */
    public static String neuronInLayer(Shape shape, int layer, int neuron) {
        String name = neuron(shape, layer, neuron);
        return layer > 0 && layer < shape.layerCount() - 1 ? name + " (layer " + layer + ")" : name;
    }

    /**
     * The parameter at flat index {@code index}: "w from h1 (layer 1) to o1 — W[1][0][0]" or
     * "b of h2 (layer 1) — B[0][1]".
     */
    public static String parameter(Shape shape, int index) {
        String name = shape.parameterName(index);
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            int weights = shape.weightOffset(l);
            int biases = shape.biasOffset(l);
            if (index >= weights && index < biases) {
                int j = (index - weights) / shape.size(l);
                int i = (index - weights) % shape.size(l);
                return "w from " + neuronInLayer(shape, l, i) + " to " + neuronInLayer(shape, l + 1, j)
                        + " \u2014 " + name;
            }
            if (index >= biases && index < biases + shape.size(l + 1)) {
                return "b of " + neuronInLayer(shape, l + 1, index - biases) + " \u2014 " + name;
            }
        }
        throw new IndexOutOfBoundsException("parameter " + index + " does not exist; there are "
                + shape.parameterCount());
    }

    /** The flat index of the first weight into the first output neuron, W[L−1][0][0]: the default to look at. */
    public static int firstOutputWeight(Shape shape) {
        return shape.weightIndex(shape.layerCount() - 2, 0, 0);
    }
}
