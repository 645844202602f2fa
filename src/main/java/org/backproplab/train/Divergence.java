package org.backproplab.train;

/**
 * When to call a run diverged, so that the UI can stop and say so instead of drawing NaN: the cost is NaN
 * or ∞, or it has grown beyond {@value #GROWTH_LIMIT} times the cost the run started at.
 */
public final class Divergence {
    /** How many times the starting cost a cost may reach before the run counts as diverged. */
    public static final double GROWTH_LIMIT = 1e6;

    private Divergence() {
    }

    /**
     * Whether {@code cost} means divergence. The growth test applies only when {@code startingCost} is
     * finite and &gt; 0 (a run that starts at cost 0 or at NaN is judged by NaN/∞ alone).
     */
    public static boolean isDiverged(double cost, double startingCost) {
        if (!Double.isFinite(cost)) {
            return true;
        }
        return Double.isFinite(startingCost) && startingCost > 0 && cost > GROWTH_LIMIT * startingCost;
    }

    /** Why the run counts as diverged, in the user's words, or null when it does not. */
    public static String reason(double cost, double startingCost) {
        if (Double.isNaN(cost)) {
            return "the cost became NaN (not a number): try a smaller learning rate";
        }
        if (Double.isInfinite(cost)) {
            return "the cost became infinite: try a smaller learning rate";
        }
        if (isDiverged(cost, startingCost)) {
            return "the cost grew to " + cost + ", more than a million times its start " + startingCost
                    + ": try a smaller learning rate";
        }
        return null;
    }
}
