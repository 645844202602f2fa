package org.backproplab.state.course;

import org.backproplab.state.AppState;

/**
 * One guided lesson: what the learner reads, the lab it sets up, the view to highlight and one thing to do.
 * Immutable.
 *
 * @param id a stable name for links and progress, e.g. {@code "backpropagation"}
 * @param title a short heading
 * @param text two to four sentences addressed to the learner
 * @param state the lab the lesson starts from
 * @param highlight the view to draw attention to: one of {@link #VIEWS}
 * @param task one thing to do, e.g. "Press Step until phase 3."
 */
public record Lesson(String id, String title, String text, AppState state, String highlight, String task) {
    /** The network drawing. */
    public static final String NETWORK = "network";
    /** The output (decision boundary or fitted curve) with the data. */
    public static final String OUTPUT = "output";
    /** The cost J and its curve. */
    public static final String COST = "cost";
    /** The four-phase stepper. */
    public static final String STEPPER = "stepper";
    /** The cost along one weight (CostSlice). */
    public static final String SLICE = "slice";
    /** The learning-rate control. */
    public static final String ALPHA = "alpha";

    /** Every view a lesson may highlight. */
    public static final String[] VIEWS = {NETWORK, OUTPUT, COST, STEPPER, SLICE, ALPHA};

    public Lesson {
        if (id == null || id.isEmpty() || title == null || title.isEmpty() || text == null || text.isEmpty()
                || task == null || task.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs an id, a title, a text and a task");
        }
        if (state == null) {
            throw new IllegalArgumentException("lesson " + id + " has no lab state");
        }
        boolean known = false;
        for (String view : VIEWS) {
            known |= view.equals(highlight);
        }
        if (!known) {
            throw new IllegalArgumentException("lesson " + id + " highlights \"" + highlight
                    + "\"; allowed: network, output, cost, stepper, slice, alpha");
        }
    }
}
