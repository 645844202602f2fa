package org.backproplab.cli.worksheet;

import org.backproplab.core.Activation;
import org.backproplab.core.Shape;
import org.backproplab.data.DatasetKind;
import org.backproplab.exercise.Problem;
import org.backproplab.state.AppState;
import org.backproplab.state.ShareLink;

/**
 * The link that opens the lab on a worksheet's network in "Your turn" mode: the lab's settings for the sheet's
 * shape, activations, loss and α, {@code quiz=1}, and the sheet's weights and biases exactly
 * ({@link ShareLink}'s {@code weights=}). The lab shows networks whose output fits one of its data sets (one
 * sigmoid output for two classes, three softmax outputs for three), so a sheet with another output layer has no
 * link; {@link #reason} says why.
 */
final class WorksheetLink {
    private WorksheetLink() {
    }

    /** The link for {@code problem}'s network at {@code site} (the lab's index.html), or null if the lab cannot show it. */
    static String url(String site, Problem problem, long seed) {
        AppState state = state(problem, seed);
        return state == null ? null : ShareLink.url(site, state, problem.parameters());
    }

    /** Why the sheet has no link, or "" when it has one. */
    static String reason(Problem problem) {
        if (state(problem, 1) != null) {
            return "";
        }
        Shape shape = problem.shape();
        return "The lab's data sets have one sigmoid output (two classes) or three softmax outputs (three classes), so "
                + "it cannot show this " + shape.outputSize() + "-output " + shape.outputActivation().id()
                + " network: there is no lab link for this sheet.";
    }

    /** The lab's settings for the problem's network, or null when no data set of the lab fits it. */
    static AppState state(Problem problem, long seed) {
        Shape shape = problem.shape();
        int hiddenCount = shape.layerCount() - 2;
        if (hiddenCount < AppState.MIN_HIDDEN_LAYERS || hiddenCount > AppState.MAX_HIDDEN_LAYERS) {
            return null;
        }
        Activation hidden = shape.activation(1);
        int[] hiddenSizes = new int[hiddenCount];
        for (int l = 1; l <= hiddenCount; l++) {
            if (shape.activation(l) != hidden) {
                return null;
            }
            hiddenSizes[l - 1] = shape.size(l);
        }
        org.backproplab.core.Loss loss = problem.network().loss();
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind.inputSize() != shape.inputSize() || kind.targetSize() != shape.outputSize()
                    || AppState.outputActivationFor(kind, loss) != shape.outputActivation()) {
                continue;
            }
            try {
                return AppState.defaults().withDataset(kind).withLoss(loss).withHiddenLayers(hiddenSizes)
                        .withActivation(hidden).withLearningRate(problem.learningRate())
                        .withSeed(seed % (AppState.MAX_SEED + 1)).withQuiz(true);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
