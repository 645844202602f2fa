package org.backproplab.ui.lab;

import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.NumberText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.TextSlot;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The numbers under the lab's toolbar (iteration, epoch, training and test cost) and the divergence
 * message with its suggested smaller α.
 */
final class LabReadouts {
    private final HTMLElement root;
    private final TextSlot iteration;
    private final TextSlot epoch;
    private final TextSlot trainCost;
    private final TextSlot testCost;
    private final HTMLElement divergence;
    private final TextSlot divergenceText;
    private final HTMLElement useSuggestion;
    private double suggestion;
    /** {@link LabSession#divergenceCount} of the message the user closed: it stays closed until the next one. */
    private int closedDivergence = -1;

    LabReadouts(HTMLElement root) {
        this.root = root;
        iteration = new TextSlot(Dom.role(root, "iteration"));
        epoch = new TextSlot(Dom.role(root, "epoch"));
        trainCost = new TextSlot(Dom.role(root, "train-cost"));
        testCost = new TextSlot(Dom.role(root, "test-cost"));
        divergence = Dom.role(root, "divergence");
        divergenceText = new TextSlot(Dom.role(root, "divergence-text"));
        useSuggestion = Dom.role(root, "use-suggestion");
    }

    void update(LabSession lab) {
        iteration.setNumber(lab.iterationCount(), 0);
        epoch.setNumber(lab.epoch(), 0);
        trainCost.setNumber(lab.trainCost(), 3);
        testCost.setNumber(lab.testCost(), 3);
    }

    /** Shows or hides the divergence message to match the lab. */
    void showDivergence(LabSession lab, AppState state) {
        boolean diverged = lab.isDiverged();
        boolean shown = diverged && lab.divergenceCount() != closedDivergence;
        if (shown) {
            suggestion = LabSession.suggestedLearningRate(state.learningRate());
            divergenceText.set(lab.divergence());
            useSuggestion.setTextContent("Use α = " + NumberText.format(suggestion));
        }
        if (divergence.isHidden() == shown) {
            divergence.setHidden(!shown);
        }
        Dom.setClass(root, "bl-diverged", diverged);
    }

    /** Closes the divergence message until the lab diverges again; false when none was showing. */
    boolean closeDivergence(LabSession lab) {
        if (divergence.isHidden()) {
            return false;
        }
        closedDivergence = lab.divergenceCount();
        divergence.setHidden(true);
        return true;
    }

    /** The α the divergence message suggests (after the last divergence). */
    double suggestion() {
        return suggestion;
    }
}
