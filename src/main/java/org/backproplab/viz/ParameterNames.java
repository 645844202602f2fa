package org.backproplab.viz;

import org.backproplab.core.Shape;

/**
 * Each weight and bias in a student's words, for the table view of the network (the text alternative to
 * its picture): where the connection starts ("x₁", "hidden layer 1, neuron 2", "bias") and where it ends
 * ("hidden layer 2, neuron 1", "output", "output 3"). Inputs are x₁, x₂ for points and x for a curve.
 * The short forms ("L2·n1", "out 3") fit a phone's table; the long ones are what a screen reader says.
 */
public final class ParameterNames {
    private static final String[] SUBSCRIPTS = {"\u2080", "\u2081", "\u2082", "\u2083", "\u2084", "\u2085",
        "\u2086", "\u2087", "\u2088", "\u2089"};

    private ParameterNames() {
    }

    /** The layer (0 = inputs) whose neuron feeds parameter {@code index}; for a bias, the layer before its neuron. */
    public static int layer(Shape shape, int index) {
        check(shape, index);
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            if (index < shape.biasOffset(l) + shape.size(l + 1)) {
                return l;
            }
        }
        throw new AssertionError(index);
    }

    /** Where the connection starts: an input, a hidden neuron, or "bias". */
    public static String from(Shape shape, int index) {
        int l = layer(shape, index);
        if (!shape.isWeight(index)) {
            return "bias";
        }
        int i = (index - shape.weightOffset(l)) % shape.size(l);
        return neuron(shape, l, i);
    }

    /** Where the connection ends: a hidden neuron or an output. */
    public static String to(Shape shape, int index) {
        int l = layer(shape, index);
        int j = shape.isWeight(index) ? (index - shape.weightOffset(l)) / shape.size(l) : index - shape.biasOffset(l);
        return neuron(shape, l + 1, j);
    }

    /** {@link #from} in short: "x₁", "L1·n3", "bias". */
    public static String fromShort(Shape shape, int index) {
        int l = layer(shape, index);
        if (!shape.isWeight(index)) {
            return "bias";
        }
        return shortNeuron(shape, l, (index - shape.weightOffset(l)) % shape.size(l));
    }

    /** {@link #to} in short: "L2·n1", "out", "out 2". */
    public static String toShort(Shape shape, int index) {
        int l = layer(shape, index);
        int j = shape.isWeight(index) ? (index - shape.weightOffset(l)) / shape.size(l) : index - shape.biasOffset(l);
        return shortNeuron(shape, l + 1, j);
    }

    /** Neuron {@code n} of layer {@code layer} in short: "x₁", "L1·n3" (hidden layer 1, neuron 3), "out 2". */
    public static String shortNeuron(Shape shape, int layer, int n) {
        if (layer == 0 || layer < shape.layerCount() - 1) {
            return layer == 0 ? neuron(shape, 0, n) : "L" + layer + "\u00b7n" + (n + 1);
        }
        return shape.outputSize() == 1 ? "out" : "out " + (n + 1);
    }

    /** Neuron {@code n} of layer {@code layer} by name: "x₁", "hidden layer 1, neuron 3", "output 2". */
    public static String neuron(Shape shape, int layer, int n) {
        if (layer == 0) {
            return shape.inputSize() == 1 ? "x" : "x" + subscript(n + 1);
        }
        if (layer == shape.layerCount() - 1) {
            return shape.outputSize() == 1 ? "output" : "output " + (n + 1);
        }
        return "hidden layer " + layer + ", neuron " + (n + 1);
    }

    private static String subscript(int number) {
        String digits = Integer.toString(number);
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < digits.length(); k++) {
            text.append(SUBSCRIPTS[digits.charAt(k) - '0']);
        }
        return text.toString();
    }

    private static void check(Shape shape, int index) {
        if (index < 0 || index >= shape.parameterCount()) {
            throw new IndexOutOfBoundsException("parameter " + index + " does not exist; there are "
                    + shape.parameterCount());
        }
    }
}
