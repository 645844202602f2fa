package org.backproplab.state;

/**
 * The learning-rate lab's small decisions, kept out of the page so they can be tested: reading the
 * race's typed α fields, rounding a measured α to a number a student can read and type, and how far ahead
 * the α(t) plot of a schedule looks.
 */
public final class RateLab {
    /** What a race lane accepts, for messages: the same range as the main α. */
    public static final String ALLOWED = AppState.LEARNING_RATE_ALLOWED + ", or empty to leave the lane out";
    /** The shortest α(t) plot: the first 1,000 steps. */
    public static final long MIN_HORIZON = 1000;

    private RateLab() {
    }

    /**
     * The α typed into one race lane: NaN for an empty field (the lane is left out), else a number from
     * {@value AppState#MIN_LEARNING_RATE} to {@value AppState#MAX_LEARNING_RATE}.
     *
     * @throws IllegalArgumentException saying what was wrong and what is allowed
     */
    public static double parseLane(String text) {
        if (text == null || text.trim().isEmpty()) {
            return Double.NaN;
        }
        double rate;
        try {
            rate = NumberText.parse(text, "α");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; allowed: " + ALLOWED);
        }
        return inRange(rate, text);
    }

    /**
     * {@code rate}, read from {@code text}, if it lies in the lab's α range.
     *
     * @throws IllegalArgumentException naming the range and the text, when it does not
     */
    static double inRange(double rate, String text) {
        if (!(rate >= AppState.MIN_LEARNING_RATE && rate <= AppState.MAX_LEARNING_RATE)) {
            throw new IllegalArgumentException("α must be " + AppState.LEARNING_RATE_ALLOWED + ", but is "
                    + NumberText.shorten(text.trim()));
        }
        return rate;
    }

    /** The lanes that hold an α (not NaN), in order, as a new array; empty when none does. */
    public static double[] usedLanes(double[] lanes) {
        int used = 0;
        for (double rate : lanes) {
            if (rate == rate) {
                used++;
            }
        }
        double[] rates = new double[used];
        int k = 0;
        for (double rate : lanes) {
            if (rate == rate) {
                rates[k++] = rate;
            }
        }
        return rates;
    }

    /**
     * {@code rate} rounded to two significant digits and kept inside the allowed range, so a finder's
     * 0.07278953… becomes 0.073: within 5 % of what was measured, and a number a student can read back.
     *
     * @throws IllegalArgumentException if rate is not a finite number &gt; 0
     */
    public static double rounded(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("α must be a finite number > 0, but is " + rate);
        }
        int exponent = (int) Math.floor(Math.log10(rate)) - 1;
        double digits = Math.round(exponent < 0 ? rate * Math.pow(10, -exponent) : rate / Math.pow(10, exponent));
        // digits / 10^k rather than digits · 10^−k: the division rounds to the nearest double of the decimal.
        double value = exponent < 0 ? digits / Math.pow(10, -exponent) : digits * Math.pow(10, exponent);
        return Math.max(AppState.MIN_LEARNING_RATE, Math.min(AppState.MAX_LEARNING_RATE, value));
    }

    /**
     * The last iteration the α(t) plot shows when the lab is at {@code iteration}: 1,000, doubled until the
     * current iteration sits in the first four fifths of the plot, so the "you are here" mark never runs
     * off its right edge.
     */
    public static long scheduleHorizon(long iteration) {
        long horizon = MIN_HORIZON;
        while (iteration > horizon * 4 / 5 && horizon < Long.MAX_VALUE / 4) {
            horizon *= 2;
        }
        return horizon;
    }
}
