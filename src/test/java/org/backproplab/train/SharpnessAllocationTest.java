package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.backproplab.core.Activation;
import org.backproplab.core.HessianVector;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * A Hessian-vector product and a few Lanczos steps allocate nothing once set up: the browser advances the
 * sharpness meter every frame. Measured with the JVM's per-thread allocation counter, as in {@link ZeroAllocationTest}.
 */
class SharpnessAllocationTest {
    @Test
    void productsAndMeterStepsAllocateNothing() {
        Dataset data = TestData.xorLike(100, 5);
        Network network = Network.initialized(Shape.of(new int[] {2, 8, 8, 1}, Activation.TANH, Activation.SIGMOID),
                Loss.BINARY_CROSS_ENTROPY, new Regularization(Regularization.Type.L2, 1e-3), Initializer.XAVIER, 3);
        HessianVector hessian = new HessianVector(network.shape());
        int n = network.shape().parameterCount();
        double[] v = new double[n];
        double[] hv = new double[n];
        v[3] = 1;
        SharpnessMeter meter = new SharpnessMeter(network, data, 1);
        double[] eigenvector = new double[n];
        for (int warm = 0; warm < 300; warm++) {
            hessian.multiply(network, data.inputsView(), data.targetsView(), null, 0, data.count(), v, hv);
            meter.restart();
            meter.advance(60);
        }
        int[] products = {0};
        long allocated = AllocatedBytes.leastOf(() -> {
            for (int frame = 0; frame < 200; frame++) {
                hessian.multiply(network, data.inputsView(), data.targetsView(), null, 0, data.count(), v, hv);
                if (frame % 20 == 0) {
                    meter.restart();
                }
                products[0] += meter.advance(3);
            }
        });
        assertEquals(0, allocated, "bytes allocated by 200 products and 200 meter frames");
        assertTrue(products[0] > 0, "the meter made no products to measure");
    }
}
