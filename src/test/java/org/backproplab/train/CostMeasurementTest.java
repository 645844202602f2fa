package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.junit.jupiter.api.Test;

/** J on the training and test sets, in slices or at once: the same numbers, and the mean of the examples' costs. */
class CostMeasurementTest {
    private static final Dataset TRAIN = TestData.xorLike(61, 2);
    private static final Dataset TEST = TestData.xorLike(17, 3);

    private static Network network(Regularization regularization) {
        return Network.initialized(Shape.of(new int[] {2, 5, 1}, Activation.TANH, Activation.SIGMOID), Loss.MSE,
                regularization, Initializer.XAVIER, 4);
    }

    @Test
    void slicedCostsAreTheWholeCostsBitForBitAndTheMeanOfTheExamples() {
        Regularization l2 = new Regularization(Regularization.Type.L2, 0.01);
        Network network = network(l2);
        CostMeasurement whole = new CostMeasurement(network, TRAIN, TEST);
        whole.measureAll();
        for (int slice : new int[] {1, 5, 60, 61, 62, 78, 1000}) {
            CostMeasurement sliced = new CostMeasurement(network, TRAIN, TEST);
            sliced.begin();
            int calls = 1;
            while (!sliced.advance(slice)) {
                calls++;
            }
            assertEquals((78 + slice - 1) / slice, calls, "slices of " + slice);
            assertEquals(whole.trainCost(), sliced.trainCost(), 0.0, "slices of " + slice);
            assertEquals(whole.testCost(), sliced.testCost(), 0.0, "slices of " + slice);
        }
        // independent: each example's cost alone (a batch of one, no penalty), averaged, plus (λ/2)·Σw²
        Network plain = network(Regularization.NONE);
        Backprop backprop = new Backprop(plain.shape());
        double[] gradient = new double[plain.shape().parameterCount()];
        double train = 0;
        for (int e = 0; e < TRAIN.count(); e++) {
            train += backprop.costAndGradient(plain, TRAIN.inputsView(), TRAIN.targetsView(), null, e, e + 1, gradient);
        }
        double penalty = 0;
        Shape shape = network.shape();
        for (int l = 0; l + 1 < shape.layerCount(); l++) {
            for (int p = shape.weightOffset(l); p < shape.weightOffset(l) + shape.size(l) * shape.size(l + 1); p++) {
                penalty += 0.01 / 2 * network.parameters()[p] * network.parameters()[p];
            }
        }
        assertEquals(train / TRAIN.count() + penalty, whole.trainCost(), 1e-14);
    }

    @Test
    void noTestSetHasNoTestCostAndNothingUnderWayIsComplete() {
        Dataset none = new Dataset(2, 1, new double[0], new double[0]);
        CostMeasurement costs = new CostMeasurement(network(Regularization.NONE), TRAIN, none);
        assertTrue(costs.advance(1), "nothing under way");
        assertTrue(Double.isNaN(costs.trainCost()), "no measurement yet");
        costs.begin();
        assertTrue(costs.isUnderWay());
        assertFalse(costs.advance(60));
        assertTrue(costs.advance(1));
        assertFalse(costs.isUnderWay());
        assertTrue(Double.isNaN(costs.testCost()));
        assertTrue(costs.trainCost() > 0);
    }

    @Test
    void needsTrainingExamples() {
        Dataset none = new Dataset(2, 1, new double[0], new double[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CostMeasurement(network(Regularization.NONE), none, TEST));
        assertEquals("a cost measurement needs a network, training examples and a test set", e.getMessage());
    }
}
