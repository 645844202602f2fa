package org.backproplab.ui.host;

import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The lab as a feature in a bundle of its own sees it (js/backprop-lab-ratelab.js, …). Two TeaVM bundles share
 * no Java objects, so everything crosses as text and numbers: the settings as the URL writes them
 * ({@link org.backproplab.state.StateCodec}), the data as arrays of numbers. The feature's side turns this back into a
 * {@link LabHost} ({@link RemoteHost}); the main lab implements it.
 */
public interface FeatureHost extends JSObject {
    /** The lab's element; the feature finds its panel in it by data-role. */
    HTMLElement root();

    /** The lab's settings, as {@code StateCodec.encode} writes them (the same text object while they stay). */
    String settings();

    /** Applies settings written by {@code StateCodec.encode}. */
    void change(String settings);

    /** A number that changes whenever the lab's data or network is replaced ({@code LabSession.revision()}). */
    double revision();

    /** Whether the data came from a click or a CSV rather than from the settings. */
    boolean customData();

    /** The lab's data values in the order of {@code Dataset.inputsView()}/{@code targetsView()}: training or test data, inputs or targets. */
    double[] dataValues(boolean test, boolean targets);

    void setPlaying(boolean play);

    /** Turns the phase stepper on or off. */
    void setStepping(boolean on);

    /** Shows a failure of the feature the way the lab shows its own (the lab pauses). */
    void failed(String message);
}
