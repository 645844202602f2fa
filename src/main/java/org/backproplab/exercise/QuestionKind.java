package org.backproplab.exercise;

/** What a question asks for, in the order of one backprop iteration. */
public enum QuestionKind {
    /** A neuron's pre-activation z = Σᵢ w·a + b, for one example. */
    Z("z"),
    /** A neuron's activation a = f(z), for one example. */
    A("a"),
    /** J of the batch. */
    COST("cost"),
    /** δ = ∂J/∂z of a neuron: of one example, or the batch mean. */
    DELTA("delta"),
    /** ∂J/∂w of one weight (or ∂J/∂b of a bias) for the batch. */
    GRADIENT("gradient"),
    /** The weight (or bias) after the step, w − α·∂J/∂w. */
    NEW_WEIGHT("new_weight"),
    /** Whether J goes up (+1) or down (−1) after the step. */
    DIRECTION("direction");

    private final String id;

    QuestionKind(String id) {
        this.id = id;
    }

    /** The name in the question's JSON, e.g. "new_weight". */
    public String id() {
        return id;
    }
}
