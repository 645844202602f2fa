package org.backproplab.exercise;

/** When an answer counts as a value: within 3 significant digits. */
public final class Tolerance {
    /** Relative tolerance: half a unit in the third significant digit. */
    public static final double RELATIVE = 5e-3;
    /** Absolute tolerance near 0, where a relative one would ask for ever more digits. */
    public static final double ABSOLUTE = 5e-4;

    private Tolerance() {
    }

    /** |answer − value| ≤ max(5e-3·|value|, 5e-4); false if either is NaN or infinite. */
    public static boolean matches(double answer, double value) {
        if (!Double.isFinite(answer) || !Double.isFinite(value)) {
            return false;
        }
        return Math.abs(answer - value) <= Math.max(RELATIVE * Math.abs(value), ABSOLUTE);
    }
}
