package org.backproplab.viz;

import org.backproplab.core.Backprop;

/**
 * The function a one-input network computes, sampled for drawing over the 1-D regression data (sine,
 * linear): {@code count} evenly spaced x from xMin to xMax (both ends included) and the first output at
 * each. Reuses a one-element input array; {@link #sample} allocates nothing.
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
        if (backprop.shape().inputSize() != 1) {
            throw new IllegalArgumentException("a function curve needs a network with 1 input, but it has "
                    + backprop.shape().inputSize());
        }
        double[] outputs = backprop.outputs();
        for (int k = 0; k < count; k++) {
            double x = count == 1 ? xMin : xMin + k * (xMax - xMin) / (count - 1);
            input[0] = x;
            backprop.forward(parameters, input, 0);
            xs[k] = x;
            ys[k] = outputs[0];
        }
    }
}
