package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

class EdgeBatchesTest {
    @Test
    void everyWeightIsInOneBatchOfItsColourAndAlmostItsWidth() {
        Shape shape = Shape.of(new int[] {2, 16, 16, 16, 16, 16, 16, 1}, Activation.TANH, Activation.SIGMOID);
        Network network = Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.XAVIER, 3);
        double[] parameters = network.parameters().clone();
        parameters[shape.weightOffset(2) + 5] = Double.NaN;
        parameters[shape.weightOffset(3) + 7] = 0;
        parameters[shape.weightOffset(1) + 1] = 40;
        parameters[shape.weightOffset(1) + 2] = -1e-9;
        EdgeBatches batches = new EdgeBatches(shape);
        batches.group(parameters);
        int[] seen = new int[parameters.length];
        double lastWidth = 0;
        for (int b = 0; b < batches.batchCount(); b++) {
            assertTrue(batches.width(b) >= lastWidth, "thin to thick");
            lastWidth = batches.width(b);
            int previous = -1;
            for (int k = batches.start(b); k < batches.end(b); k++) {
                int index = batches.edge(k);
                assertTrue(shape.isWeight(index), index + " is a weight");
                assertTrue(index > previous, "parameter order within a batch");
                previous = index;
                seen[index]++;
                double weight = parameters[index];
                assertEquals(EdgeStyle.color(weight), batches.color(b), "colour of " + weight);
                assertEquals(EdgeStyle.width(weight), batches.width(b), EdgeBatches.WIDTH_STEP / 2 + 1e-12,
                        "width of " + weight);
            }
        }
        for (int p = 0; p < parameters.length; p++) {
            assertEquals(shape.isWeight(p) ? 1 : 0, seen[p], "parameter " + p);
        }
        assertEquals(1, batches.end(0) - batches.start(0), "one NaN weight");
        assertEquals(1, batches.end(1) - batches.start(1), "one zero weight");
    }

    @Test
    void regroupingFollowsNewWeights() {
        Shape shape = Shape.of(new int[] {2, 2, 1}, Activation.TANH, Activation.SIGMOID);
        double[] parameters = new double[shape.parameterCount()];
        java.util.Arrays.fill(parameters, 1);
        EdgeBatches batches = new EdgeBatches(shape);
        batches.group(parameters);
        java.util.Arrays.fill(parameters, -3);
        batches.group(parameters);
        int last = batches.batchCount() - 2;
        assertEquals(6, batches.end(last) - batches.start(last), "all six weights are the thickest orange");
        assertEquals(EdgeStyle.color(-3), batches.color(last));
    }
}
