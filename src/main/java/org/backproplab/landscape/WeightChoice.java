package org.backproplab.landscape;

import org.backproplab.core.Shape;

/**
 * A weight or bias as the microscope's pickers choose it, in three small steps instead of one list of every
 * parameter (a 6 × 16 network has 1,681): the layer it feeds ({@code layer}, W[layer] and B[layer]), the
 * neuron it feeds ({@code to}, of layer {@code layer} + 1), and where it comes from ({@code from}, a neuron of
 * layer {@code layer}, or {@link #BIAS}). All from 0, as in {@link Shape#weightIndex}.
 */
public record WeightChoice(int layer, int to, int from) {
    /** {@code from} of a bias. */
    public static final int BIAS = -1;

    /** Where flat parameter {@code index} (0 ≤ index &lt; parameterCount) sits. */
    public static WeightChoice of(Shape shape, int index) {
        if (index < 0 || index >= shape.parameterCount()) {
            throw new IllegalArgumentException("parameter " + index + " is outside 0.." + (shape.parameterCount() - 1));
        }
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            int weights = shape.weightOffset(l);
            int inputs = shape.size(l);
            if (index >= weights && index < weights + shape.size(l + 1) * inputs) {
                return new WeightChoice(l, (index - weights) / inputs, (index - weights) % inputs);
            }
            int biases = shape.biasOffset(l);
            if (index >= biases && index < biases + shape.size(l + 1)) {
                return new WeightChoice(l, index - biases, BIAS);
            }
        }
        throw new IllegalArgumentException("parameter " + index + " is in no layer of " + shape);
    }

    /**
     * The choice after the user picked {@code layer}, {@code to} and {@code from} in turn: a neuron or input
     * that the new layer lacks becomes its last one, so that changing the layer or the neuron always lands on
     * a parameter that exists.
     */
    public static WeightChoice clamped(Shape shape, int layer, int to, int from) {
        int l = Math.max(0, Math.min(layer, shape.layerCount() - 2));
        int j = Math.max(0, Math.min(to, shape.size(l + 1) - 1));
        int i = from == BIAS ? BIAS : Math.max(0, Math.min(from, shape.size(l) - 1));
        return new WeightChoice(l, j, i);
    }

    /**
     * This choice, or — when it is parameter {@code avoid} — the next parameter into the same neuron (the bias
     * after the last input, the first input after the bias; every neuron has at least an input and a bias), so
     * that choosing the map's layer or neuron never lands on the weight it is drawn against.
     */
    public WeightChoice avoiding(Shape shape, int avoid) {
        if (index(shape) != avoid) {
            return this;
        }
        int next = from == BIAS ? 0 : from + 1 == shape.size(layer) ? BIAS : from + 1;
        return new WeightChoice(layer, to, next);
    }

    /** The flat parameter index of this choice. */
    public int index(Shape shape) {
        return from == BIAS ? shape.biasIndex(layer, to) : shape.weightIndex(layer, to, from);
    }
}
