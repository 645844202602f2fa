package org.backproplab.viz;

import org.backproplab.core.NumberFormat;
import org.backproplab.core.Notation;

/**
 * What the output view says in words: the plot's description for a screen reader, and what the network
 * predicts under the pointer. Classes are named by their colour: orange 0, blue 1, green 2.
 */
public final class OutputText {
    /** The colour names of classes 0, 1 and 2, as the class buttons and the tooltip say them. */
    public static final String[] CLASS_NAMES = {"orange", "blue", "green"};

    private OutputText() {
    }

    /** The plot for a screen reader: what is drawn, how many training and test points, how to add one. */
    public static String description(boolean classification, int classCount, int train, int test) {
        if (classification) {
            return "Decision boundary: the network's prediction over the plane x\u2081, x\u2082 from \u22126 to 6 "
                    + "as background colour (" + (classCount > 2 ? "orange class 0, blue class 1, green class 2"
                            : "orange class 0, blue class 1")
                    + "), with " + train + " training points (filled) and " + test + " test points (hollow rings). "
                    + "Click to add a point.";
        }
        return "The function the network computes (blue curve) against x, over " + train
                + " training points (filled) and " + test + " test points (hollow); orange segments are the errors. "
                + "Click to add a point.";
    }

    /**
     * The prediction at (x₁, x₂) = (x, y) from the network's {@code outputs}: P(blue) and the class it
     * implies for one sigmoid output (≥ ½ is blue; NaN says nothing), else the most probable class.
     */
    public static String classHover(double x, double y, double[] outputs, int outputSize) {
        String at = Notation.UNICODE.input(2, 0) + " = " + NumberFormat.display(x, 2) + ", " + Notation.UNICODE.input(2, 1) + " = " + NumberFormat.display(y, 2);
        if (outputSize == 1) {
            double p = outputs[0];
            return at + "\nP(blue) = " + NumberFormat.display(p, 2) + ": the network says "
                    + (p != p ? "nothing" : p >= 0.5 ? "blue" : "orange");
        }
        int best = 0;
        for (int c = 1; c < outputSize; c++) {
            if (outputs[c] > outputs[best]) {
                best = c;
            }
        }
        return at + "\nthe network says " + CLASS_NAMES[Math.min(best, 2)] + " (P = "
                + NumberFormat.display(outputs[best], 2) + ")";
    }

    /** The prediction at x of a regression network. */
    public static String regressionHover(double x, double prediction) {
        return "x = " + NumberFormat.display(x, 2) + "\nprediction = " + NumberFormat.display(prediction, 3);
    }
}
