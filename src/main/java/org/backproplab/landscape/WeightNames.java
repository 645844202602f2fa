package org.backproplab.landscape;

import org.backproplab.core.Notation;
import org.backproplab.core.Shape;

/**
 * Which weight the microscope looks at first. Its names come from {@link Notation} directly.
 */
public final class WeightNames {
    private WeightNames() {
    }

    /** The flat index of the first weight into the first output neuron, W[L−1][0][0]: the default to look at. */
    public static int firstOutputWeight(Shape shape) {
        return shape.weightIndex(shape.layerCount() - 2, 0, 0);
    }
}
