package org.backproplab.state.network;

import org.backproplab.core.Feature;
import org.backproplab.core.Features;

/**
 * The feature inputs a student can switch on and off in the network's input column: which are offered
 * for the data (x for curves; x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂ for the plane), which are on, and the
 * inputs after a toggle, kept in the one order links and model files use. The last input cannot be
 * switched off: a network needs at least one.
 */
public final class InputChoices {
    /** Why the last input stays on; the chip's title while it is the only one. */
    public static final String LAST_INPUT = "the network needs at least one input";

    private InputChoices() {
    }

    /** The features offered for data with {@code rawInputs} raw inputs (none for more than two columns). */
    public static Feature[] offered(int rawInputs) {
        int count = 0;
        for (Feature feature : Feature.values()) {
            count += feature.rawInputs() == rawInputs ? 1 : 0;
        }
        Feature[] offered = new Feature[count];
        int k = 0;
        for (Feature feature : Feature.values()) {
            if (feature.rawInputs() == rawInputs) {
                offered[k++] = feature;
            }
        }
        return offered;
    }

    /** Whether {@code feature} is one of the network's inputs. */
    public static boolean isOn(Features inputs, Feature feature) {
        if (!inputs.hasTokens()) {
            return false;
        }
        for (int k = 0; k < inputs.count(); k++) {
            if (inputs.feature(k) == feature) {
                return true;
            }
        }
        return false;
    }

    /** Whether pressing the chip of {@code feature} would leave the network without inputs. */
    public static boolean isLastOn(Features inputs, Feature feature) {
        return inputs.count() == 1 && isOn(inputs, feature);
    }

    /**
     * The inputs with {@code feature} switched (on becomes off and back), in the order of {@link Feature};
     * null when it is the last input on.
     */
    public static Features toggled(Features inputs, Feature feature) {
        if (isLastOn(inputs, feature)) {
            return null;
        }
        boolean on = isOn(inputs, feature);
        Feature[] next = new Feature[inputs.count() + (on ? -1 : 1)];
        int k = 0;
        for (Feature candidate : Feature.values()) {
            boolean keep = candidate == feature ? !on : isOn(inputs, candidate);
            if (keep) {
                next[k++] = candidate;
            }
        }
        return Features.of(next);
    }

    /** The chip's accessible name, e.g. "input x₁²" (its pressed state says whether it is used). */
    public static String chipName(Feature feature) {
        return "input " + feature.symbol();
    }
}
