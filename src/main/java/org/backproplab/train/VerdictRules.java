package org.backproplab.train;

/**
 * The thresholds that turn a cost history into a {@link Verdict}, and the classification itself.
 * Immutable. The rules, applied in this order to costs J₀ … J_{n−1} (one point per step, or per frame):
 * <ol>
 *   <li>{@link Verdict#DIVERGED} if any point is NaN, ∞ or more than {@link Divergence#GROWTH_LIMIT} × J₀
 *       ({@link Divergence#isDiverged}).</li>
 *   <li>{@link Verdict#TOO_EARLY} if n &lt; {@code minimumPoints}.</li>
 *   <li>The rest looks only at the window of the last {@code window} points, J_a … J_b, with the
 *       differences dᵢ = Jᵢ − Jᵢ₋₁ inside it. Zero differences are skipped; of the pairs of successive
 *       non-zero differences, count those of opposite sign ("flips"). The net drop is J_a − J_b, the total
 *       movement Σ|dᵢ|.</li>
 *   <li>{@link Verdict#OSCILLATING} if flips ≥ {@code flipShare} × pairs, |J_a − J_b| ≤
 *       {@code progressShare} × Σ|dᵢ| and Σ|dᵢ| ≥ {@code slowFraction} × |J_a|: J moves visibly, but mostly
 *       back and forth. (The last condition keeps rounding-level jitter of a run sitting at its minimum from
 *       counting as bouncing.)</li>
 *   <li>{@link Verdict#RISING} if J_b &gt; J_a·(1 + {@code slowFraction}).</li>
 *   <li>If J_b ≥ J_a·(1 − {@code slowFraction}) (the window is nearly flat): {@link Verdict#CONVERGING} when J
 *       has fallen by at least {@code settledFraction} of J₀ since the start (it has levelled off near a
 *       minimum), else {@link Verdict#SLOW}.</li>
 *   <li>Otherwise {@link Verdict#CONVERGING}.</li>
 * </ol>
 * A window starting at cost 0 is converged if it stays at 0 and rising otherwise. The rules are made for
 * curves of the cost on the whole training set; the cost of single mini-batches is noisy enough to read as
 * oscillation.
 *
 * @param window how many of the last points are judged, ≥ 3
 * @param minimumPoints fewer points than this give {@link Verdict#TOO_EARLY}; ≥ 3 and ≤ window
 * @param flipShare the share of sign flips that counts as bouncing, in (0, 1]
 * @param progressShare the most net progress, as a share of the total movement, that still counts as
 *        bouncing, in [0, 1)
 * @param slowFraction the relative change over the window below which J counts as flat, in (0, 1)
 * @param settledFraction the relative drop since the start above which a flat J counts as converged, in (0, 1]
 */
public record VerdictRules(int window, int minimumPoints, double flipShare, double progressShare,
        double slowFraction, double settledFraction) {

    public static final int DEFAULT_WINDOW = 50;
    public static final int DEFAULT_MINIMUM_POINTS = 10;
    public static final double DEFAULT_FLIP_SHARE = 0.5;
    public static final double DEFAULT_PROGRESS_SHARE = 0.25;
    public static final double DEFAULT_SLOW_FRACTION = 0.1;
    public static final double DEFAULT_SETTLED_FRACTION = 0.5;

    public VerdictRules {
        if (window < 3) {
            throw new IllegalArgumentException("window must be at least 3 points, but is " + window);
        }
        if (minimumPoints < 3 || minimumPoints > window) {
            throw new IllegalArgumentException("minimum points must be 3 to the window (" + window + "), but is "
                    + minimumPoints);
        }
        if (!(flipShare > 0 && flipShare <= 1)) {
            throw new IllegalArgumentException("flip share must be a number > 0 and <= 1, but is " + flipShare);
        }
        if (!(progressShare >= 0 && progressShare < 1)) {
            throw new IllegalArgumentException("progress share must be a number >= 0 and < 1, but is " + progressShare);
        }
        if (!(slowFraction > 0 && slowFraction < 1)) {
            throw new IllegalArgumentException("slow fraction must be a number > 0 and < 1, but is " + slowFraction);
        }
        if (!(settledFraction > 0 && settledFraction <= 1)) {
            throw new IllegalArgumentException("settled fraction must be a number > 0 and <= 1, but is "
                    + settledFraction);
        }
    }

    /**
     * Window 50, at least 10 points, oscillating at ≥ 50 % flips with ≤ 25 % net progress, flat below a 10 %
     * change over the window, settled after a 50 % drop since the start.
     */
    public static VerdictRules defaults() {
        return new VerdictRules(DEFAULT_WINDOW, DEFAULT_MINIMUM_POINTS, DEFAULT_FLIP_SHARE, DEFAULT_PROGRESS_SHARE,
                DEFAULT_SLOW_FRACTION, DEFAULT_SETTLED_FRACTION);
    }

    /**
     * The verdict on {@code costs[0..count)} (oldest first, J₀ the cost at the start of the run), by the rules
     * of the class comment. Allocates nothing unless it throws.
     *
     * @throws IllegalArgumentException if count is negative or more than costs.length
     */
    public Verdict classify(double[] costs, int count) {
        if (count < 0 || count > costs.length) {
            throw new IllegalArgumentException("count must be 0 to " + costs.length + " (the array's length), but is "
                    + count);
        }
        if (count == 0) {
            return Verdict.TOO_EARLY;
        }
        double start = costs[0];
        for (int i = 0; i < count; i++) {
            if (Divergence.isDiverged(costs[i], start)) {
                return Verdict.DIVERGED;
            }
        }
        if (count < minimumPoints) {
            return Verdict.TOO_EARLY;
        }
        int from = Math.max(0, count - window);
        double first = costs[from];
        double last = costs[count - 1];
        int pairs = 0;
        int flips = 0;
        double movement = 0;
        double previous = 0;
        for (int i = from + 1; i < count; i++) {
            double difference = costs[i] - costs[i - 1];
            if (difference == 0) {
                continue;
            }
            movement += Math.abs(difference);
            if (previous != 0) {
                pairs++;
                if ((difference > 0) != (previous > 0)) {
                    flips++;
                }
            }
            previous = difference;
        }
        double netDrop = first - last;
        if (pairs > 0 && flips >= flipShare * pairs && Math.abs(netDrop) <= progressShare * movement
                && movement >= slowFraction * Math.abs(first)) {
            return Verdict.OSCILLATING;
        }
        if (first == 0) {
            return last == 0 ? Verdict.CONVERGING : Verdict.RISING;
        }
        double relativeDrop = netDrop / Math.abs(first);
        if (relativeDrop < -slowFraction) {
            return Verdict.RISING;
        }
        if (relativeDrop < slowFraction) {
            boolean settled = start > 0 && start - last >= settledFraction * start;
            return settled ? Verdict.CONVERGING : Verdict.SLOW;
        }
        return Verdict.CONVERGING;
    }
}
