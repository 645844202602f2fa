package org.backproplab.state.phases;

import org.backproplab.state.NumberText;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.core.NumberFormat;

/**
 * What the phase stepper's bar says: the headline of each phase, the lines before an iteration starts, the
 * numbers a phase produced (for one example or the batch mean), and what the worked-example copy did.
 */
public final class PhaseText {
    private PhaseText() {
    }

    /**
     * The most examples the example picker lists: a picker of every example of a full batch of 1,800 points took the
     * page's layout over 50 ms each time the stepper opened; the batch mean stands for them all.
     */
    public static final int MAX_LISTED_EXAMPLES = 100;

    /** How many of a batch of {@code batchCount} examples the picker lists (after the batch mean). */
    public static int listedExamples(int batchCount) {
        return Math.min(Math.max(0, batchCount), MAX_LISTED_EXAMPLES);
    }

    /** The picker's title: which examples it lists of a batch of {@code batchCount}. */
    public static String examplePickerTitle(int batchCount) {
        String title = "The example of the batch whose numbers the network shows";
        return batchCount > MAX_LISTED_EXAMPLES ? title + " (the first " + MAX_LISTED_EXAMPLES + " of the batch's "
                + NumberText.grouped(batchCount) + " are listed)" : title;
    }

    /** Says a new iteration's batch is being computed over several frames ({@code batchCount} examples). */
    public static String computingCaption(int batchCount) {
        return "Computing the forward pass and backpropagation over " + NumberText.grouped(batchCount)
                + " examples…";
    }

    /** The headline before a phase is shown: ready for the next iteration, or the invitation to step. */
    public static String idleHeadline(boolean on, long iteration) {
        return on ? "Ready for iteration " + NumberText.grouped(iteration + 1) + "." : "Step through one training iteration.";
    }

    /** The caption before a phase is shown: what to press, or that training has diverged. */
    public static String idleCaption(boolean on, boolean diverged) {
        return diverged ? "Training has diverged: choose a smaller α (or Reset) to step again."
                : on ? "Press ▶, → or Step to run its forward pass."
                : "Press ▶ or a phase to run it one phase at a time: the forward pass, the cost, "
                        + "backpropagation (the gradient) and gradient descent (the weights change).";
    }

    /** The status after copying the worked example of {@code example} (−1: the whole batch) at α = {@code rate}. */
    public static String copied(int example, double rate) {
        return "Copied the worked example (" + (example < 0 ? "the whole batch" : "example " + (example + 1))
                + ", α = " + number(rate, 4) + ") as Markdown.";
    }

    /** The phase's key sentence, large. */
    public static String headline(Phase phase) {
        return switch (phase) {
            case FORWARD -> "Forward pass: the network computes its output ŷ.";
            case COST -> "Cost: J measures how wrong ŷ is.";
            case BACKPROPAGATION -> "Backpropagation computes the gradient; no weight has changed yet.";
            case GRADIENT_DESCENT -> "Gradient descent uses the gradient and α to change the weights.";
        };
    }

    /** For gradient descent under another optimizer than SGD: that it also folds in earlier gradients. */
    public static String optimizerNote(Phase phase, OptimizerKind optimizer) {
        if (phase != Phase.GRADIENT_DESCENT || optimizer == OptimizerKind.SGD) {
            return "";
        }
        return " (This lab uses " + optimizer.id() + ", which also folds in earlier gradients.)";
    }

    /** The numbers the phase produced, for the example shown or the batch mean. */
    public static String values(PhaseView shown) {
        Shape shape = shown.shape();
        int outputs = shape.outputSize();
        String who = shown.isBatchMean() ? "Mean over the batch's " + shown.batchCount() + " examples"
                : "Example " + (shown.example() + 1) + " of " + shown.batchCount();
        switch (shown.phase()) {
            case FORWARD: {
                StringBuilder text = new StringBuilder(who).append(": x = ");
                // the input layer's values: with feature inputs (x₂ alone, x₁², …) not the raw row's columns
                vector(text, shown, shape.size(0), 0);
                text.append(" → ŷ = ");
                vector(text, shown, outputs, 1);
                return text.append('.').toString();
            }
            case COST: {
                StringBuilder text = new StringBuilder(who).append(": ŷ = ");
                vector(text, shown, outputs, 2);
                text.append(", y = ");
                vector(text, shown, outputs, 3);
                text.append(", error ŷ − y = ");
                vector(text, shown, outputs, 4);
                text.append(". J of the batch = ").append(number(shown.cost(), 4)).append('.');
                return text.toString();
            }
            case BACKPROPAGATION: {
                int largest = 0;
                double size = -1;
                for (int p = 0; p < shape.parameterCount(); p++) {
                    double g = Math.abs(shown.gradient(p));
                    if (shape.isWeight(p) && g > size) {
                        size = g;
                        largest = p;
                    }
                }
                return "Largest: ∂J/∂" + Notation.UNICODE.parameter(shape, largest) + " = "
                        + number(shown.gradient(largest), 3) + " (" + Notation.UNICODE.connection(shape, largest)
                        + "). Every weight still has its old value.";
            }
            case GRADIENT_DESCENT:
            default: {
                double before = shown.cost();
                double after = shown.newCost();
                return "α = " + number(shown.learningRate(), 4) + ": each weight moved by −α·∂J/∂w. "
                        + "J of this batch: " + number(before, 4) + " → " + number(after, 4)
                        + (after < before ? " (lower)." : after > before ? " (higher: α may be too large)." : ".");
            }
        }
    }

    /** (v1, v2) or v for one value; which: 0 inputs, 1 outputs, 2 ŷ, 3 y, 4 ŷ − y. */
    private static void vector(StringBuilder text, PhaseView shown, int count, int which) {
        if (count > 1) {
            text.append('(');
        }
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                text.append(", ");
            }
            int last = shown.shape().layerCount() - 1;
            double value = switch (which) {
                case 0 -> shown.input(k);
                case 1 -> shown.activation(last, k);
                case 2 -> shown.output(k);
                case 3 -> shown.target(k);
                default -> shown.error(k);
            };
            text.append(number(value, 3));
        }
        if (count > 1) {
            text.append(')');
        }
    }

    private static String number(double value, int digits) {
        return NumberFormat.display(value, digits);
    }

    // ---- on the network (PhaseOverlay)

    /** Under the network when some numbers had no free spot: the tooltips still give every number. */
    public static final String LEFT_OUT_HINT = "Some numbers left out: point at a neuron or weight to read them.";

    /**
     * The lines under neuron n of layer l for the phase {@code view} shows (none for an input in gradient descent),
     * each led by its symbol without indices (the neuron beside it supplies them): z, h, ŷ, y, δ, b.
     */
    public static String[] neuronLabel(PhaseView view, int l, int n) {
        Shape shape = view.shape();
        int last = shape.layerCount() - 1;
        Phase phase = view.phase();
        if (l == 0) {
            return phase == Phase.GRADIENT_DESCENT ? new String[0] : new String[] {short3(view.input(n))};
        }
        switch (phase) {
            case FORWARD:
                return new String[] {"z " + short3(view.preActivation(l, n)), (l == last ? "\u0177 " : "h ")
                        + short3(view.activation(l, n))};
            case COST:
                if (l == last) {
                    return new String[] {"\u0177 " + short3(view.output(n)), "y " + short3(view.target(n)),
                        "\u0177\u2212y " + short3(view.error(n))};
                }
                return new String[] {"h " + short3(view.activation(l, n))};
            case BACKPROPAGATION:
                return new String[] {"\u03b4 " + short3(view.delta(l, n))};
            case GRADIENT_DESCENT:
            default:
                int bias = shape.biasIndex(l - 1, n);
                return new String[] {"b " + short3(view.parameter(bias)) + " \u2192 " + short3(view.newParameter(bias))};
        }
    }

    /** The number on the edge of weight {@code index}: w, ∂J/∂w, or old → new. */
    public static String edgeLabel(PhaseView view, int index) {
        return switch (view.phase()) {
            case FORWARD, COST -> "w " + short3(view.parameter(index));
            case BACKPROPAGATION -> "\u2202J/\u2202w " + short3(view.gradient(index));
            default -> short3(view.parameter(index)) + " \u2192 " + short3(view.newParameter(index));
        };
    }

    /** The tooltip lines of hidden or output neuron n of layer l in the phase {@code view} shows. */
    public static String neuronTooltip(PhaseView view, int l, int n) {
        Shape shape = view.shape();
        Notation names = Notation.UNICODE;
        String z = names.preActivation(l, n);
        StringBuilder text = new StringBuilder("\n").append(who(view)).append(":\n").append(z).append(" = ")
                .append(short3(view.preActivation(l, n))).append(", ").append(names.neuron(shape, l, n)).append(" = ")
                .append(short3(view.activation(l, n)));
        if (view.shows(Phase.COST) && l == shape.layerCount() - 1) {
            text.append("\n").append(names.target(shape.outputSize(), n)).append(" = ").append(short3(view.target(n)))
                    .append(", ").append(names.output(shape.outputSize(), n)).append(" \u2212 ")
                    .append(names.target(shape.outputSize(), n)).append(" = ").append(short3(view.error(n)));
        }
        if (view.shows(Phase.BACKPROPAGATION)) {
            text.append("\n").append(names.delta(l, n)).append(" = \u2202J/\u2202").append(z).append(" = ")
                    .append(short3(view.delta(l, n)));
        }
        return text.toString();
    }

    /** The tooltip lines of weight {@code index} in the phase {@code view} shows. */
    public static String weightTooltip(PhaseView view, int index) {
        Shape shape = view.shape();
        String name = Notation.UNICODE.parameter(shape, index);
        StringBuilder text = new StringBuilder("\n").append(Notation.UNICODE.connection(shape, index));
        if (view.shows(Phase.BACKPROPAGATION)) {
            text.append("\n\u2202J/\u2202").append(name).append(" = ").append(short3(view.gradient(index))).append(" (the batch's)")
                    .append("\n").append(view.isBatchMean() ? "mean δ·a over the batch = " : "this example's δ·a = ")
                    .append(short3(view.exampleGradient(index)));
        }
        if (view.phase() == Phase.GRADIENT_DESCENT) {
            text.append("\n").append(name).append(": ").append(short3(view.parameter(index))).append(" \u2192 ")
                    .append(short3(view.newParameter(index)));
        }
        return text.toString();
    }

    private static String who(PhaseView view) {
        return view.isBatchMean() ? "batch mean" : "example " + (view.example() + 1);
    }

    private static String short3(double value) {
        return NumberFormat.display(value, 3);
    }
}
