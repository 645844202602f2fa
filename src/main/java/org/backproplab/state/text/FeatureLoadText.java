package org.backproplab.state.text;

import org.backproplab.state.Sentence;

/**
 * What a lab says about a feature that loads on first use (the α lab, "Your turn"): while its bundle loads, and
 * why it is not there when the load failed, with what to do about it.
 */
public final class FeatureLoadText {
    private FeatureLoadText() {
    }

    /** Shown while the bundle loads, e.g. "Loading the α lab …". */
    public static String loading(String feature) {
        return "Loading " + feature + " …";
    }

    /**
     * Why {@code feature} is missing: {@code reason} (as the loader gives it), where its {@code file} must be, and
     * that {@code retry} tries again.
     */
    public static String failed(String feature, String reason, String file, String retry) {
        return Sentence.capitalized(feature) + " could not be loaded: " + reason + ". It is the file js/" + file
                + ", which must sit beside js/backprop-lab.js (copy the whole js folder with the lab). " + retry
                + " to try again.";
    }
}
