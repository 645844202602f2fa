package org.backproplab.train;

/**
 * What a cost curve says about the learning rate, with a one-line explanation for the student. A
 * {@link VerdictRules} decides which applies to a history of costs.
 */
public enum Verdict {
    /** Too few points to judge. */
    TOO_EARLY("too_early", "Too few steps so far to tell how this run is going."),
    /** J falls steadily, or has fallen a lot and levelled off near a minimum. */
    CONVERGING("converging", "α suits this problem: J falls steadily and levels off near a minimum."),
    /** J hardly changes, and it has not fallen much since the start. */
    SLOW("slow", "α is too small: J is falling, but so slowly that reaching the minimum would take very many steps"
            + " (or the network is stuck on a plateau)."),
    /** J goes up and down step after step without getting anywhere. */
    OSCILLATING("oscillating", "α is too large: each step jumps past the minimum, so J bounces up and down."),
    /** J grows without bouncing, not yet by a factor of a million. */
    RISING("rising", "α is too large: each step overshoots the minimum by more than the last, so J grows; "
            + "the run is heading towards divergence."),
    /** J became NaN or ∞, or grew beyond {@link Divergence#GROWTH_LIMIT} times its start. */
    DIVERGED("diverged", "α is far too large: the steps overshoot further and further, so J exploded and the run "
            + "stopped.");

    private final String id;
    private final String explanation;

    Verdict(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    /** A stable name, e.g. {@code "oscillating"}, for URLs, CSS classes and tests. */
    public String id() {
        return id;
    }

    /** One sentence for the student: what the curve shows and what it says about α. */
    public String explanation() {
        return explanation;
    }

    /**
     * A short caption for the cost curve saying why its noise depends on the batch mode.
     *
     * @param batchSize 0 for full batch (see {@link TrainingConfig}), else examples per step
     * @param exampleCount examples in the training data, ≥ 1; a batch size of at least this is full batch
     */
    public static String batchModeCaption(int batchSize, int exampleCount) {
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be 0 (full batch) or a number of examples >= 1, but is "
                    + batchSize);
        }
        if (exampleCount < 1) {
            throw new IllegalArgumentException("the training data must have at least one example, but has "
                    + exampleCount);
        }
        if (batchSize == TrainingConfig.FULL_BATCH || batchSize >= exampleCount) {
            return "Full batch: every step uses the exact gradient of all " + exampleCount
                    + " examples, so the curve is smooth; if it wiggles, α is too large.";
        }
        if (batchSize == 1) {
            return "Stochastic (1 example per step): each step follows one example's gradient, which can point far "
                    + "from the true downhill direction, so J is very noisy and falls only on average.";
        }
        return "Mini-batch of " + batchSize + ": each step follows the gradient of " + batchSize + " random examples "
                + "out of " + exampleCount + ", an estimate of the true one, so J jitters; larger batches jitter less "
                + "(the spread shrinks like 1/√B).";
    }
}
