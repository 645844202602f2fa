package org.backproplab.landscape;

import org.backproplab.core.Notation;
import org.backproplab.core.Shape;

/**
 * The microscope's names of a neuron and a parameter, in the one {@link Notation} (x₁, h₂⁽¹⁾, ŷ;
 * "w₁,₂⁽²⁾ from h₂⁽¹⁾ to ŷ"), and which weight it looks at first.
 */
public final class WeightNames {
    private WeightNames() {
    }

    /** {@link Notation#neuron}: "x₁", "h₂⁽¹⁾", "ŷ". */
    public static String neuron(Shape shape, int layer, int neuron) {
        return Notation.UNICODE.neuron(shape, layer, neuron);
    }

    /** {@link Notation#described}: "w₁,₂⁽²⁾ from h₂⁽¹⁾ to ŷ" or "b₂⁽¹⁾ of h₂⁽¹⁾". */
    public static String parameter(Shape shape, int index) {
        return Notation.UNICODE.described(shape, index);
    }

    /** The flat index of the first weight into the first output neuron, W[L−1][0][0]: the default to look at. */
    public static int firstOutputWeight(Shape shape) {
        return shape.weightIndex(shape.layerCount() - 2, 0, 0);
    }
}
