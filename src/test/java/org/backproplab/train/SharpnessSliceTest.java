package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.backproplab.core.Activation;
import org.backproplab.core.HessianVector;
import org.backproplab.core.Initializer;
import org.backproplab.core.LargestEigenvalue;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.core.SymmetricOperator;
import org.backproplab.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The sharpness meter's Hessian-vector products made a slice of examples at a time (a frame's share) give the
 * estimate of whole products bit for bit, and H·v summed over example slices is the mean of each example's H·v.
 */
class SharpnessSliceTest {
    private static final Dataset DATA = TestData.xorLike(150, 8);

    /** Large enough that a product over 150 examples is several slices. */
    private static Network network() {
        return Network.initialized(Shape.of(new int[] {2, 16, 16, 16, 1}, Activation.TANH, Activation.SIGMOID),
                Loss.MSE, new Regularization(Regularization.Type.L2, 1e-3), Initializer.XAVIER, 6);
    }

    @Test
    void slicedProductsGiveTheWholeProductsEstimateBitForBit() {
        Network network = network();
        int slice = TrainingSlice.hessianExamples(network.shape());
        assertTrue(slice * 3 < DATA.count(), "slices of " + slice + " of " + DATA.count() + " examples");
        SharpnessMeter whole = new SharpnessMeter(network, DATA, 2);
        SharpnessMeter sliced = new SharpnessMeter(network, DATA, 2);
        int calls = 0;
        for (int products = 1; products <= 12; products++) {
            whole.advance(1);
            while (sliced.products() < products) {
                assertTrue(sliced.advanceSlice() > 0);
                calls++;
            }
            assertEquals(whole.estimate(), sliced.estimate(), 0.0, "after " + products + " products");
            assertEquals(whole.residual(), sliced.residual(), 0.0);
        }
        assertEquals(12 * ((DATA.count() + slice - 1) / slice), calls, "slices per product");
        assertArrayEquals(whole.current().eigenvector(), sliced.current().eigenvector());

        whole.restart();
        sliced.advanceSlice();
        sliced.restart();
        whole.advance(1);
        while (sliced.products() < 1) {
            sliced.advanceSlice();
        }
        assertEquals(whole.estimate(), sliced.estimate(), 0.0, "a restart drops the half-made product");
    }

    @Test
    void theSlicedProductIsTheMeanOfEachExamplesProduct() {
        // independent of the slicing: the Hessian of each example's cost alone (a batch of one) times v, averaged,
        // plus l2's λ·v on the weights
        Network network = network();
        Shape shape = network.shape();
        int n = shape.parameterCount();
        double[] v = new double[n];
        for (int p = 0; p < n; p++) {
            v[p] = Math.sin(0.37 * p + 1);
        }
        HessianVector hessian = new HessianVector(shape);
        Network unregularized = Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.XAVIER, 6);
        double[] expected = new double[n];
        double[] one = new double[n];
        for (int e = 0; e < DATA.count(); e++) {
            hessian.multiply(unregularized, DATA.inputsView(), DATA.targetsView(), null, e, e + 1, v, one);
            for (int p = 0; p < n; p++) {
                expected[p] += one[p] / DATA.count();
            }
        }
        for (int l = 0; l + 1 < shape.layerCount(); l++) {
            for (int p = shape.weightOffset(l); p < shape.weightOffset(l) + shape.size(l) * shape.size(l + 1); p++) {
                expected[p] += 1e-3 * v[p];
            }
        }
        double[] sliced = new double[n];
        int[] cuts = {0, 1, 40, 41, 99, DATA.count()};
        SymmetricOperator operator = operator(network, hessian);
        for (int k = 0; k + 1 < cuts.length; k++) {
            operator.multiplyParts(v, sliced, cuts[k], cuts[k + 1]);
        }
        for (int p = 0; p < n; p++) {
            assertEquals(expected[p], sliced[p], 1e-12 * Math.max(1, Math.abs(expected[p])), "parameter " + p);
        }
        double[] whole = new double[n];
        hessian.multiply(network, DATA.inputsView(), DATA.targetsView(), null, 0, DATA.count(), v, whole);
        assertArrayEquals(whole, sliced, "in parts or at once, the same sums");
    }

    /** The operator the meter builds, reached through a LargestEigenvalue-free path: parts straight on HessianVector. */
    private static SymmetricOperator operator(Network network, HessianVector hessian) {
        return new SymmetricOperator() {
            @Override
            public int size() {
                return network.shape().parameterCount();
            }

            @Override
            public void multiply(double[] vector, double[] result) {
                multiplyParts(vector, result, 0, parts());
            }

            @Override
            public int parts() {
                return DATA.count();
            }

            @Override
            public void multiplyParts(double[] vector, double[] result, int from, int to) {
                if (from == 0) {
                    hessian.beginProduct(result);
                }
                hessian.addExamples(network, DATA.inputsView(), DATA.targetsView(), null, from, to, vector, result);
                if (to == parts()) {
                    hessian.finishProduct(network, parts(), vector, result);
                }
            }
        };
    }

    @Test
    void anOperatorThatIsNotSplitMakesAWholeProductPerPart() {
        double[][] a = {{2, 1}, {1, 3}};
        SymmetricOperator matrix = new SymmetricOperator() {
            @Override
            public int size() {
                return 2;
            }

            @Override
            public void multiply(double[] x, double[] y) {
                y[0] = a[0][0] * x[0] + a[0][1] * x[1];
                y[1] = a[1][0] * x[0] + a[1][1] * x[1];
            }
        };
        LargestEigenvalue lanczos = new LargestEigenvalue(matrix, 1);
        assertEquals(1, lanczos.advanceParts(5));
        assertFalse(lanczos.isProductUnderWay());
        while (!lanczos.isConverged()) {
            lanczos.advanceParts(1);
        }
        // λ_max of [[2, 1], [1, 3]] = (5 + √5)/2
        assertEquals((5 + Math.sqrt(5)) / 2, lanczos.value(), 1e-12);
    }

    @Test
    void slicesAllocateNothing() {
        SharpnessMeter meter = new SharpnessMeter(network(), DATA, 1);
        for (int warm = 0; warm < 2000; warm++) {
            if (warm % 50 == 0) {
                meter.restart();
            }
            meter.advanceSlice();
        }
        int[] examples = {0};
        long allocated = AllocatedBytes.leastOf(() -> {
            for (int frame = 0; frame < 500; frame++) {
                if (frame % 50 == 0) {
                    meter.restart();
                }
                examples[0] += meter.advanceSlice();
            }
        });
        assertEquals(0, allocated, "bytes allocated by 500 slices");
        assertTrue(examples[0] > 0);
    }
}
