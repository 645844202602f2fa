package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Features;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

class BatchForwardTest {
    /** Every activation, softmax included, on a deep network: the batch gives Backprop.forward's numbers exactly. */
    @Test
    void givesTheSameNumbersAsOneForwardPassPerPointBitForBit() {
        for (Activation hidden : new Activation[] {Activation.TANH, Activation.RELU, Activation.SIGMOID,
                Activation.LEAKY_RELU, Activation.LINEAR}) {
            for (Activation output : new Activation[] {Activation.SIGMOID, Activation.SOFTMAX, Activation.LINEAR}) {
                int outputs = output == Activation.SOFTMAX ? 3 : 1;
                Shape shape = Shape.of(new int[] {2, 16, 7, 16, outputs}, hidden, output);
                Network network = Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.XAVIER, 11);
                Backprop one = new Backprop(shape);
                BatchForward batch = new BatchForward(shape, 37);
                double[] point = new double[2];
                int count = 29;
                for (int k = 0; k < count; k++) {
                    batch.setInput(k, 0, -6 + 0.41 * k);
                    batch.setInput(k, 1, 5 - 0.37 * k);
                }
                batch.run(network.parameters(), count);
                for (int k = 0; k < count; k++) {
                    point[0] = -6 + 0.41 * k;
                    point[1] = 5 - 0.37 * k;
                    one.forward(network.parameters(), point, 0);
                    for (int l = 0; l < shape.layerCount(); l++) {
                        for (int i = 0; i < shape.size(l); i++) {
                            assertEquals(one.activation(l, i), batch.activation(l, i, k),
                                    hidden + "/" + output + " layer " + l + " neuron " + i + " point " + k);
                        }
                    }
                    assertEquals(one.outputs()[0], batch.output(0, k));
                }
            }
        }
    }

    /** Feature inputs (x₁², x₁x₂, sin x₂ …) computed from the raw points, with and without a hidden layer. */
    @Test
    void featureInputsGiveTheSameNumbersAsOneForwardPassPerPoint() {
        Shape[] shapes = {
            new Shape(Features.parse("x1sq,x2sq"), new int[] {2, 1}, new Activation[] {Activation.SIGMOID}),
            new Shape(Features.parse("x2,x1x2,sinx1,sinx2,x1"), new int[] {5, 4, 1},
                    new Activation[] {Activation.RELU, Activation.SIGMOID}),
        };
        for (Shape shape : shapes) {
            Network network = Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.XAVIER, 3);
            Backprop one = new Backprop(shape);
            BatchForward batch = new BatchForward(shape, 20);
            int count = 17;
            for (int k = 0; k < count; k++) {
                batch.setInput(k, 0, -6 + 0.7 * k);
                batch.setInput(k, 1, 4 - 0.53 * k);
            }
            batch.run(network.parameters(), count);
            for (int k = 0; k < count; k++) {
                one.forward(network.parameters(), new double[] {-6 + 0.7 * k, 4 - 0.53 * k}, 0);
                for (int l = 0; l < shape.layerCount(); l++) {
                    for (int i = 0; i < shape.size(l); i++) {
                        assertEquals(one.activation(l, i), batch.activation(l, i, k),
                                shape + " layer " + l + " neuron " + i + " point " + k);
                    }
                }
            }
            double x1 = -6 + 0.7 * 3;
            double x2 = 4 - 0.53 * 3;
            assertEquals(shape == shapes[0] ? x1 * x1 : x2, batch.activation(0, 0, 3), 0, "the first feature itself");
        }
    }

    @Test
    void boundaryRowsMatchTheWholeRaster() {
        Shape shape = Shape.of(new int[] {2, 8, 8, 3}, Activation.TANH, Activation.SOFTMAX);
        Network network = Network.initialized(shape, Loss.CROSS_ENTROPY, Regularization.NONE, Initializer.XAVIER, 5);
        RasterGrid grid = RasterGrid.playground(30);
        BoundaryRaster raster = new BoundaryRaster(grid);
        double[] whole = new double[grid.cellCount() * 3];
        raster.evaluate(new Backprop(shape), network.parameters(), whole);
        double[] banded = new double[whole.length];
        BatchForward batch = raster.newBatch(shape);
        for (int r = 0; r < 30; r += 7) {
            raster.evaluateRows(batch, network.parameters(), r, Math.min(7, 30 - r), banded);
        }
        for (int k = 0; k < whole.length; k++) {
            assertEquals(whole[k], banded[k], "value " + k);
        }
        assertThrows(IllegalArgumentException.class,
                () -> raster.evaluateRows(batch, network.parameters(), 25, 6, banded));
    }

    @Test
    void rejectsABatchLargerThanItsRoom() {
        BatchForward batch = new BatchForward(Shape.of(new int[] {2, 1}, Activation.LINEAR, Activation.LINEAR), 4);
        assertThrows(IllegalArgumentException.class, () -> batch.run(new double[3], 5));
        assertThrows(IllegalArgumentException.class,
                () -> new BatchForward(Shape.of(new int[] {2, 1}, Activation.LINEAR, Activation.LINEAR), 0));
    }
}
