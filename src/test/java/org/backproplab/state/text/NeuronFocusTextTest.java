package org.backproplab.state.text;

import org.backproplab.state.AppState;
import org.backproplab.state.StateCodec;
import org.backproplab.state.text.NeuronFocusText;
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
}
