package org.backproplab.exercise;

import org.backproplab.core.Shape;

/**
 * The notation of exercises and worksheets, the same as the command line's {@code explain}: with one hidden layer
 * the article's i1, h1, o1; otherwise x1, hL_k (neuron k of hidden layer L), y1. Weights are w1, w2, … in the
 * model file's order (W[0] row by row, then W[1], …); the bias of neuron n is b_n, its target t_n.
 */
public final class Names {
    private Names() {
    }

    /** Neuron j (0-based) of layer l: "i1", "h2", "o1" or "x1", "h2_3", "y1". */
    public static String neuron(Shape shape, int l, int j) {
        int last = shape.layerCount() - 1;
        if (shape.layerCount() == 3) {
            return (l == 0 ? "i" : l == 1 ? "h" : "o") + (j + 1);
        }
        if (l == 0) {
            return "x" + (j + 1);
        }
        return l == last ? "y" + (j + 1) : "h" + l + "_" + (j + 1);
    }

    /** The weight into neuron j of layer l from neuron i of layer l − 1: "w5". */
    public static String weight(Shape shape, int l, int j, int i) {
        int number = 1;
        for (int m = 0; m < l - 1; m++) {
            number += shape.size(m) * shape.size(m + 1);
        }
        return "w" + (number + j * shape.size(l - 1) + i);
    }

    /** The bias of neuron j of layer l: "b_h1". */
    public static String bias(Shape shape, int l, int j) {
        return "b_" + neuron(shape, l, j);
    }

    /** The weight (from ≥ 0) or bias (from = −1) into neuron j of layer l. */
    public static String parameter(Shape shape, int l, int j, int from) {
        return from >= 0 ? weight(shape, l, j, from) : bias(shape, l, j);
    }

    /** The name of the parameter at a flat index of the shape. */
    public static String parameter(Shape shape, int index) {
        for (int l = 1; l < shape.layerCount(); l++) {
            for (int j = 0; j < shape.size(l); j++) {
                if (shape.biasIndex(l - 1, j) == index) {
                    return bias(shape, l, j);
                }
                for (int i = 0; i < shape.size(l - 1); i++) {
                    if (shape.weightIndex(l - 1, j, i) == index) {
                        return weight(shape, l, j, i);
                    }
                }
            }
        }
        throw new IndexOutOfBoundsException("parameter " + index + " does not exist; there are " + shape.parameterCount());
    }
}
