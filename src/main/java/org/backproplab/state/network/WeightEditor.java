package org.backproplab.state.network;

import org.backproplab.state.LabSession;
import org.backproplab.state.NumberText;
import org.backproplab.core.Network;
import org.backproplab.core.Shape;

/**
 * Weights typed in by hand, and their undo: {@link #setWeight} checks the indices and the value, sets
 * W[layer][to][from] and remembers the value it replaced; {@link #undo} puts the last replaced value back,
 * bit for bit. A new network (other settings, Reset, an import) renumbers the weights, so the remembered
 * edits are dropped then. At most {@value #MAX_UNDO} edits are remembered (the oldest go first).
 */
public final class WeightEditor {
    public static final int MAX_UNDO = 100;
    /** The typed values allowed, in words; the same bound as a link's or a model's weights. */
    public static final String ALLOWED = "a number from " + NumberText.format(-LabSession.MAX_PARAMETER_VALUE)
            + " to " + NumberText.format(LabSession.MAX_PARAMETER_VALUE);
    public static final String NOTHING_TO_UNDO = "there is no typed weight to undo";

    private final LabSession lab;
    private final int[] indices = new int[MAX_UNDO];
    private final double[] previous = new double[MAX_UNDO];
    private int count;
    /** The network the remembered edits belong to. */
    private Network editedNetwork;

    public WeightEditor(LabSession lab) {
        this.lab = lab;
    }

    /**
     * Sets the weight from neuron {@code from} of layer {@code layer} to neuron {@code to} of the next layer
     * (layer 0 is the first layer of weights; 0-based neurons). Returns "" or why not; the lab is then unchanged.
     */
    public String setWeight(int layer, int to, int from, double value) {
        String problem = problem(lab.network().shape(), layer, to, from, value);
        if (!problem.isEmpty()) {
            return problem;
        }
        forgetIfRebuilt();
        int index = lab.network().shape().weightIndex(layer, to, from);
        double[] parameters = lab.network().parameters();
        if (count == MAX_UNDO) {
            System.arraycopy(indices, 1, indices, 0, MAX_UNDO - 1);
            System.arraycopy(previous, 1, previous, 0, MAX_UNDO - 1);
            count--;
        }
        indices[count] = index;
        previous[count] = parameters[index];
        count++;
        lab.finishMeasurement(); // the last step's J is of the weights before the edit
        parameters[index] = value;
        lab.parametersEdited();
        return "";
    }

    /** The text typed for a weight, read as {@link #setWeight}'s value; "" or why not. */
    public String setWeight(int layer, int to, int from, String text) {
        double value;
        try {
            value = NumberText.parse(text, "the weight");
        } catch (IllegalArgumentException e) {
            return e.getMessage() + "; allowed: " + ALLOWED;
        }
        return setWeight(layer, to, from, value);
    }

    /**
     * The text typed for flat parameter {@code index} (a weight, as the network view numbers its edges);
     * "" or why not.
     */
    public String setWeightAt(int index, String text) {
        Shape shape = lab.network().shape();
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            int offset = shape.weightOffset(l);
            if (index >= offset && index < offset + shape.size(l + 1) * shape.size(l)) {
                return setWeight(l, (index - offset) / shape.size(l), (index - offset) % shape.size(l), text);
            }
        }
        return "parameter " + index + " is not a weight of this network";
    }

    /** Puts the last typed weight's previous value back; "" or {@link #NOTHING_TO_UNDO}. */
    public String undo() {
        forgetIfRebuilt();
        if (count == 0) {
            return NOTHING_TO_UNDO;
        }
        count--;
        lab.finishMeasurement();
        lab.network().parameters()[indices[count]] = previous[count];
        lab.parametersEdited();
        return "";
    }

    /** Whether {@link #undo} has something to put back. */
    public boolean canUndo() {
        forgetIfRebuilt();
        return count > 0;
    }

    private void forgetIfRebuilt() {
        if (editedNetwork != lab.network()) {
            editedNetwork = lab.network();
            count = 0;
        }
    }

    /** Why W[layer][to][from] = value cannot be set in a network of {@code shape}, or "". */
    public static String problem(Shape shape, int layer, int to, int from, double value) {
        int layers = shape.layerCount() - 1;
        if (layer < 0 || layer >= layers) {
            return "layer " + layer + " does not exist; this network has weight layers 0 to " + (layers - 1);
        }
        if (to < 0 || to >= shape.size(layer + 1)) {
            return "neuron " + to + " does not exist in layer " + (layer + 1) + "; it has neurons 0 to "
                    + (shape.size(layer + 1) - 1);
        }
        if (from < 0 || from >= shape.size(layer)) {
            return "neuron " + from + " does not exist in layer " + layer + "; it has neurons 0 to "
                    + (shape.size(layer) - 1);
        }
        if (!(Math.abs(value) <= LabSession.MAX_PARAMETER_VALUE)) {
            return "the weight " + (Double.isFinite(value) ? "is " + NumberText.format(value) : "is not a finite number")
                    + "; allowed: " + ALLOWED;
        }
        return "";
    }
}
