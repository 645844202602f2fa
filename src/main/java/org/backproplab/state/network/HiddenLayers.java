package org.backproplab.state.network;

import org.backproplab.state.AppState;

/**
 * The +/− buttons over the network diagram as rules on the hidden layer sizes: a network keeps
 * {@link AppState#MIN_HIDDEN_LAYERS} to {@link AppState#MAX_HIDDEN_LAYERS} hidden layers of 1 to
 * {@link AppState#MAX_NEURONS} neurons each. A change that would break a limit gives null (the button is
 * disabled, so it cannot be pressed), never a half-changed array; the argument is never modified.
 */
public final class HiddenLayers {
    private HiddenLayers() {
    }

    public static boolean canAddLayer(int hiddenLayers) {
        return hiddenLayers < AppState.MAX_HIDDEN_LAYERS;
    }

    public static boolean canRemoveLayer(int hiddenLayers) {
        return hiddenLayers > AppState.MIN_HIDDEN_LAYERS;
    }

    public static boolean canAddNeuron(int neurons) {
        return neurons < AppState.MAX_NEURONS;
    }

    public static boolean canRemoveNeuron(int neurons) {
        return neurons > 1;
    }

    /** {@code hidden} with a last layer as wide as the current last one, or null at the maximum. */
    public static int[] withLayerAdded(int[] hidden) {
        if (hidden.length == 0 || !canAddLayer(hidden.length)) {
            return null;
        }
        int[] next = java.util.Arrays.copyOf(hidden, hidden.length + 1);
        next[hidden.length] = Math.min(hidden[hidden.length - 1], AppState.MAX_NEURONS);
        return next;
    }

    /** {@code hidden} without its last layer, or null at the minimum. */
    public static int[] withLayerRemoved(int[] hidden) {
        return canRemoveLayer(hidden.length) ? java.util.Arrays.copyOf(hidden, hidden.length - 1) : null;
    }

    /** {@code hidden} with one neuron more in {@code layer} (0 = the first hidden layer), or null. */
    public static int[] withNeuronAdded(int[] hidden, int layer) {
        return resized(hidden, layer, +1);
    }

    /** {@code hidden} with one neuron less in {@code layer}, or null. */
    public static int[] withNeuronRemoved(int[] hidden, int layer) {
        return resized(hidden, layer, -1);
    }

    private static int[] resized(int[] hidden, int layer, int delta) {
        if (layer < 0 || layer >= hidden.length
                || !(delta > 0 ? canAddNeuron(hidden[layer]) : canRemoveNeuron(hidden[layer]))) {
            return null;
        }
        int[] next = hidden.clone();
        next[layer] += delta;
        return next;
    }

    /** "1 hidden layer", "3 hidden layers". */
    public static String layerCountText(int hiddenLayers) {
        return hiddenLayers == 1 ? "1 hidden layer" : hiddenLayers + " hidden layers";
    }

    /** "1 neuron", "16 neurons". */
    public static String neuronCountText(int neurons) {
        return neurons == 1 ? "1 neuron" : neurons + " neurons";
    }
}
