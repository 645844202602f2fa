package org.backproplab.viz;

/**
 * The views' name for {@link org.backproplab.core.NumberFormat}, which moved to core so that the worked
 * example (model) rounds its numbers the same way. Kept only while ui imports this one; it adds nothing.
 */
public final class NumberFormat {
    /** {@link org.backproplab.core.NumberFormat#NOT_A_NUMBER}. */
    public static final String NOT_A_NUMBER = org.backproplab.core.NumberFormat.NOT_A_NUMBER;

    private NumberFormat() {
    }

    /** {@link org.backproplab.core.NumberFormat#format}. */
    public static String format(double value, int significantDigits) {
        return org.backproplab.core.NumberFormat.format(value, significantDigits);
    }

    /** {@link org.backproplab.core.NumberFormat#display}. */
    public static String display(double value, int significantDigits) {
        return org.backproplab.core.NumberFormat.display(value, significantDigits);
    }
}
