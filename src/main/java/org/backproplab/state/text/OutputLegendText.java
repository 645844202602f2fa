package org.backproplab.state.text;

/**
 * The words of the output plot's colour legend and its two toggles: which colour is which ŷ (two classes:
 * orange ŷ = 0 through grey 0.5 to blue ŷ = 1; three: the most likely class, paler where less sure), and
 * what "Show test data" and "Discretize output" do.
 */
public final class OutputLegendText {
    public static final String SHOW_TEST = "Show test data";
    public static final String DISCRETIZE = "Discretize output";

    private OutputLegendText() {
    }

    /** The labels under the colour bar, left to right. */
    public static String[] barLabels(int classCount) {
        return classCount > 2 ? new String[] {"class 0", "class 1", "class 2"}
                : new String[] {"\u0177 = 0", "0.5", "\u0177 = 1"};
    }

    /** The colour bar's text alternative. */
    public static String description(int classCount, boolean discretized) {
        if (classCount > 2) {
            return discretized ? "background: the most likely class, orange 0, blue 1, green 2"
                    : "background: the most likely class, orange 0, blue 1, green 2; paler where the network is less sure";
        }
        return discretized ? "background: orange where \u0177 < 0.5 (class 0), blue where \u0177 \u2265 0.5 (class 1)"
                : "background: \u0177 from 0 (orange) through 0.5 (grey) to 1 (blue)";
    }

    /**
     * A one-output picture's value at a cell when discretized: the class the threshold 0.5 gives (0 or 1),
     * NaN stays NaN; the value itself otherwise.
     */
    public static double shown(double output, boolean discretized) {
        if (!discretized || Double.isNaN(output)) {
            return output;
        }
        return output >= 0.5 ? 1.0 : 0.0;
    }

    /**
     * Each cell's class as the discretized picture shows it, into {@code into}: one output thresholded at
     * 0.5 (0 or 1); several outputs one-hot at the largest (ties: the first). NaN stays NaN.
     */
    public static void discretize(double[] outputs, int outputSize, double[] into) {
        if (outputSize == 1) {
            for (int k = 0; k < outputs.length; k++) {
                into[k] = shown(outputs[k], true);
            }
            return;
        }
        for (int cell = 0; cell + outputSize <= outputs.length; cell += outputSize) {
            int best = 0;
            for (int c = 1; c < outputSize; c++) {
                best = outputs[cell + c] > outputs[cell + best] ? c : best;
            }
            for (int c = 0; c < outputSize; c++) {
                into[cell + c] = Double.isNaN(outputs[cell + c]) ? Double.NaN : c == best ? 1 : 0;
            }
        }
    }
}
