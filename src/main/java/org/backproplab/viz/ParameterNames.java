package org.backproplab.viz;

import org.backproplab.core.Notation;
import org.backproplab.core.Shape;

/**
 * Each weight and bias by where it starts and ends, for the table view of the network (the text
 * alternative to its picture), in the one {@link Notation}: the short forms are its symbols ("x₂",
 * "h₃⁽¹⁾", "ŷ", "bias"), the long ones what a screen reader says ("x₂", "hidden layer 1, neuron 3",
 * "the output ŷ").
 */
public final class ParameterNames {
    private ParameterNames() {
    }

    /** {@link Notation#fromWords}: "x₁", "hidden layer 1, neuron 2", "bias". */
    public static String from(Shape shape, int index) {
        return Notation.UNICODE.fromWords(shape, index);
    }

    /** {@link Notation#toWords}: "hidden layer 2, neuron 1", "the output ŷ", "output ŷ₂". */
    public static String to(Shape shape, int index) {
        return Notation.UNICODE.toWords(shape, index);
    }

    /** {@link Notation#fromNeuron}: "x₁", "h₃⁽¹⁾", "bias". */
    public static String fromShort(Shape shape, int index) {
        return Notation.UNICODE.fromNeuron(shape, index);
    }

    /** {@link Notation#toNeuron}: "h₁⁽²⁾", "ŷ", "ŷ₂". */
    public static String toShort(Shape shape, int index) {
        return Notation.UNICODE.toNeuron(shape, index);
    }
}
