package org.backproplab.ui.host;

import org.teavm.jso.JSObject;

/**
 * "Your turn" as the phase stepper sees it once its bundle (js/backprop-lab-quiz.js) has loaded. Phases cross as
 * their numbers (1 forward … 4 gradient descent; 0 none); the texts are those of the scripting API
 * ({@code LabHandle.exercise}, {@code answer}, {@code exerciseBatch}).
 */
public interface QuizPanel extends JSObject {
    /** Before the bar moves on to {@code upcoming}: whether it must wait for an answer. */
    boolean holdsBefore(int upcoming);

    /** After the bar moved; a new iteration's questions start. */
    void afterStep(boolean newIteration);

    /** Whether phase {@code phase}'s numbers stay hidden while its question is open. */
    boolean veils(int phase);

    /** The bar went idle or the lab changed. */
    void idle();

    /** Shows the panel; returns the example the bar should show. */
    int show(int example);

    /** Whether a question waits for its answer (read every frame, so no JSON is built for it). */
    boolean questionOpen();

    String questionJson();

    String batchJson();

    /** Answers the open question with a number or a text as typed: the verdict JSON, null, or {"error": why}. */
    String answer(JSObject value);
}
