package org.backproplab.state.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeatureLoadTextTest {
    @Test
    void failureSaysWhatWasMissingWhereItBelongsAndHowToRetry() {
        assertEquals("The α lab could not be loaded: the browser could not load file:///x/js/backprop-lab-ratelab.js."
                + " It is the file js/backprop-lab-ratelab.js, which must sit beside js/backprop-lab.js (copy the whole"
                + " js folder with the lab). Press “α lab” to try again.",
                FeatureLoadText.failed("the α lab", "the browser could not load file:///x/js/backprop-lab-ratelab.js",
                        "backprop-lab-ratelab.js", "Press “α lab”"));
    }

    @Test
    void loadingNamesTheFeature() {
        assertEquals("Loading the α lab …", FeatureLoadText.loading("the α lab"));
    }
}
