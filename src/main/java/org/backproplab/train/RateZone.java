package org.backproplab.train;

/**
 * Where a learning rate α sits against the stable-step limit (see {@link StableRate}), with the words the lab
 * shows. Along the steepest direction each step multiplies the error by 1 − α·λ_max (gradient descent); with
 * r = α / limit that factor is 1 − 2r:
 * <ul>
 *   <li>{@link #FAR_BELOW} r &lt; {@value #SLOW_FRACTION}: every direction shrinks by at most 1 − 2r &gt; 0.8 per
 *       step, so training is stable but slow;</li>
 *   <li>{@link #BELOW} r in [{@value #SLOW_FRACTION}, 1): stable and fast, the cost falls smoothly; in a network
 *       the sharpness may grow as it trains (progressive sharpening), which moves the limit below α;</li>
 *   <li>{@link #ABOVE} r in [1, {@value #FAR_ABOVE_FACTOR}): the factor is ≤ −1, each step jumps past the minimum
 *       along the steepest direction and lands further out (by up to 3× per step);</li>
 *   <li>{@link #FAR_ABOVE} r ≥ {@value #FAR_ABOVE_FACTOR}: more than 3× per step, the cost blows up, or in a
 *       network bounces; a network's first steps may instead carry it where the curvature is smaller (measured:
 *       gauss at 2.5× the limit, see state.StableRateOnLabDataTest);</li>
 *   <li>{@link #NO_LIMIT}: the limit is NaN (RMSProp, Adam, or no sharpness yet) or +∞ (no direction curves up).</li>
 * </ul>
 */
public enum RateZone {
    FAR_BELOW("slow", "Far below the limit: every step is stable but small, so the cost J falls slowly."),
    BELOW("fast and smooth", "Below the limit: the steps are large yet stable, so the cost J falls fast and smoothly"
            + " while the limit stays where it is."),
    ABOVE("overshoots", "Above the limit: each step jumps past the minimum along the steepest direction and lands"
            + " further out, so the cost J rises there unless training moves to flatter ground."),
    FAR_ABOVE("diverges or bounces", "Far above the limit: along the steepest direction each step overshoots by more"
            + " than three times, so the cost J blows up or bounces, unless the first steps carry training to flatter"
            + " ground, where the limit is larger."),
    NO_LIMIT("no limit", "There is no single limit on α here, so the meter shows none.");

    /** Below this fraction of the limit a rate counts as slow. */
    public static final double SLOW_FRACTION = 0.1;
    /** From this multiple of the limit a rate counts as far above it. */
    public static final double FAR_ABOVE_FACTOR = 2.0;

    private final String label;
    private final String sentence;

    RateZone(String label, String sentence) {
        this.label = label;
        this.sentence = sentence;
    }

    /** A few words for the zone, e.g. "fast and smooth". */
    public String label() {
        return label;
    }

    /** One sentence that says what a rate in this zone does. */
    public String sentence() {
        return sentence;
    }

    /** The zone of {@code rate} against {@code limit}; {@link #NO_LIMIT} when the limit is NaN or +∞. */
    public static RateZone of(double rate, double limit) {
        if (Double.isNaN(limit) || limit == Double.POSITIVE_INFINITY || !(limit > 0)) {
            return NO_LIMIT;
        }
        double ratio = rate / limit;
        if (ratio < SLOW_FRACTION) {
            return FAR_BELOW;
        }
        if (ratio < 1) {
            return BELOW;
        }
        return ratio < FAR_ABOVE_FACTOR ? ABOVE : FAR_ABOVE;
    }

    /** The rate at a fraction of the limit where a zone starts: 0, 0.1, 1 and 2 times the limit. */
    public static double start(RateZone zone, double limit) {
        switch (zone) {
            case FAR_BELOW: return 0;
            case BELOW: return SLOW_FRACTION * limit;
            case ABOVE: return limit;
            case FAR_ABOVE: return FAR_ABOVE_FACTOR * limit;
            default: return Double.NaN;
        }
    }
}
