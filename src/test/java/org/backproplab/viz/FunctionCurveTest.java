package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

/** One neuron's curve over x, against the closed form h = tanh(w·x + b) of a 1-2-1 network set by hand. */
class FunctionCurveTest {
    private static final Shape SHAPE = Shape.of(new int[] {1, 2, 1}, Activation.TANH, Activation.LINEAR);

    private static double[] parameters() {
        double[] p = new double[SHAPE.parameterCount()];
        p[SHAPE.weightIndex(0, 0, 0)] = 0.5;
        p[SHAPE.biasIndex(0, 0)] = -0.25;
        p[SHAPE.weightIndex(0, 1, 0)] = -1.5;
        p[SHAPE.biasIndex(0, 1)] = 0.75;
        p[SHAPE.weightIndex(1, 0, 0)] = 2;
        p[SHAPE.weightIndex(1, 0, 1)] = -3;
        p[SHAPE.biasIndex(1, 0)] = 0.125;
        return p;
    }

    @Test
    void aHiddenNeuronsCurveIsItsActivationOverX() {
        double[] xs = new double[5];
        double[] ys = new double[5];
        new FunctionCurve().sampleNeuron(new Backprop(SHAPE), parameters(), 1, 1, -2, 2, 5, xs, ys);
        assertArrayEquals(new double[] {-2, -1, 0, 1, 2}, xs);
        for (int k = 0; k < 5; k++) {
            assertEquals(Math.tanh(-1.5 * xs[k] + 0.75), ys[k], 1e-15, "h₂⁽¹⁾ at x = " + xs[k]);
        }
    }

    @Test
    void theOutputNeuronsCurveIsThePredictionAndTheInputsIsXItself() {
        double[] xs = new double[3];
        double[] neuron = new double[3];
        double[] prediction = new double[3];
        Backprop backprop = new Backprop(SHAPE);
        FunctionCurve curve = new FunctionCurve();
        curve.sampleNeuron(backprop, parameters(), 2, 0, -1, 3, 3, xs, neuron);
        curve.sample(backprop, parameters(), -1, 3, 3, xs, prediction);
        for (int k = 0; k < 3; k++) {
            double x = xs[k];
            assertEquals(2 * Math.tanh(0.5 * x - 0.25) - 3 * Math.tanh(-1.5 * x + 0.75) + 0.125, neuron[k], 1e-14);
        }
        assertArrayEquals(prediction, neuron);
        curve.sampleNeuron(backprop, parameters(), 0, 0, -1, 3, 3, xs, neuron);
        assertArrayEquals(new double[] {-1, 1, 3}, neuron);
    }

    @Test
    void aNeuronOutsideTheNetworkIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FunctionCurve()
                .sampleNeuron(new Backprop(SHAPE), parameters(), 1, 2, -1, 1, 3, new double[3], new double[3]));
        assertEquals("the network has no neuron 2 in layer 1", e.getMessage());
    }
}
