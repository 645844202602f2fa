package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShapeTest {
    static final Activation T = Activation.TANH;

    private static String rejection(int[] sizes, Activation... activations) {
        return assertThrows(IllegalArgumentException.class, () -> new Shape(sizes, activations)).getMessage();
    }

    @Test
    void rejectsSoftmaxBeforeTheOutputLayer() {
        assertEquals("softmax is allowed only on the output layer, but activation 0 (layer 1 of 2) is softmax",
                rejection(new int[] {2, 3, 2}, Activation.SOFTMAX, Activation.SOFTMAX));
    }

    @Test
    void rejectsTheWrongNumberOfActivations() {
        assertEquals("a network with 3 layers needs 2 activations (one per non-input layer), but has 1",
                rejection(new int[] {2, 3, 1}, T));
        assertEquals("a network with 2 layers needs 1 activations (one per non-input layer), but has 2",
                rejection(new int[] {2, 1}, T, T));
    }

    @Test
    void rejectsTooFewOrTooManyLayers() {
        assertEquals("a network needs at least 2 layers (inputs and outputs), but has 1", rejection(new int[] {2}));
        assertEquals("a network needs at least 2 layers (inputs and outputs), but has 0", rejection(null));
        int[] tooMany = new int[Shape.MAX_LAYERS + 1];
        java.util.Arrays.fill(tooMany, 1);
        assertEquals("a network may have at most 64 layers, but has 65", rejection(tooMany));
    }

    @Test
    void rejectsEmptyOrHugeLayers() {
        assertEquals("layer 1 has 0 neurons; allowed: 1 to 1024", rejection(new int[] {2, 0, 1}, T, T));
        assertEquals("layer 0 has 1025 neurons; allowed: 1 to 1024", rejection(new int[] {1025, 1}, T));
    }

    @Test
    void rejectsAMissingActivation() {
        assertEquals("activation 1 is missing; allowed: linear, sigmoid, tanh, relu, leaky_relu, softmax",
                rejection(new int[] {2, 2, 1}, T, null));
    }

    @Test
    void laysOutEachWeightMatrixRowByRowThenItsBiases() {
        // 2-3-1: W[0] is 3×2 (indices 0..5), B[0] 6..8, W[1] is 1×3 (9..11), B[1] 12
        Shape shape = Shape.of(new int[] {2, 3, 1}, T, Activation.SIGMOID);
        assertEquals(2 * 3 + 3 + 3 * 1 + 1, shape.parameterCount());
        assertEquals(1 * 2 + 0, shape.weightIndex(0, 1, 0));
        assertEquals(2 * 2 + 1, shape.weightIndex(0, 2, 1));
        assertEquals(6 + 2, shape.biasIndex(0, 2));
        assertEquals(9, shape.weightOffset(1));
        assertEquals(9 + 2, shape.weightIndex(1, 0, 2));
        assertEquals(12, shape.biasIndex(1, 0));
        assertEquals("w\u2083,\u2082\u207d\u00b9\u207e", shape.parameterName(5)); // w₃,₂⁽¹⁾
        assertEquals("b\u2081\u207d\u00b9\u207e", shape.parameterName(6)); // b₁⁽¹⁾
        assertEquals("b\u2081\u207d\u00b2\u207e", shape.parameterName(12)); // b₁⁽²⁾
        assertTrue(shape.isWeight(11));
        assertFalse(shape.isWeight(8));
        assertEquals("2-3-1 tanh sigmoid", shape.toString());
    }

    @Test
    void activationOfTheInputLayerDoesNotExist() {
        Shape shape = Shape.of(new int[] {2, 3, 1}, T, T);
        assertEquals("layer 0 has no activation; layers with one are 1 to 2",
                assertThrows(IndexOutOfBoundsException.class, () -> shape.activation(0)).getMessage());
        assertEquals("parameter 13 does not exist; there are 13",
                assertThrows(IndexOutOfBoundsException.class, () -> shape.parameterName(13)).getMessage());
    }

    @Test
    void networkRejectsParametersOfTheWrongCountOrNonFinite() {
        Network network = new Network(Shape.of(new int[] {1, 1}, T, T), Loss.MSE, Regularization.NONE);
        assertEquals("the network has 2 parameters, but 3 values were given",
                assertThrows(IllegalArgumentException.class, () -> network.setParameters(new double[3])).getMessage());
        assertEquals("b\u2081\u207d\u00b9\u207e (biases[0][0] in a model file) must be a finite number, but is NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> network.setParameters(new double[] {0.5, Double.NaN})).getMessage());
    }
}
