package org.backproplab.state.text;

import org.backproplab.state.text.OutputLegendText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputLegendTextTest {
    @Test
    void twoClassesReadFromOrangeAtZeroToBlueAtOne() {
        assertArrayEquals(new String[] {"\u0177 = 0", "0.5", "\u0177 = 1"}, OutputLegendText.barLabels(2));
        assertTrue(OutputLegendText.description(2, false).contains("0 (orange)"));
    }

    @Test
    void discretizingThresholdsAtOneHalfAndKeepsNaN() {
        assertEquals(0.0, OutputLegendText.shown(0.4999, true));
        assertEquals(1.0, OutputLegendText.shown(0.5, true));
        assertEquals(0.73, OutputLegendText.shown(0.73, false));
        assertTrue(Double.isNaN(OutputLegendText.shown(Double.NaN, true)));
    }

    @Test
    void threeClassesBecomeOneHotAtTheLargestOutput() {
        double[] outputs = {0.2, 0.5, 0.3, 0.6, 0.1, 0.3, 0.1, 0.1, 0.8};
        double[] into = new double[9];
        OutputLegendText.discretize(outputs, 3, into);
        assertArrayEquals(new double[] {0, 1, 0, 1, 0, 0, 0, 0, 1}, into);
        double[] one = new double[2];
        OutputLegendText.discretize(new double[] {0.2, 0.9}, 1, one);
        assertArrayEquals(new double[] {0, 1}, one);
    }
}
