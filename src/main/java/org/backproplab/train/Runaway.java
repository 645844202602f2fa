package org.backproplab.train;

/**
 * A run whose cost stays finite but climbs and stays up — an adaptive optimizer or momentum at too large an
 * α, say — never reaches {@link Divergence}'s NaN, ∞ or a million times the start. This tracker calls such a
 * run a runaway: the training cost J (of the whole training set, not a mini-batch) has stayed above both
 * {@value #FACTOR} times the best J of the run and the J it started at, without a break, for at least
 * {@value #ITERATIONS} iterations. "Stayed" is judged on J smoothed over about {@value #SMOOTHING}
 * iterations (an exponential average of log J), so that a run bouncing between 3 and 30 is not let off by
 * one lucky dip below the bound.
 *
 * <p>Both bounds matter: ten times the best alone would fire on a run that reached J = 0.001 and wobbles at
 * 0.02, which is still far below where it began; above the start alone would fire on a curve that is only
 * noisy near its starting value.
 */
public final class Runaway {
    /** How many times the run's best J the cost must exceed. */
    public static final double FACTOR = 10;
    /** For how many iterations without a break. */
    public static final int ITERATIONS = 200;
    /** The time constant, in iterations, of the average of log J that is compared with the bounds. */
    public static final double SMOOTHING = 50;

    private double startingCost = Double.NaN;
    private double bestCost = Double.POSITIVE_INFINITY;
    /** The iteration at which the smoothed cost last went above both bounds, or NaN while it is below them. */
    private double climbingSince = Double.NaN;
    /** The exponential average of log J, and the iteration of the last record. */
    private double smoothedLogCost;
    private double lastIteration = Double.NaN;

    /** Starts watching a run (or a run after a setting changed) whose J is {@code cost} now. */
    public void restart(double cost) {
        startingCost = cost;
        bestCost = cost;
        climbingSince = Double.NaN;
        smoothedLogCost = Math.log(cost);
        lastIteration = Double.NaN;
    }

    /**
     * Records J = {@code cost} at {@code iteration} (a whole number of steps, increasing); true once the run
     * counts as a runaway. A cost that is not finite is {@link Divergence}'s business and is ignored here.
     */
    public boolean record(double iteration, double cost) {
        if (!Double.isFinite(cost)) {
            return false;
        }
        if (cost < bestCost) {
            bestCost = cost;
        }
        // Each record weighs in by the iterations since the last one: 1 − e^(−Δt/τ).
        double weight = Double.isNaN(lastIteration) ? 1 : 1 - Math.exp(-(iteration - lastIteration) / SMOOTHING);
        smoothedLogCost += weight * (Math.log(cost) - smoothedLogCost);
        lastIteration = iteration;
        double smoothed = Math.exp(smoothedLogCost);
        boolean above = smoothed > FACTOR * bestCost && smoothed > startingCost;
        if (!above) {
            climbingSince = Double.NaN;
            return false;
        }
        if (Double.isNaN(climbingSince)) {
            climbingSince = iteration;
        }
        return iteration - climbingSince >= ITERATIONS;
    }

    /** The lowest J recorded since the last {@link #restart}. */
    public double bestCost() {
        return bestCost;
    }

    /** The J the run started from at the last {@link #restart}. */
    public double startingCost() {
        return startingCost;
    }
}
