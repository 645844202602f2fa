package org.backproplab.ui;

import org.backproplab.state.NumberText;
import org.backproplab.state.StateCodec;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * What the page's scripts (and the browser tests) may ask a running lab: {@code BackpropLab.main} on
 * the lab's own page. Every method is safe to call with any argument: bad input gives a message, never
 * an exception.
 */
public final class LabHandle {
    /** The most steps one {@link #step} call takes, so a typo cannot freeze the page. */
    static final int MAX_STEPS_PER_CALL = 100_000;

    private final LabView view;

    LabHandle(LabView view) {
        this.view = view;
    }

    /** Trains {@code steps} steps at once (0 to 100,000; the view catches up on the next frame); returns J on the training set. */
    @JSExport
    public double step(double steps) {
        int count = steps >= 1 ? (int) Math.min(MAX_STEPS_PER_CALL, Math.floor(steps)) : 0;
        return view.trainSteps(count);
    }

    /** J on the training set at the current weights. */
    @JSExport
    public double cost() {
        return view.lab().trainCost();
    }

    /** J on the test set at the current weights (NaN when there is no test set). */
    @JSExport
    public double testCost() {
        return view.lab().testCost();
    }

    /** Steps taken since the weights were last initialised. */
    @JSExport
    public double iteration() {
        return view.lab().iteration();
    }

    /** The learning rate α. */
    @JSExport
    public double learningRate() {
        return view.state().learningRate();
    }

    /**
     * Sets α (a number, or a text such as "0.03") and updates the controls; returns "" or, for a value that
     * is not a number from 0.00001 to 10, why it was refused (α is then unchanged).
     */
    @JSExport
    public String setLearningRate(JSObject value) {
        double rate;
        if (Dom.isNumber(value)) {
            rate = Dom.asNumber(value);
            if (!Double.isFinite(rate)) {
                return "learning rate α must be a number from 0.00001 to 10, but is " + Dom.asText(value);
            }
        } else {
            try {
                rate = Controls.number(value == null ? "" : Dom.asText(value), "learning rate α",
                        "a number from 0.00001 to 10");
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        return view.setLearningRate(rate);
    }

    /** The current settings as URL text (the same text as after '#' in the address bar). */
    @JSExport
    public String state() {
        return StateCodec.encode(view.state());
    }

    /** Whether training is running. */
    @JSExport
    public boolean playing() {
        return view.isPlaying();
    }

    /** Weights and biases in the network. */
    @JSExport
    public int parameterCount() {
        return view.lab().network().shape().parameterCount();
    }

    /** W[0][0][0]: the weight from input 0 to the first neuron of layer 1. */
    @JSExport
    public double firstWeight() {
        return view.lab().network().parameters()[0];
    }

    // ---- read-only, for the accessibility and robustness tests (AccessibilityIT)

    /** Whether the reader asked for reduced motion (prefers-reduced-motion: reduce). */
    @JSExport
    public boolean reducedMotion() {
        return view.reducedMotion();
    }

    /** Frames in which the views were drawn since the page opened. */
    @JSExport
    public int viewDraws() {
        return view.viewDraws();
    }

    @Override
    public String toString() {
        return "BackpropLab lab, α = " + NumberText.format(view.state().learningRate());
    }
}
