package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.core.Activation;
import org.backproplab.core.Feature;
import org.backproplab.core.Features;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

/** The network diagram's words, against sentences written out by hand for small networks. */
class NetworkTextTest {
    private static final Shape POINTS = Shape.of(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.SIGMOID);
    private static final Shape CURVE = Shape.of(new int[] {1, 1, 1}, Activation.RELU, Activation.LINEAR);
    private static final Shape THREE_CLASSES = Shape.of(new int[] {2, 3, 3}, Activation.TANH, Activation.SOFTMAX);

    @Test
    void sizesListEveryLayerInputsFirst() {
        assertEquals("2-4-2-1", NetworkText.sizes(POINTS));
        assertEquals("1-1-1", NetworkText.sizes(CURVE));
    }

    @Test
    void theDescriptionNamesInputsLayersAndOutputs() {
        assertEquals("Network diagram: 2 inputs (x\u2081, x\u2082), 2 hidden layers of 4 and 2 neurons (tanh), "
                + "1 output (sigmoid). Lines are weights: blue positive, orange negative, thicker for larger size. "
                + "Each neuron shows its output over the input plane.", NetworkText.description(POINTS));
        assertEquals("Network diagram: 1 input (x), 1 hidden layer of 1 neuron (relu), 1 output (linear). "
                + "Lines are weights: blue positive, orange negative, thicker for larger size. "
                + "Each neuron shows its output as a curve against x.", NetworkText.description(CURVE));
        Shape deep = Shape.of(new int[] {2, 3, 4, 5, 3}, Activation.RELU, Activation.SOFTMAX);
        assertEquals("Network diagram: 2 inputs (x\u2081, x\u2082), 3 hidden layers of 3, 4 and 5 neurons (relu), "
                + "3 outputs (softmax). Lines are weights: blue positive, orange negative, thicker for larger size. "
                + "Each neuron shows its output over the input plane.", NetworkText.description(deep));
    }

    @Test
    void neuronsAreNamedByLayerAndPlaceCountedFromOne() {
        assertEquals("input x\u2082", NetworkText.neuronName(POINTS, 0, 1));
        assertEquals("input x", NetworkText.neuronName(CURVE, 0, 0));
        assertEquals("h\u2083\u207d\u00b9\u207e, neuron 3 of hidden layer 1", NetworkText.neuronName(POINTS, 1, 2));
        assertEquals("the output \u0177", NetworkText.neuronName(POINTS, 3, 0));
        assertEquals("output \u0177\u2082", NetworkText.neuronName(THREE_CLASSES, 2, 1));
    }

    @Test
    void anInputSaysWhatItStandsFor() {
        assertEquals("input x\u2081\nthe point's horizontal coordinate", NetworkText.inputTooltip(POINTS, 0));
        assertEquals("input x\u2082\nthe point's vertical coordinate", NetworkText.inputTooltip(POINTS, 1));
        assertEquals("input x\nthe value the network gets", NetworkText.inputTooltip(CURVE, 0));
    }

    @Test
    void aNeuronShowsItsBiasAndItsGradientOnceTrainingHasStepped() {
        // b₁⁽²⁾: the bias of neuron 1 of layer 2 (hidden layer 2 here), named as in docs/notation.md
        assertEquals("h\u2081\u207d\u00b2\u207e, neuron 1 of hidden layer 2 \u00b7 tanh\nbias b\u2081\u207d\u00b2\u207e = 0.25\n"
                + "\u2202J/\u2202b\u2081\u207d\u00b2\u207e: after the first step",
                NetworkText.neuronTooltip(POINTS, 2, 0, 0.25, null, 0, false));
        assertEquals("h\u2081\u207d\u00b2\u207e, neuron 1 of hidden layer 2 \u00b7 tanh\nbias b\u2081\u207d\u00b2\u207e = \u22121.5\n"
                + "\u2202J/\u2202b\u2081\u207d\u00b2\u207e = 0.125 (last step)",
                NetworkText.neuronTooltip(POINTS, 2, 0, -1.5, null, 0.125, true));
        assertEquals("output \u0177\u2083 (probability of class 2) \u00b7 softmax\nbias b\u2083\u207d\u00b2\u207e = 0\nphase",
                NetworkText.neuronTooltip(THREE_CLASSES, 2, 2, 0, "\nphase", 0.125, true));
    }

    @Test
    void aWeightShowsWhereItRunsAndHowToSelectIt() {
        // W[1][1][3]: from neuron 4 of hidden layer 1 to neuron 2 of hidden layer 2; W1 starts after 12 + 4
        int index = POINTS.weightIndex(1, 1, 3);
        // w₂,₄⁽²⁾: to neuron 2 of layer 2, from neuron 4 of layer 1
        assertEquals("weight w\u2082,\u2084\u207d\u00b2\u207e = 0.5\nfrom h\u2084\u207d\u00b9\u207e, neuron 4 of hidden layer 1\n"
                + "to h\u2082\u207d\u00b2\u207e, neuron 2 of hidden layer 2\n"
                + "\u2202J/\u2202w\u2082,\u2084\u207d\u00b2\u207e = \u22120.01 (last step)\nclick to select this weight and type a new value (shift-click: a second one)",
                NetworkText.weightTooltip(POINTS, index, 0.5, null, -0.01, true));
        assertEquals("weight w\u2081,\u2081\u207d\u00b9\u207e = 2\nfrom input x\u2081\nto h\u2081\u207d\u00b9\u207e, neuron 1 of hidden layer 1\nW",
                NetworkText.weightTooltip(POINTS, 0, 2, "\nW", 0, false));
    }

    private static final Shape SQUARES = new Shape(Features.of(Feature.X1SQ, Feature.X2SQ, Feature.SINX2),
            new int[] {3, 2, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID});

    @Test
    void featureInputsAreLabelledWithTheirFeatureNotTheRawCoordinate() {
        // written out by hand: x₁², x₂², sin x₂ (in=x1sq,x2sq,sinx2)
        assertEquals("x\u2081\u00b2", NetworkText.inputName(SQUARES, 0));
        assertEquals("x\u2082\u00b2", NetworkText.inputName(SQUARES, 1));
        assertEquals("sin x\u2082", NetworkText.inputName(SQUARES, 2));
        assertEquals("input x\u2082\u00b2\ncomputed from x\u2081 and x\u2082",
                NetworkText.inputTooltip(SQUARES, 1));
        assertEquals("Network diagram: 3 inputs (x\u2081\u00b2, x\u2082\u00b2, sin x\u2082), 1 hidden layer of 2 neurons "
                + "(tanh), 1 output (sigmoid). Lines are weights: blue positive, orange negative, thicker for larger "
                + "size. Each neuron shows its output over the input plane.", NetworkText.description(SQUARES));
    }

    @Test
    void aRawCoordinateChosenAmongFeaturesKeepsItsMeaning() {
        Shape swapped = new Shape(Features.of(Feature.X2, Feature.X1X2), new int[] {2, 1},
                new Activation[] {Activation.SIGMOID});
        assertEquals("input x\u2082\nthe point's vertical coordinate", NetworkText.inputTooltip(swapped, 0));
        assertEquals("x\u2081x\u2082", NetworkText.inputName(swapped, 1));
    }
}
