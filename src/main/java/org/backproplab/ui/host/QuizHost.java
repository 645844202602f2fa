package org.backproplab.ui.host;

/**
 * The phase stepper as "Your turn" (a bundle of its own, js/backprop-lab-quiz.js) sees it, besides the lab: the
 * phase shown and the iteration's batch, the lab's weights at the start of the iteration, and what the panel
 * asks of the bar. Phases cross as their numbers (1 forward … 4 gradient descent; 0 none).
 */
public interface QuizHost extends FeatureHost {
    /** The stepper's phase number; 0 while it is idle. */
    int phase();

    int batchCount();

    /** The training example at place {@code k} of the iteration's batch. */
    int batchExample(int k);

    double iteration();

    /** The lab's weights and biases as they are now (at a new iteration: before its update). */
    double[] parameters();

    /** A question of phase {@code phase} was resolved: the bar unveils the phase or moves on to it. */
    void resolved(int phase);

    /** The panel changed something the bar shows (Your turn was turned on or off). */
    void changed();

    /** A course event (CourseEvents JSON) for the page: an answer or a score. */
    void sent(String eventJson);
}
