package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The kernels' kind numbers are the activations' ordinals, which the training loop passes as the kind. */
class ActivationKernelsTest {
    @Test
    void kindsAreTheOrdinals() {
        assertEquals(Activation.LINEAR.ordinal(), ActivationKernels.LINEAR);
        assertEquals(Activation.SIGMOID.ordinal(), ActivationKernels.SIGMOID);
        assertEquals(Activation.TANH.ordinal(), ActivationKernels.TANH);
        assertEquals(Activation.RELU.ordinal(), ActivationKernels.RELU);
        assertEquals(Activation.LEAKY_RELU.ordinal(), ActivationKernels.LEAKY_RELU);
        assertEquals(Activation.SOFTMAX.ordinal(), ActivationKernels.SOFTMAX);
        assertEquals(6, Activation.values().length, "a new activation needs its kind in ActivationKernels");
    }

    @Test
    void eachLayerKernelGivesThePerNeuronValues() {
        double[] z = {-30, -2.5, -0.1, 0, 0.7, 3, 25};
        for (Activation f : Activation.values()) {
            if (!f.isElementwise()) {
                continue;
            }
            double[] a = new double[z.length];
            ActivationKernels.apply(f.ordinal(), z, a, z.length);
            double[] slope = {1, 1, 1, 1, 1, 1, 1};
            ActivationKernels.multiplyByDerivative(f.ordinal(), z, a, slope, z.length);
            for (int k = 0; k < z.length; k++) {
                assertEquals(f.apply(z[k]), a[k], f + " at " + z[k]);
                assertEquals(f.derivative(z[k], a[k]), slope[k], f + "' at " + z[k]);
            }
        }
    }
}
