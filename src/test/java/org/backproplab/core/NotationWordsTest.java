package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NotationWordsTest {
    private final Shape shape = Shape.of(new int[] {2, 3, 2}, Activation.TANH, Activation.SOFTMAX);

    @Test
    void namesEveryWeightAndBiasByWhereItStartsAndEnds() {
        int w = shape.weightIndex(0, 2, 1);  // x₂ → hidden neuron 3
        assertEquals("x₂", Notation.UNICODE.fromWords(shape, w));
        assertEquals("hidden layer 1, neuron 3", Notation.UNICODE.toWords(shape, w));
        int v = shape.weightIndex(1, 1, 0);  // hidden neuron 1 → output 2
        assertEquals("hidden layer 1, neuron 1", Notation.UNICODE.fromWords(shape, v));
        assertEquals("output ŷ₂", Notation.UNICODE.toWords(shape, v));
        int b = shape.biasIndex(0, 1);
        assertEquals("bias", Notation.UNICODE.fromWords(shape, b));
        assertEquals("hidden layer 1, neuron 2", Notation.UNICODE.toWords(shape, b));
        assertEquals("the output ŷ", Notation.UNICODE.toWords(Shape.of(new int[] {2, 1}, Activation.TANH, Activation.LINEAR), 2));
        assertEquals("h₁⁽¹⁾", Notation.UNICODE.fromNeuron(shape, v));
        assertEquals("ŷ₂", Notation.UNICODE.toNeuron(shape, v));
        assertEquals("h₃⁽¹⁾", Notation.UNICODE.toNeuron(shape, w));
        assertEquals("x₂", Notation.UNICODE.fromNeuron(shape, w));
        assertEquals("bias", Notation.UNICODE.fromNeuron(shape, b));
    }

    @Test
    void oneInputIsXAndOneOutputIsYHat() {
        Shape curve = Shape.of(new int[] {1, 4, 1}, Activation.RELU, Activation.LINEAR);
        assertEquals("x", Notation.UNICODE.fromWords(curve, curve.weightIndex(0, 3, 0)));
        assertEquals("the output ŷ", Notation.UNICODE.toWords(curve, curve.biasIndex(1, 0)));
        assertEquals("ŷ", Notation.UNICODE.toNeuron(curve, curve.biasIndex(1, 0)));
    }

    @Test
    void everyIndexHasANameAndNoOtherDoes() {
        for (int p = 0; p < shape.parameterCount(); p++) {
            Notation.UNICODE.fromWords(shape, p);
            Notation.UNICODE.toWords(shape, p);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> Notation.UNICODE.fromWords(shape, shape.parameterCount()));
        assertThrows(IndexOutOfBoundsException.class, () -> Notation.UNICODE.toWords(shape, -1));
    }
}
