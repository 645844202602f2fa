package org.backproplab.ui.lab;

import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.TextSlot;
import org.backproplab.state.LabSession;
import org.backproplab.state.NumberText;
import org.backproplab.core.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What a screen reader hears while the lab runs: a visually hidden polite live region that says the cost
 * when training starts, every {@value #TRAINING_INTERVAL_MS} ms while it runs, when it pauses, after each
 * single step, and whatever a feature reports through {@link #announce} (a new phase of a step, say).
 * Polite: it waits until the reader has finished speaking, and a newer text replaces an unread one.
 */
public final class Announcer {
    static final double TRAINING_INTERVAL_MS = 5000;

    private final TextSlot region;
    private double lastTrainingAnnouncement = Double.NEGATIVE_INFINITY;

    public Announcer(HTMLElement root) {
        HTMLElement element = Dom.element("p", "bl-sr-only", root);
        element.setAttribute("data-role", "announcer");
        element.setAttribute("role", "status");
        element.setAttribute("aria-live", "polite");
        element.setAttribute("aria-atomic", "true");
        region = new TextSlot(element);
    }

    /** Says {@code text} (unless it is what was said last). */
    public void announce(String text) {
        region.set(text);
    }

    public void started(LabSession lab, double now) {
        lastTrainingAnnouncement = now;
        announce("Training. " + summary(lab));
    }

    public void paused(LabSession lab) {
        announce("Paused. " + summary(lab));
    }

    public void stepped(LabSession lab) {
        announce("One step. " + summary(lab));
    }

    /** Called every frame while training: says the cost every {@value #TRAINING_INTERVAL_MS} ms. */
    public void training(LabSession lab, double now) {
        if (now - lastTrainingAnnouncement >= TRAINING_INTERVAL_MS) {
            lastTrainingAnnouncement = now;
            announce("Training. " + summary(lab));
        }
    }

    /** "Iteration 1,200: cost J = 0.0213." (the test cost too when there is one). */
    static String summary(LabSession lab) {
        String test = Double.isNaN(lab.testCost()) ? "" : ", test J = " + NumberFormat.format(lab.testCost(), 3);
        return "Iteration " + NumberText.grouped(lab.iteration()) + ": cost J = " + NumberFormat.format(lab.trainCost(), 3)
                + test + ".";
    }
}
