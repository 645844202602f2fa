package org.backproplab.state.text;

import org.backproplab.state.AppState;
import org.backproplab.state.StateCodec;
import org.backproplab.state.text.NeuronFocusText;
import org.backproplab.state.text.OutputLegendText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

class NeuronFocusTextTest {
    private static Shape shape(String link) {
        return StateCodec.decode(link, AppState.defaults()).state().shape();
    }

    @Test
    void aHiddenNeuronIsNamedByItsSymbolAndItsPlace() {
        assertEquals("Showing h\u2082\u207d\u00b9\u207e, neuron 2 of hidden layer 1, over the plane; move away to see \u0177 again.",
                NeuronFocusText.caption(shape("data=circle&hidden=4,2"), 1, 1));
    }

    @Test
    void anInputIsNamedByItsFeatureAndTheOutputAsTheOutput() {
        Shape squares = shape("data=circle&hidden=&in=x1sq,x2sq");
        assertEquals("Showing x\u2082\u00b2, input 2, over the plane; move away to see \u0177 again.",
                NeuronFocusText.caption(squares, 0, 1));
        assertEquals("Showing the output \u0177, over the plane; move away to see \u0177 again.",
                NeuronFocusText.caption(squares, 1, 0));
    }

    @Test
    void aCurvesNeuronIsShownOverX() {
        Shape sine = shape("data=sine&hidden=3");
        assertEquals("Showing h\u2083\u207d\u00b9\u207e, neuron 3 of hidden layer 1, over x; move away to see \u0177 again.",
                NeuronFocusText.caption(sine, 1, 2));
        assertEquals("Showing the input x, over x; move away to see \u0177 again.", NeuronFocusText.caption(sine, 0, 0));
    }

    @Test
    void theLegendNamesTheNeuronShownNotThePrediction() {
        Shape sine = shape("data=sine&hidden=3");
        assertEquals("prediction", NeuronFocusText.legendName(sine, -1, 0));
        assertEquals("h\u2083\u207d\u00b9\u207e", NeuronFocusText.legendName(sine, 1, 2));
        Shape circle = shape("data=circle&hidden=4,2");
        assertEquals("background: the network's prediction", NeuronFocusText.backgroundNote(circle, -1, 0));
        assertEquals("background: h\u2082\u207d\u00b2\u207e", NeuronFocusText.backgroundNote(circle, 2, 1));
        Shape squares = shape("data=circle&hidden=&in=x1sq,x2sq");
        assertEquals("background: x\u2082\u00b2", NeuronFocusText.backgroundNote(squares, 0, 1));
    }

    @Test
    void theColourBarWhileANeuronShowsFollowsHowNeuronRastersColoursIt() {
        // viz.NeuronRasters: sigmoid 0…1 and tanh −1…1 as they are; anything else scaled by its largest size
        Shape tanh = shape("data=circle&hidden=4,2");
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new String[] {"h\u2082\u207d\u00b9\u207e = \u22121", "0", "1"},
                OutputLegendText.neuronBarLabels(tanh, 1, 1));
        Shape sigmoid = shape("data=circle&hidden=3&act=sigmoid");
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new String[] {"h\u2081\u207d\u00b9\u207e = 0", "0.5", "1"},
                OutputLegendText.neuronBarLabels(sigmoid, 1, 0));
        Shape relu = shape("data=circle&hidden=3&act=relu");
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new String[] {"x\u2081 < 0", "0", "> 0"}, OutputLegendText.neuronBarLabels(relu, 0, 0));
        assertEquals("background: h\u2083\u207d\u00b9\u207e scaled to its largest size on the plane, orange below 0, "
                + "grey at 0, blue above", OutputLegendText.neuronDescription(relu, 1, 2));
        Shape three = shape("data=gauss3");
        assertEquals(null, OutputLegendText.neuronBarLabels(three, three.layerCount() - 1, 2));
        assertEquals("\u0177 = 0", OutputLegendText.neuronBarLabels(sigmoid, 2, 0)[0], "one sigmoid output is ŷ itself");
    }
}
