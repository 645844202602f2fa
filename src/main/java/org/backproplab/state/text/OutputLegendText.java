package org.backproplab.state.text;

import org.backproplab.core.Activation;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;

/**
 * The words of the output plot's colour legend and its two toggles: which colour is which ŷ (two classes:
 * orange ŷ = 0 through grey 0.5 to blue ŷ = 1; three: the most likely class, paler where less sure), and
 * what "Show test data" and "Discretize output" do.
 */
public final class OutputLegendText {
    public static final String SHOW_TEST = "Show test data";
    public static final String DISCRETIZE = "Discretize output";

    private OutputLegendText() {
    }

    /** The labels under the colour bar, left to right. */
    public static String[] barLabels(int classCount) {
        return classCount > 2 ? new String[] {"class 0", "class 1", "class 2"}
                : new String[] {"\u0177 = 0", "0.5", "\u0177 = 1"};
    }

    /**
     * The labels under the colour bar while the plot shows neuron {@code neuron} of {@code layer} instead of ŷ, as
     * viz.NeuronRasters colours it: a sigmoid's 0…1 and a tanh's −1…1 as they are; any other value (an input, a
     * linear or ReLU neuron) scaled by its largest size on the plane, so only its sign is read off the colour.
     * Null for one output of several (softmax), which is drawn from grey to its class's colour, not on this bar.
     * The name is given once, at the left, to keep the ticks as short as ŷ's.
     */
    public static String[] neuronBarLabels(Shape shape, int layer, int neuron) {
        String name = Notation.UNICODE.neuron(shape, layer, neuron);
        Activation activation = layer == 0 ? Activation.LINEAR : shape.activation(layer);
        if (layer == shape.layerCount() - 1 && shape.outputSize() > 1) {
            return null;
        }
        if (activation == Activation.SIGMOID) {
            return new String[] {name + " = 0", "0.5", "1"};
        }
        if (activation == Activation.TANH) {
            return new String[] {name + " = \u22121", "0", "1"};
        }
        return new String[] {name + " < 0", "0", "> 0"};
    }

    /** The colour bar's text alternative while neuron {@code neuron} of {@code layer} is shown. */
    public static String neuronDescription(Shape shape, int layer, int neuron) {
        String name = Notation.UNICODE.neuron(shape, layer, neuron);
        Activation activation = layer == 0 ? Activation.LINEAR : shape.activation(layer);
        if (layer == shape.layerCount() - 1 && shape.outputSize() > 1) {
            return "background: " + name + ", the probability of class " + neuron + ", from grey at 0 to its colour at 1";
        }
        if (activation == Activation.SIGMOID) {
            return "background: " + name + " from 0 (orange) through 0.5 (grey) to 1 (blue)";
        }
        if (activation == Activation.TANH) {
            return "background: " + name + " from \u22121 (orange) through 0 (grey) to 1 (blue)";
        }
        return "background: " + name + " scaled to its largest size on the plane, orange below 0, grey at 0, blue above";
    }

    /** The colour bar's text alternative. */
    public static String description(int classCount, boolean discretized) {
        if (classCount > 2) {
            return discretized ? "background: the most likely class, orange 0, blue 1, green 2"
                    : "background: the most likely class, orange 0, blue 1, green 2; paler where the network is less sure";
        }
        return discretized ? "background: orange where \u0177 < 0.5 (class 0), blue where \u0177 \u2265 0.5 (class 1)"
                : "background: \u0177 from 0 (orange) through 0.5 (grey) to 1 (blue)";
    }

    /**
     * A one-output picture's value at a cell when discretized: the class the threshold 0.5 gives (0 or 1),
     * NaN stays NaN; the value itself otherwise.
     */
    public static double shown(double output, boolean discretized) {
        if (!discretized || Double.isNaN(output)) {
            return output;
        }
        return output >= 0.5 ? 1.0 : 0.0;
    }

    /**
     * Each cell's class as the discretized picture shows it, into {@code into}: one output thresholded at
     * 0.5 (0 or 1); several outputs one-hot at the largest (ties: the first). NaN stays NaN.
     */
    public static void discretize(double[] outputs, int outputSize, double[] into) {
        if (outputSize == 1) {
            for (int k = 0; k < outputs.length; k++) {
                into[k] = shown(outputs[k], true);
            }
            return;
        }
        for (int cell = 0; cell + outputSize <= outputs.length; cell += outputSize) {
            int best = 0;
            for (int c = 1; c < outputSize; c++) {
                best = outputs[cell + c] > outputs[cell + best] ? c : best;
            }
            for (int c = 0; c < outputSize; c++) {
                into[cell + c] = Double.isNaN(outputs[cell + c]) ? Double.NaN : c == best ? 1 : 0;
            }
        }
    }
}
