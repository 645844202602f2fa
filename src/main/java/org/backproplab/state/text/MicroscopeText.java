package org.backproplab.state.text;

import org.backproplab.state.AppState;
import org.backproplab.state.NumberText;
import org.backproplab.state.Sentence;
import org.backproplab.core.Notation;
import org.backproplab.data.Dataset;
import org.backproplab.landscape.LearningRateDemo;
import org.backproplab.landscape.SlicePresets;
import org.backproplab.landscape.SlicePresets.Preset;
import org.backproplab.landscape.SlicePresets.Status;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.core.NumberFormat;

/**
 * Every sentence of the weight microscope that depends on the lab: how ∂J/∂w is averaged over the training
 * set, the example being shown, how the drawn step relates to the real training step, the caption of the
 * learning-rate demo and of the cost map, and the one-line summary a screen reader hears.
 */
public final class MicroscopeText {
    /** The four learning-rate presets of the slice, in the order of SlicePresets.Preset. */
    public static final String[] PRESET_LABELS = {"small \u03b1", "good \u03b1", "too large \u03b1", "diverging \u03b1"};
    /** The demo button that runs the lab's own learning rate. */
    public static final String OWN_RATE = "your \u03b1";
    public static final String TRAIL_NOTE = "The blue dots are this weight's past steps, each at the J it had then. "
            + "They need not lie on today's curve: the other weights moved too, and that reshapes J(w).";
    /** Shown on the slice while its curve and numbers are being computed over several frames. */
    public static final String MEASURING = "measuring\u2026";
    /** Shown in place of the presets' note while they are being measured. */
    public static final String PRESETS_MEASURING = "Measuring which \u03b1 does what on this weight\u2026";
    /** Shown in place of the presets' note while training runs: they are measured when it pauses. */
    public static final String PRESETS_WAIT = "The presets are measured while training is paused; pressing one pauses it.";

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
        // short enough for the select's width on a phone and beside the neuron list (the option is the whole label)
        return layer + 2 == layers ? "Into \u0177 (layer " + (layer + 1) + ")" : "Into layer " + (layer + 1);
    }

    /**
     * The slice's curvature and its own limit: "Here J″(w) = 0.84: along this weight alone, gradient descent
     * settles only while α &lt; 2/J″ = 2.38." Where J″ ≤ 0 the slice curves downward, and the sentence says that
     * no step size is too large in the linear picture. {@code maxRate} is the lab's largest α.
     */
    public static String curvature(double curvature, double maxRate) {
        if (Double.isNaN(curvature)) {
            return "The curvature J\u2033(w) of this slice could not be measured here: J is not a number nearby.";
        }
        String value = "Here J\u2033(w) = " + NumberFormat.display(curvature, 3);
        if (!(curvature > 0)) {
            return value + ": the slice curves downward here, so in the linear picture no step size is "
                    + "\u201ctoo large\u201d \u2014 each step only goes further downhill. With no limit 2/J\u2033 to "
                    + "measure from, the presets are off; try your own \u03b1, or train a little first.";
        }
        if (Double.isInfinite(curvature)) {
            return value + ": the slice is so steep here that every \u03b1 is too large.";
        }
        double limit = 2 / curvature;
        return value + ": along this weight alone, gradient descent settles only while \u03b1 < 2/J\u2033 = "
                + NumberFormat.display(limit, 3) + (limit > maxRate ? ", above the lab\u2019s largest \u03b1 ("
                + NumberFormat.display(maxRate, 3) + ")." : ".");
    }

    /** What a run at a rate did, as a verb phrase: "takes tiny steps", "overshoots and settles". */
    public static String did(LearningRateDemo.Verdict verdict) {
        switch (verdict) {
            case TINY_STEPS: return "takes tiny steps";
            case CONVERGES: return "converges";
            case OSCILLATES: return "overshoots and settles";
            case DIVERGES: return "diverges";
            default: return "does not move";
        }
    }

    /**
     * Why {@code preset} is not offered, in one sentence with the numbers its runs measured ("" when it is
     * offered or still being measured). Downward and stuck slices turn every preset off: {@link #presetsNote}
     * says that once.
     */
    public static String presetReason(SlicePresets presets, Preset preset) {
        String label = "\u201c" + PRESET_LABELS[preset.ordinal()] + "\u201d";
        String promise = did(preset.promise());
        switch (presets.status(preset)) {
            case DOWNWARD:
                return label + " is off: the slice curves downward here (J\u2033 \u2264 0), so there is no limit to "
                        + "derive it from.";
            case STUCK:
                return label + " is off: \u2202J/\u2202w = 0 here, so gradient descent does not move this weight.";
            case ABOVE_RANGE:
                return label + " is off: this weight\u2019s slice is so flat that even \u03b1 = "
                        + NumberFormat.display(presets.maxRate(), 3) + " only " + did(presets.belowVerdict(preset))
                        + "; no \u03b1 in the lab\u2019s range " + promise + ".";
            case BELOW_RANGE:
                return label + " is off: this weight\u2019s slice is so steep that even \u03b1 = "
                        + NumberFormat.display(presets.minRate(), 3) + " already " + did(presets.aboveVerdict(preset))
                        + "; no \u03b1 in the lab\u2019s range " + promise + ".";
            case NOT_FOUND:
                return label + " is off: " + bracket(presets, preset) + "; no \u03b1 tried in between "
                        + promise + ".";
            default:
                return "";
        }
    }

    private static String bracket(SlicePresets presets, Preset preset) {
        double below = presets.below(preset);
        double above = presets.above(preset);
        if (!Double.isNaN(below) && !Double.isNaN(above)) {
            return "at \u03b1 = " + NumberFormat.display(below, 4) + " the run " + did(presets.belowVerdict(preset))
                    + ", at \u03b1 = " + NumberFormat.display(above, 4) + " it already "
                    + did(presets.aboveVerdict(preset));
        }
        if (!Double.isNaN(below)) {
            return "up to \u03b1 = " + NumberFormat.display(below, 4) + " the run only "
                    + did(presets.belowVerdict(preset));
        }
        return "down to \u03b1 = " + NumberFormat.display(above, 4) + " the run already "
                + did(presets.aboveVerdict(preset));
    }

    /**
     * The note under the presets: why each one that is off is off, one sentence each ("" when all four are
     * offered). A downward or stuck slice turns all four off for one reason, said once.
     */
    public static String presetsNote(SlicePresets presets) {
        Status first = presets.status(Preset.SMALL);
        if (first == Status.DOWNWARD) {
            return "All four presets are off: the slice curves downward here (J\u2033 \u2264 0), so no step size is "
                    + "\u201ctoo large\u201d in the linear picture and there is no limit to derive them from.";
        }
        if (first == Status.STUCK) {
            return "All four presets are off: \u2202J/\u2202w = 0 here, so gradient descent does not move this "
                    + "weight at any \u03b1.";
        }
        StringBuilder note = new StringBuilder();
        for (Preset preset : Preset.values()) {
            String reason = presetReason(presets, preset);
            if (!reason.isEmpty()) {
                note.append(note.length() > 0 ? " " : "").append(reason);
            }
        }
        return note.toString();
    }

    /** The title of a preset's button: its α, or why it is off. */
    public static String presetTitle(SlicePresets presets, Preset preset, int steps) {
        String label = PRESET_LABELS[preset.ordinal()];
        if (presets.status(preset) == Status.READY) {
            return "Run " + steps + " steps of gradient descent on this weight alone with " + label + " = "
                    + NumberFormat.display(presets.rate(preset), 3) + " (it " + did(preset.promise()) + ")";
        }
        String reason = presetReason(presets, preset);
        return reason.isEmpty() ? label + ": being measured" : reason;
    }
}
