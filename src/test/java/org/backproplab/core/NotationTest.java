package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotationTest {
    private final Shape shape = Shape.of(new int[] {2, 3, 2, 1}, Activation.TANH, Activation.SIGMOID);
    private final Notation unicode = Notation.UNICODE;
    private final Notation ascii = Notation.ASCII;

    @Test
    void namesNeuronsByLayerAndIndex() {
        assertEquals("x₁", unicode.neuron(shape, 0, 0));
        assertEquals("h₂⁽¹⁾", unicode.neuron(shape, 1, 1));
        assertEquals("h₁⁽²⁾", unicode.neuron(shape, 2, 0));
        assertEquals("ŷ", unicode.neuron(shape, 3, 0));
        assertEquals("z₂⁽¹⁾", unicode.preActivation(1, 1));
        assertEquals("δ₁⁽³⁾", unicode.delta(3, 0));
        assertEquals("y", unicode.target(1, 0));
        assertEquals("y₂", unicode.target(3, 1));
        assertEquals("ŷ₃", unicode.output(3, 2));
        assertEquals("x", unicode.input(1, 0));
    }

    @Test
    void namesWeightsByTheLayerTheyFeedThenToAndFrom() {
        // W[1][0][1]: from neuron 2 of layer 1 to neuron 1 of layer 2
        assertEquals("w₁,₂⁽²⁾", unicode.weight(1, 0, 1));
        assertEquals("w₁,₂⁽²⁾", unicode.parameter(shape, shape.weightIndex(1, 0, 1)));
        assertEquals("b₁⁽²⁾", unicode.parameter(shape, shape.biasIndex(1, 0)));
        assertEquals("h₂⁽¹⁾ → h₁⁽²⁾", unicode.connection(shape, shape.weightIndex(1, 0, 1)));
        assertEquals("bias of ŷ", unicode.connection(shape, shape.biasIndex(2, 0)));
        assertEquals("w₁,₂⁽²⁾ from h₂⁽¹⁾ to h₁⁽²⁾", unicode.described(shape, shape.weightIndex(1, 0, 1)));
        assertEquals("b₃⁽¹⁾ of h₃⁽¹⁾", unicode.described(shape, shape.biasIndex(0, 2)));
        assertEquals("weights[1][0][1]", Notation.modelFileEntry(shape, shape.weightIndex(1, 0, 1)));
        assertEquals("biases[2][0]", Notation.modelFileEntry(shape, shape.biasIndex(2, 0)));
        assertEquals("hidden layer 1, neuron 2", unicode.fromWords(shape, shape.weightIndex(1, 0, 1)));
        assertEquals("the output ŷ", unicode.toWords(shape, shape.biasIndex(2, 0)));
        assertEquals("bias", unicode.fromNeuron(shape, shape.biasIndex(0, 0)));
    }

    @Test
    void asciiWritesTheSameNamesWithPlainCharacters() {
        assertEquals("x1", ascii.neuron(shape, 0, 0));
        assertEquals("h2^(1)", ascii.neuron(shape, 1, 1));
        assertEquals("yhat", ascii.neuron(shape, 3, 0));
        assertEquals("yhat2", ascii.output(2, 1));
        assertEquals("w1,2^(2)", ascii.weight(1, 0, 1));
        assertEquals("b1^(3)", ascii.bias(2, 0));
        assertEquals("delta1^(3)", ascii.delta(3, 0));
        assertEquals("z2^(1)", ascii.preActivation(1, 1));
        assertEquals("h2^(1) -> h1^(2)", ascii.connection(shape, shape.weightIndex(1, 0, 1)));
        for (int p = 0; p < shape.parameterCount(); p++) {
            String name = ascii.described(shape, p);
            for (int k = 0; k < name.length(); k++) {
                assertEquals(true, name.charAt(k) < 128, name);
            }
        }
    }

    @Test
    void indicesOfTenAndMoreStayReadable() {
        Shape wide = Shape.of(new int[] {12, 11, 1}, Activation.RELU, Activation.LINEAR);
        assertEquals("x₁₂", Notation.UNICODE.neuron(wide, 0, 11));
        assertEquals("w₁₁,₁₂⁽¹⁾", Notation.UNICODE.parameter(wide, wide.weightIndex(0, 10, 11)));
        assertEquals("w1,11^(1)", Notation.ASCII.parameter(wide, wide.weightIndex(0, 0, 10)));
        Set<String> names = new HashSet<>();
        for (int p = 0; p < wide.parameterCount(); p++) {
            names.add(Notation.UNICODE.parameter(wide, p));
        }
        assertEquals(wide.parameterCount(), names.size(), "every parameter has its own name");
        Shape deep = Shape.of(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, Activation.TANH, Activation.LINEAR);
        assertEquals("h₁⁽¹⁰⁾", Notation.UNICODE.neuron(deep, 10, 0));
    }

    @Test
    void namesOutsideTheNetworkAreRefusedWithWhatExists() {
        assertEquals("parameter 20 does not exist; there are 20", assertThrows(IndexOutOfBoundsException.class,
                () -> unicode.parameter(shape, shape.parameterCount())).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> unicode.connection(shape, -1));
        assertEquals("neuron 3 of layer 2 does not exist; it has 2 (0 to 1)",
                assertThrows(IndexOutOfBoundsException.class, () -> unicode.neuron(shape, 2, 3)).getMessage());
        assertEquals("layer 4 does not exist; the layers are 0 to 3",
                assertThrows(IndexOutOfBoundsException.class, () -> unicode.neuron(shape, 4, 0)).getMessage());
    }

    @Test
    void theKeyExplainsTheNamesItUses() {
        assertEquals("h₂⁽¹⁾ is neuron 2 of hidden layer 1; w₁,₂⁽²⁾ is the weight from neuron 2 of layer 1 to neuron 1"
                + " of layer 2, b₁⁽²⁾ the bias of that neuron.", unicode.key());
    }

    @Test
    void featureInputsAreNamedByTheirFeature() {
        Shape shape = new Shape(Features.of(Feature.X1SQ, Feature.X1X2), new int[] {2, 1},
                new Activation[] {Activation.SIGMOID});
        assertEquals("x\u2081\u00b2", Notation.UNICODE.neuron(shape, 0, 0));
        assertEquals("x1sq", Notation.ASCII.neuron(shape, 0, 0));
        assertEquals("x1x2", Notation.ASCII.neuron(shape, 0, 1));
    }
}
