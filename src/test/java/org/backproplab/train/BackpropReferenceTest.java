package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.optim.Optimizer;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/**
 * The optimised training loop (core.Backprop's layer kernels, two weight rows per pass) gives the same
 * numbers, to the last bit, as {@link PerWeightBackprop}, the plain per-weight formulas: for every activation,
 * loss and regularization, layer sizes odd and even, and through Trainer for every optimizer.
 */
class BackpropReferenceTest {
    private static final int[][] SIZES = {{2, 5, 4, 1}, {3, 4, 7, 3}, {2, 1, 2}, {1, 6, 6, 6, 2}, {2, 3}};
    private static final Regularization[] REGULARIZATIONS = {Regularization.NONE,
            new Regularization(Regularization.Type.L2, 0.01), new Regularization(Regularization.Type.L1, 0.003)};

    /** The allowed output heads: mse after any activation, the cross-entropies after their own. */
    private static List<Object[]> heads() {
        List<Object[]> heads = new ArrayList<>();
        for (Activation output : Activation.values()) {
            heads.add(new Object[] {Loss.MSE, output});
        }
        heads.add(new Object[] {Loss.BINARY_CROSS_ENTROPY, Activation.SIGMOID});
        heads.add(new Object[] {Loss.CROSS_ENTROPY, Activation.SOFTMAX});
        return heads;
    }

    /** Inputs spread over [−3, 3] (tanh and sigmoid off their linear part, relu on both sides); 0/1 targets. */
    private static Dataset data(int inputs, int outputs, int count, long seed) {
        Random random = new Random(seed);
        double[] x = new double[inputs * count];
        double[] y = new double[outputs * count];
        for (int k = 0; k < x.length; k++) {
            x[k] = 6 * random.nextDouble() - 3;
        }
        for (int n = 0; n < count; n++) {
            y[n * outputs + random.nextInt(outputs)] = 1.0;
        }
        return new Dataset(inputs, outputs, x, y);
    }

    private static Shape shape(int[] sizes, Activation hidden, Activation output) {
        Activation[] activations = new Activation[sizes.length - 1];
        for (int l = 0; l < activations.length; l++) {
            // alternate the hidden activation with tanh, so that neighbouring layers differ
            activations[l] = l % 2 == 0 ? hidden : Activation.TANH;
        }
        activations[activations.length - 1] = output;
        return new Shape(sizes, activations);
    }

    @Test
    void everyActivationLossAndRegularizationMatchesThePerWeightFormulas() {
        int cases = 0;
        for (int[] sizes : SIZES) {
            for (Object[] head : heads()) {
                for (Activation hidden : Activation.values()) {
                    if (!hidden.isElementwise()) {
                        continue;
                    }
                    for (Regularization regularization : REGULARIZATIONS) {
                        Shape shape = shape(sizes, hidden, (Activation) head[1]);
                        Network net = Network.initialized(shape, (Loss) head[0], regularization, Initializer.XAVIER,
                                cases);
                        Dataset data = data(shape.inputSize(), shape.outputSize(), 13, cases);
                        int[] rows = {4, 0, 12, 7, 7, 3};
                        double[] expected = new double[shape.parameterCount()];
                        double expectedCost = PerWeightBackprop.costAndGradient(net, data.inputsView(),
                                data.targetsView(), rows, expected);
                        double[] actual = new double[shape.parameterCount()];
                        double cost = new Backprop(shape).costAndGradient(net, data.inputsView(), data.targetsView(),
                                rows, 0, rows.length, actual);
                        String where = java.util.Arrays.toString(sizes) + " " + hidden + " " + head[1] + " "
                                + head[0] + " " + regularization;
                        assertEquals(expectedCost, cost, where);
                        assertArrayEquals(expected, actual, where);
                        cases++;
                    }
                }
            }
        }
        assertEquals(SIZES.length * 8 * 5 * 3, cases);
    }

    @Test
    void trainerStepsMatchThePerWeightGradientForEveryOptimizer() {
        Shape shape = shape(new int[] {2, 8, 7, 8, 1}, Activation.TANH, Activation.SIGMOID);
        Dataset data = data(2, 1, 50, 9);
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (int batchSize : new int[] {10, 7, TrainingConfig.FULL_BATCH}) {
                Network net = Network.initialized(shape, Loss.MSE, new Regularization(Regularization.Type.L2, 0.001),
                        Initializer.XAVIER, 5);
                TrainingConfig config = new TrainingConfig(OptimizerConfig.defaults(kind), 0.05, batchSize, 3);
                Trainer trainer = new Trainer(net, data, config);
                Network reference = net.copy();
                Optimizer optimizer = config.optimizer().create(shape.parameterCount());
                double[] gradient = new double[shape.parameterCount()];
                for (int step = 0; step < 12; step++) {
                    double rate = trainer.currentLearningRate();
                    double cost = trainer.step();
                    int[] rows = new int[trainer.lastBatchCount()];
                    for (int k = 0; k < rows.length; k++) {
                        rows[k] = trainer.lastBatchExample(k);
                    }
                    double expectedCost = PerWeightBackprop.costAndGradient(reference, data.inputsView(),
                            data.targetsView(), rows, gradient);
                    optimizer.step(reference.parameters(), gradient, rate);
                    String where = kind + " batch " + batchSize + " step " + step;
                    assertEquals(expectedCost, cost, where);
                    assertArrayEquals(gradient, trainer.gradientView(), where);
                    assertArrayEquals(reference.parameters(), net.parameters(), where);
                }
            }
        }
    }
}
