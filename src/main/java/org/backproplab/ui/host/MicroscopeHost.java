package org.backproplab.ui.host;

import org.teavm.jso.typedarrays.Float64Array;

/**
 * The lab as the microscope (a bundle of its own, js/backprop-lab-microscope.js) sees it, besides its settings
 * and data: the live weights it follows every frame, the numbers the lab measured at them, and whether it
 * trains. The microscope copies the weights only when {@link #revision()} moved, and builds its copy of the
 * network and data again only when {@link #replacement()} moved.
 */
public interface MicroscopeHost extends FeatureHost {
    /** A number that changes whenever the lab's network or its training data is a new one (new settings, reset, a link's weights, a point added). */
    double replacement();

    /** The lab's weights and biases as they are now (a copy the lab refills on the next call: read it at once). */
    Float64Array parameters();

    /** Steps taken since the weights were last initialised ({@code LabSession.iterationCount()}). */
    double iteration();

    /** J on the training set at the current weights, as the lab measured it. */
    double trainCost();

    /** The trainer's α at this iteration (with a schedule, α(t)). */
    double learningRate();

    boolean playing();

    /** Whether "Your turn" waits for an answer: the microscope hides this iteration's numbers meanwhile. */
    boolean answerPending();
}
