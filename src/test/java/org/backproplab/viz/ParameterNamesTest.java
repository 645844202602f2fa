package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.backproplab.core.Activation;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

class ParameterNamesTest {
    private final Shape shape = Shape.of(new int[] {2, 3, 2}, Activation.TANH, Activation.SOFTMAX);

    @Test
    void namesEveryWeightAndBiasByWhereItStartsAndEnds() {
        int w = shape.weightIndex(0, 2, 1);  // x₂ → hidden neuron 3
        assertEquals("x₂", ParameterNames.from(shape, w));
        assertEquals("hidden layer 1, neuron 3", ParameterNames.to(shape, w));
        int v = shape.weightIndex(1, 1, 0);  // hidden neuron 1 → output 2
        assertEquals("hidden layer 1, neuron 1", ParameterNames.from(shape, v));
        assertEquals("output ŷ₂", ParameterNames.to(shape, v));
        int b = shape.biasIndex(0, 1);
        assertEquals("bias", ParameterNames.from(shape, b));
        assertEquals("hidden layer 1, neuron 2", ParameterNames.to(shape, b));
        assertEquals("the output ŷ", ParameterNames.to(Shape.of(new int[] {2, 1}, Activation.TANH, Activation.LINEAR), 2));
        assertEquals("h₁⁽¹⁾", ParameterNames.fromShort(shape, v));
        assertEquals("ŷ₂", ParameterNames.toShort(shape, v));
        assertEquals("h₃⁽¹⁾", ParameterNames.toShort(shape, w));
        assertEquals("x₂", ParameterNames.fromShort(shape, w));
        assertEquals("bias", ParameterNames.fromShort(shape, b));
    }

    @Test
    void oneInputIsXAndOneOutputIsYHat() {
        Shape curve = Shape.of(new int[] {1, 4, 1}, Activation.RELU, Activation.LINEAR);
        assertEquals("x", ParameterNames.from(curve, curve.weightIndex(0, 3, 0)));
        assertEquals("the output ŷ", ParameterNames.to(curve, curve.biasIndex(1, 0)));
        assertEquals("ŷ", ParameterNames.toShort(curve, curve.biasIndex(1, 0)));
    }

    @Test
    void everyIndexHasANameAndNoOtherDoes() {
        for (int p = 0; p < shape.parameterCount(); p++) {
            ParameterNames.from(shape, p);
            ParameterNames.to(shape, p);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> ParameterNames.from(shape, shape.parameterCount()));
        assertThrows(IndexOutOfBoundsException.class, () -> ParameterNames.to(shape, -1));
    }
}
