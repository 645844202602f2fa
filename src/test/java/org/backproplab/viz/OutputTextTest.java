package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The output view's words, against sentences written out by hand. */
class OutputTextTest {
    @Test
    void theDescriptionCountsThePointsAndNamesTheClasses() {
        assertEquals("Decision boundary: the network's prediction over the plane x\u2081, x\u2082 from \u22126 to 6 as "
                + "background colour (orange class 0, blue class 1), with 200 training points (filled) and 200 test "
                + "points (hollow rings). Click to add a point.", OutputText.description(true, 2, 200, 200));
        assertTrue(OutputText.description(true, 3, 1, 2).contains("(orange class 0, blue class 1, green class 2)"));
        assertEquals("The function the network computes (blue curve) against x, over 30 training points (filled) and "
                + "10 test points (hollow); orange segments are the errors. Click to add a point.",
                OutputText.description(false, 0, 30, 10));
    }

    @Test
    void theHoverSaysWhichClassTheNetworkPredicts() {
        assertEquals("x\u2081 = 0.5, x\u2082 = \u22121\nP(blue) = 0.75: the network says blue",
                OutputText.classHover(0.5, -1, new double[] {0.75}, 1));
        assertEquals("x\u2081 = 0, x\u2082 = 0\nP(blue) = 0.25: the network says orange",
                OutputText.classHover(0, 0, new double[] {0.25}, 1));
        assertTrue(OutputText.classHover(0, 0, new double[] {Double.NaN}, 1).endsWith(": the network says nothing"));
        assertEquals("x\u2081 = 1, x\u2082 = 2\nthe network says green (P = 0.5)",
                OutputText.classHover(1, 2, new double[] {0.2, 0.3, 0.5}, 3));
    }

    @Test
    void theRegressionHoverGivesThePrediction() {
        assertEquals("x = 1.5\nprediction = 0.123", OutputText.regressionHover(1.5, 0.123456));
    }
}
