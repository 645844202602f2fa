package org.backproplab.viz;

import org.backproplab.core.Backprop;

/**
 * The function a one-input network computes, sampled for drawing over the 1-D regression data (sine,
 * linear): {@code count} evenly spaced x from xMin to xMax (both ends included) and the first output at
 * each, or one neuron's output ({@link #sampleNeuron}). Reuses a one-element input array; neither allocates.
 */
public final class FunctionCurve {
    private final double[] input = new double[1];

    /**
     * Writes xs[k] = xMin + k·(xMax − xMin)/(count − 1) (just xMin when count = 1) and ys[k] = the
     * network's output 0 at xs[k], for k &lt; count.
     *
     * @param backprop for a network with exactly one input
     */
    public void sample(Backprop backprop, double[] parameters, double xMin, double xMax, int count, double[] xs,
            double[] ys) {
        sampleNeuron(backprop, parameters, backprop.shape().layerCount() - 1, 0, xMin, xMax, count, xs, ys);
    }

    /**
     * As {@link #sample}, with ys[k] the output (activation) of neuron {@code neuron} of layer {@code layer} at
     * xs[k] instead of the network's: what one neuron computes as a function of x (layer 0: x itself).
     */
    public void sampleNeuron(Backprop backprop, double[] parameters, int layer, int neuron, double xMin, double xMax,
            int count, double[] xs, double[] ys) {
        if (backprop.shape().inputSize() != 1) {
            throw new IllegalArgumentException("a function curve needs a network with 1 input, but it has "
                    + backprop.shape().inputSize());
        }
        // a neuron outside the network would otherwise surface as an index out of bounds mid-curve
        if (layer < 0 || layer >= backprop.shape().layerCount() || neuron < 0 || neuron >= backprop.shape().size(layer)) {
            throw new IllegalArgumentException("the network has no neuron " + neuron + " in layer " + layer);
        }
        for (int k = 0; k < count; k++) {
            double x = count == 1 ? xMin : xMin + k * (xMax - xMin) / (count - 1);
            input[0] = x;
            backprop.forward(parameters, input, 0);
            xs[k] = x;
            ys[k] = backprop.activation(layer, neuron);
        }
    }
}
