package org.backproplab.state.network;

import org.backproplab.state.AppState;
import org.backproplab.core.Activation;

/**
 * The activation chosen under each hidden column of the network view: the choices (those a hidden layer
 * may use, as in the Activation setting) with their names on screen, and the settings after one layer's
 * choice changes. Setting every layer alike gives back the one-for-all form ({@code act=tanh}).
 */
public final class LayerActivations {
    /** The choices under a hidden column, in the order of the Activation setting. */
    private static final Activation[] CHOICES = {Activation.TANH, Activation.SIGMOID, Activation.RELU,
            Activation.LEAKY_RELU, Activation.LINEAR};
    private static final String[] NAMES = {"tanh", "sigmoid", "ReLU", "leaky ReLU", "linear"};

    private LayerActivations() {
    }

    /** How many choices there are. */
    public static int choiceCount() {
        return CHOICES.length;
    }

    /** Choice {@code k}. */
    public static Activation choice(int k) {
        return CHOICES[k];
    }

    /** Choice {@code k}'s name on screen. */
    public static String choiceName(int k) {
        return NAMES[k];
    }

    /** The accessible name of hidden layer {@code layer}'s select (0-based), e.g. "activation of hidden layer 1". */
    public static String selectName(int layer) {
        return "activation of hidden layer " + (layer + 1);
    }

    /** {@code state} with hidden layer {@code layer} (0-based) using {@code activation}, the others as they were. */
    public static AppState withLayer(AppState state, int layer, Activation activation) {
        int layers = state.hiddenLayers().length;
        if (layer < 0 || layer >= layers) {
            throw new IllegalArgumentException("hidden layer " + (layer + 1) + " does not exist; this network has "
                    + layers + " hidden layer" + (layers == 1 ? "" : "s"));
        }
        Activation[] each = new Activation[layers];
        for (int l = 0; l < layers; l++) {
            each[l] = l == layer ? activation : state.hiddenActivation(l);
        }
        return state.withActivations(each);
    }
}
