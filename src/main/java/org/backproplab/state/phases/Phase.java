package org.backproplab.state.phases;

/**
 * The four phases of one training iteration, as {@link PhaseStepper} shows them: the forward pass, the
 * cost, backpropagation (the gradient, no weight changed) and gradient descent (the weights change).
 * Each has a number (1 to 4), a short title and a caption for the learner.
 */
public enum Phase {
    FORWARD(1, "Forward pass",
            "Inputs flow left to right: each neuron computes z = Σ w·a + b from the layer before it, then its "
                    + "activation a = f(z). The last layer's activations are the output ŷ."),
    COST(2, "Cost",
            "The cost J measures how wrong the output ŷ is against the target y: the bigger the errors ŷ − y, "
                    + "the bigger J."),
    BACKPROPAGATION(3, "Backpropagation",
            "Backpropagation computes the gradient ∂J/∂w for every weight, from the output back to the input, "
                    + "with the chain rule: ∂J/∂w = δ·a, where δ = ∂J/∂z of the neuron the weight leads to. "
                    + "No weight has changed yet."),
    GRADIENT_DESCENT(4, "Gradient descent",
            "Gradient descent uses the gradient and the learning rate α to change the weights: "
                    + "w ← w − α·∂J/∂w, a small step downhill on J for every weight at once.");

    private static final Phase[] IN_ORDER = values();

    private final int number;
    private final String title;
    private final String caption;

    Phase(int number, String title, String caption) {
        this.number = number;
        this.title = title;
        this.caption = caption;
    }

    /** 1 for the forward pass to 4 for gradient descent. */
    public int number() {
        return number;
    }

    /** A short title, e.g. "Backpropagation". */
    public String title() {
        return title;
    }

    /** Two or three plain sentences on what happens in this phase. */
    public String caption() {
        return caption;
    }

    /** The phase after this one within an iteration, or null after gradient descent. */
    public Phase next() {
        return this == GRADIENT_DESCENT ? null : IN_ORDER[ordinal() + 1];
    }

    /** The phase before this one within an iteration, or null before the forward pass. */
    public Phase previous() {
        return this == FORWARD ? null : IN_ORDER[ordinal() - 1];
    }

    /** Whether this phase comes at or after {@code other}, i.e. whether what {@code other} shows is shown now. */
    public boolean reached(Phase other) {
        return ordinal() >= other.ordinal();
    }
}
