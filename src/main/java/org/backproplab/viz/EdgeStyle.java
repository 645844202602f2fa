package org.backproplab.viz;

/**
 * How a weight is drawn as a line between two neurons: the width grows with |w|, the colour shows the
 * sign (blue positive, orange negative, the colour scale's ends), so thick blue excites and thick
 * orange inhibits. Allocates nothing.
 */
public final class EdgeStyle {
    /** Line width in CSS pixels per unit of |w|. */
    public static final double WIDTH_PER_UNIT = 2.0;
    /** The thinnest line, so that a zero weight stays visible and clickable. */
    public static final double MIN_WIDTH = 0.5;
    /** The thickest line, reached at |w| = MAX_WIDTH / WIDTH_PER_UNIT = 3. */
    public static final double MAX_WIDTH = 6.0;

    private EdgeStyle() {
    }

    /** width = clamp(|w| · {@value #WIDTH_PER_UNIT}, {@value #MIN_WIDTH}, {@value #MAX_WIDTH}); NaN → MIN_WIDTH. */
    public static double width(double weight) {
        double w = Math.abs(weight) * WIDTH_PER_UNIT;
        if (!(w >= MIN_WIDTH)) {
            return MIN_WIDTH; // also NaN
        }
        return Math.min(w, MAX_WIDTH);
    }

    /**
     * The CSS colour by sign: the scale's +1 colour for w &gt; 0, its −1 colour for w &lt; 0, its middle
     * for w = 0 and its NaN grey for NaN. Cached strings.
     */
    public static String color(ColorScale scale, double weight) {
        if (weight > 0) {
            return scale.css(1);
        }
        if (weight < 0) {
            return scale.css(-1);
        }
        return scale.css(weight); // 0 → middle, NaN → NaN grey
    }

    /** {@link #color(ColorScale, double)} on {@link ColorScale#PLAYGROUND}. */
    public static String color(double weight) {
        return color(ColorScale.PLAYGROUND, weight);
    }
}
