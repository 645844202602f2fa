package org.backproplab.state.text;

import org.backproplab.state.AppState;
import org.backproplab.state.NumberText;
import org.backproplab.state.Sentence;
import org.backproplab.core.Notation;
import org.backproplab.data.Dataset;
import org.backproplab.landscape.LearningRateDemo;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.core.NumberFormat;

/**
 * Every sentence of the weight microscope that depends on the lab: how ∂J/∂w is averaged over the training
 * set, the example being shown, how the drawn step relates to the real training step, the caption of the
 * learning-rate demo and of the cost map, and the one-line summary a screen reader hears.
 */
public final class MicroscopeText {
    /** The four learning-rate presets of the slice, in the order of LearningRateDemo.presets. */
    public static final String[] PRESET_LABELS = {"small \u03b1", "good \u03b1", "too large \u03b1", "diverging \u03b1"};
    /** The demo button that runs the lab's own learning rate. */
    public static final String OWN_RATE = "your \u03b1";
    public static final String TRAIL_NOTE = "The blue dots are this weight's past steps, each at the J it had then. "
            + "They need not lie on today's curve: the other weights moved too, and that reshapes J(w).";
    /** Why the presets are off: on a concave slice no α aims at a minimum. */
    public static final String CONCAVE = "Here the slice of J curves downward (it is concave), so there is no "
            + "minimum nearby to aim a learning rate at. Try your own \u03b1, or train a little first.";

    /** Shown instead of the microscope's numbers while "Your turn" waits for an answer. */
    public static final String AFTER_YOUR_ANSWER = "The microscope opens after your answer: its numbers (z, a, δ, J, "
            + "∂J/∂w and the new weight) would give the answer away.";

    private MicroscopeText() {
    }

    /** The lead-in to the batch formula: ∂J/∂w (or ∂J/∂b) as a mean over the {@code examples} training examples. */
    public static String batchLead(boolean bias, int examples) {
        if (bias) {
            return "A bias is a weight on a constant input a = 1, so \u2202J/\u2202b is the mean of \u03b4 over the "
                    + NumberText.grouped(examples) + " training examples, \u03b4 = \u2202cost/\u2202z of its neuron:";
        }
        return examples > 1
                ? "The mean over the " + NumberText.grouped(examples) + " training examples of \u03b4\u00b7a, "
                        + "\u03b4 = \u2202cost/\u2202z of the neuron the weight feeds, a = what flows in through it:"
                : "With one training example, \u2202J/\u2202w is \u03b4\u00b7a for that example:";
    }

    /**
     * "example 3 of 200: x₁ = 0.5, x₂ = −1, y = 1": the example the formulas show ({@code shown}, from 0, of
     * {@code count}), its inputs, and its target (the class with the largest target for one-hot targets).
     */
    public static String example(int shown, int count, Dataset data, int row) {
        StringBuilder text = new StringBuilder("example ").append(shown + 1).append(" of ").append(count).append(": ");
        int inputs = data.inputSize();
        for (int c = 0; c < inputs; c++) {
            text.append(c > 0 ? ", " : "").append(Notation.UNICODE.input(inputs, c)).append(" = ")
                    .append(NumberFormat.display(data.input(row, c), 3));
        }
        int targets = data.targetSize();
        if (targets == 1) {
            text.append(", y = ").append(NumberFormat.display(data.target(row, 0), 3));
        } else {
            int best = 0;
            for (int k = 1; k < targets; k++) {
                if (data.target(row, k) > data.target(row, best)) {
                    best = k;
                }
            }
            text.append(", class ").append(best);
        }
        return text.toString();
    }

    /**
     * How the drawn step w − α·∂J/∂w relates to what training does: another optimizer steps its own way,
     * mini-batches wobble around this mean, and a schedule sets this iteration's α. "" when it is exactly the
     * next training step of plain full-batch SGD at a constant rate.
     */
    public static String updateNote(AppState state, boolean fullBatch, int examples, double rate) {
        StringBuilder note = new StringBuilder();
        if (state.optimizer() != OptimizerKind.SGD) {
            note.append("Training uses ").append(state.optimizer().id())
                    .append(", which turns \u2202J/\u2202w into a step its own way; this line is plain gradient descent. ");
        } else if (fullBatch) {
            note.append("This is the step the next training step takes for this weight (all other weights move too). ");
        }
        if (!fullBatch) {
            note.append("Training uses mini-batches of ").append(state.batchSize()).append(": each step's \u2202J/\u2202w "
                    + "comes from one batch and wobbles around this mean over all ").append(NumberText.grouped(examples))
                    .append(" examples. ");
        }
        if (state.schedule() != LearningRateScheduleKind.CONSTANT) {
            note.append("\u03b1 = ").append(NumberFormat.display(rate, 3)).append(" is the schedule's rate at this iteration.");
        }
        return note.toString().trim();
    }

    /** The caption of the 2-D map over the weights named {@code across} and {@code up}. */
    public static String mapCaption(String across, String up, int rowsUsed, int examples) {
        return "J over " + across + " (across) and " + up + " (up), every other parameter fixed"
                + (rowsUsed < examples ? ", on " + rowsUsed + " of the " + NumberText.grouped(examples)
                        + " training examples" : "")
                + ". Light is low J; the lines are levels of J spaced by equal factors. The orange line is the "
                + "path the two weights took while training.";
    }

    /** The key numbers of the selected weight {@code name} as one sentence (4 significant digits). */
    public static String summary(String name, double weight, double slope, double nextWeight, double cost,
            double nextCost) {
        return name + ": w = " + NumberFormat.display(weight, 4) + ", \u2202J/\u2202w = " + NumberFormat.display(slope, 4)
                + ", next w = " + NumberFormat.display(nextWeight, 4) + ", J = " + NumberFormat.display(cost, 4)
                + ", J after the step = " + NumberFormat.display(nextCost, 4) + ".";
    }

    /** What a learning-rate demo of {@code steps} steps at α = {@code rate} ("good α", "your α") showed. */
    public static String demoCaption(String name, double rate, int steps, LearningRateDemo.Verdict verdict) {
        return Sentence.capitalized(name) + ", \u03b1 = " + NumberFormat.display(rate, 3) + ", " + steps
                + " steps on this weight alone. " + verdict.explanation();
    }

    /** The heading of the weights that feed layer {@code layer} + 1 of a network with {@code layers} layers. */
    public static String pickerGroup(int layer, int layers) {
        return layer + 2 == layers ? "Into the output (layer " + (layer + 1) + ")" : "Into hidden layer " + (layer + 1);
    }
}
