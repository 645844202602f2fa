package org.backproplab.cli.worksheet;

import org.backproplab.core.Activation;
import org.backproplab.core.Shape;
import org.backproplab.data.DatasetKind;
import org.backproplab.exercise.Problem;
import org.backproplab.state.AppState;
import org.backproplab.state.ExamplesText;
import org.backproplab.state.ShareLink;

/**
 * The link that opens the lab on a worksheet in "Your turn" mode: the sheet's examples as the lab's data
 * ({@code data=examples&ex=…}, trained on as one full batch in their order), the sheet's shape, activations, loss
 * and α, {@code quiz=1}, and its weights and biases exactly ({@link ShareLink}'s {@code weights=}); only the
 * settings that differ from a first visit are written. The lab's first
 * iteration is then the sheet's: the same z, J, δ, gradients and step. A network the lab cannot build (more hidden
 * layers or neurons than it allows, hidden layers with different activations, inputs other than x₁, x₂) has no
 * link; {@link #reason} says why.
 */
final class WorksheetLink {
    private WorksheetLink() {
    }

    /** The link for {@code problem}'s network at {@code site} (the lab's index.html), or null if the lab cannot show it. */
    static String url(String site, Problem problem, long seed) {
        AppState state = state(problem, seed);
        if (state == null) {
            return null;
        }
        // Only what differs from a first visit: a short link is a coarse QR code, which scans from paper.
        String link = ShareLink.withoutFragment(site) + "#" + ShareLink.changedFragment(state, problem.parameters());
        return link.length() <= ShareLink.MAX_URL_LENGTH ? link : null;
    }

    /** Why the sheet has no link, or "" when it has one. */
    static String reason(Problem problem) {
        if (state(problem, 1) != null) {
            return "";
        }
        Shape shape = problem.shape();
        return "The lab builds networks with inputs x₁, x₂, up to " + AppState.MAX_HIDDEN_LAYERS + " hidden layers of "
                + "up to " + AppState.MAX_NEURONS + " neurons with one activation, and 1 to " + ExamplesText.MAX_TARGETS
                + " outputs, so it cannot show this " + shape.inputSize() + "-input, " + shape.outputSize()
                + "-output network: there is no lab link for this sheet.";
    }

    /** The lab's settings for the problem's network and examples, or null when the lab cannot build it. */
    static AppState state(Problem problem, long seed) {
        Shape shape = problem.shape();
        int hiddenCount = shape.layerCount() - 2;
        if (hiddenCount < AppState.MIN_HIDDEN_LAYERS || hiddenCount > AppState.MAX_HIDDEN_LAYERS) {
            return null;
        }
        Activation hidden = hiddenCount == 0 ? Activation.TANH : shape.activation(1);
        int[] hiddenSizes = new int[hiddenCount];
        for (int l = 1; l <= hiddenCount; l++) {
            if (shape.activation(l) != hidden) {
                return null;
            }
            hiddenSizes[l - 1] = shape.size(l);
        }
        try {
            AppState state = AppState.defaults().withDataset(DatasetKind.EXAMPLES)
                    .withFormula(ExamplesText.write(problem.batch())).withLoss(problem.network().loss())
                    .withHiddenLayers(hiddenSizes).withActivation(hidden).withLearningRate(problem.learningRate())
                    .withBatchSize(0).withSeed(Math.floorMod(seed, AppState.MAX_SEED + 1)).withQuiz(true);
            return state.shape().equals(shape) ? state : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
