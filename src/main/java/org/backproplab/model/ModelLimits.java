package org.backproplab.model;

import org.backproplab.core.Shape;

/**
 * How large a model file may be. {@link #FILE} is what the format itself allows (any layer 1 to
 * {@value Shape#MAX_NEURONS} neurons); {@link #APP} is the stricter limit for models imported into the
 * browser app, whose views draw every neuron.
 *
 * @param maxHiddenLayers the most hidden layers (layers between inputs and outputs)
 * @param maxNeuronsPerHiddenLayer the most neurons in any one hidden layer
 * @param maxParameters the most weights and biases in total (a bound on memory when initialising from a seed)
 * @param description how the limit is named in error messages, e.g. "the app"
 */
public record ModelLimits(int maxHiddenLayers, int maxNeuronsPerHiddenLayer, int maxParameters, String description) {

    /** The most parameters any model file may have: 10 million doubles, 80 MB. */
    public static final int MAX_PARAMETERS = 10_000_000;

    /** The format's own limits: up to {@value Shape#MAX_LAYERS} layers of 1..{@value Shape#MAX_NEURONS} neurons. */
    public static final ModelLimits FILE = new ModelLimits(Shape.MAX_LAYERS - 2, Shape.MAX_NEURONS, MAX_PARAMETERS,
            "a model file");

    /**
     * The command line's limit: at most {@value #COMMAND_LINE_PARAMETERS} weights and biases, so that a tiny
     * file naming huge layers cannot make {@code train} hold gigabytes (the network, its gradient, the
     * optimizer's state and the printed JSON are each proportional to it).
     */
    public static final int COMMAND_LINE_PARAMETERS = 1_000_000;

    /** The command line's limit: the format's layers, at most a million weights and biases. */
    public static final ModelLimits COMMAND_LINE = new ModelLimits(Shape.MAX_LAYERS - 2, Shape.MAX_NEURONS,
            COMMAND_LINE_PARAMETERS, "the command line");

    /** The browser app's import limit: at most 6 hidden layers of at most 32 neurons each. */
    public static final ModelLimits APP = new ModelLimits(6, 32, MAX_PARAMETERS, "the app");
}
