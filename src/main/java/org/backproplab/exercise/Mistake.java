package org.backproplab.exercise;

/**
 * The typical mistakes a {@link Diagnosis} recomputes an answer with, by the name the answer's JSON gives
 * them, each with a sentence for the student.
 */
public enum Mistake {
    NO_DERIVATIVE("no_derivative", "f′(z) was left out of δ"),
    Z_FOR_A("z_for_a", "z was used where a belongs"),
    A_FOR_Z("a_for_z", "a was used where z belongs"),
    NO_BATCH_MEAN("no_batch_mean", "the 1/N of the batch mean was dropped (a sum instead of a mean)"),
    SIGN_FLIPPED("sign_flipped", "the update's sign is flipped: w + α·∂J/∂w instead of w − α·∂J/∂w"),
    TARGET_FOR_OUTPUT("target_for_output", "the target was used in place of the output in f′"),
    MISSING_TERM("missing_term", "one term of the sum was left out"),
    WRONG_LAYER("wrong_layer", "the activation of the wrong layer was used");

    private final String id;
    private final String explanation;

    Mistake(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    /** The name in the answer's JSON, e.g. "no_derivative". */
    public String id() {
        return id;
    }

    /** What went wrong, as a sentence fragment for the student. */
    public String explanation() {
        return explanation;
    }
}
