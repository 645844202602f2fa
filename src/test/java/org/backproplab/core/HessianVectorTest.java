package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The R-operator's H·v against an independently built Hessian (finite differences of backpropagation's
 * gradient, column by column, see {@link HessianReference}) times v, for every hidden activation × every
 * allowed output/loss pair × no, l1 and l2 regularization, on networks of 35 and 39 parameters.
 */
class HessianVectorTest {
    static final double MAX_RELATIVE_ERROR = 1e-6;
    static final Activation[] HIDDEN = {
        Activation.LINEAR, Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU
    };
    /** Output activation and loss pairs that {@link Loss#incompatibility} allows. */
    static final Object[][] HEADS = {
        {Activation.LINEAR, Loss.MSE}, {Activation.SIGMOID, Loss.MSE}, {Activation.TANH, Loss.MSE},
        {Activation.RELU, Loss.MSE}, {Activation.LEAKY_RELU, Loss.MSE}, {Activation.SOFTMAX, Loss.MSE},
        {Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY}, {Activation.SOFTMAX, Loss.CROSS_ENTROPY}
    };
    static final Regularization[] REGULARIZATIONS = {
        Regularization.NONE, new Regularization(Regularization.Type.L1, 0.03),
        new Regularization(Regularization.Type.L2, 0.05)
    };
    static final int EXAMPLES = 6;

    /** A network with its data, drawn so that no relu z lies near its kink and no weight near l1's. */
    public record Problem(Network network, double[] inputs, double[] targets, int count) {
        @Override
        public String toString() {
            return network.shape() + " " + network.loss().id() + " " + network.regularization().type().id();
        }
    }

    static List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (Activation hidden : HIDDEN) {
            for (Object[] head : HEADS) {
                for (Regularization regularization : REGULARIZATIONS) {
                    problems.add(problem(hidden, (Activation) head[0], (Loss) head[1], regularization,
                            problems.size() + 1));
                }
            }
        }
        return problems;
    }

    /**
     * Inputs uniform in [−1.5, 1.5]², soft targets in [0, 1) (one-hot for cross-entropy), Xavier weights × 1.5
     * and biases uniform in [−0.5, 0.5) (curvier than at the start of training). Redrawn until every relu/leaky z
     * is at least 0.01 from 0 (no difference step of ±2h crosses a kink), every such neuron is on for some
     * example, and every weight is at least 0.01 from 0 (l1's kink).
     */
    public static Problem problem(Activation hidden, Activation output, Loss loss, Regularization regularization,
            long seed) {
        int outputs = output == Activation.SOFTMAX ? 3 : 2;
        Shape shape = Shape.of(new int[] {2, 4, 3, outputs}, hidden, output);
        for (long attempt = seed; ; attempt += 1000) {
            Random random = new Random(attempt);
            Network network = Network.initialized(shape, loss, regularization, Initializer.XAVIER, attempt);
            double[] parameters = network.parameters();
            for (int p = 0; p < parameters.length; p++) {
                parameters[p] = shape.isWeight(p) ? 1.5 * parameters[p] : random.nextDouble() - 0.5;
            }
            double[] inputs = new double[EXAMPLES * 2];
            for (int v = 0; v < inputs.length; v++) {
                inputs[v] = 3 * random.nextDouble() - 1.5;
            }
            double[] targets = new double[EXAMPLES * outputs];
            for (int n = 0; n < EXAMPLES; n++) {
                if (loss == Loss.CROSS_ENTROPY) {
                    targets[n * outputs + random.nextInt(outputs)] = 1;
                } else {
                    for (int k = 0; k < outputs; k++) {
                        targets[n * outputs + k] = random.nextDouble();
                    }
                }
            }
            if (farFromKinks(network, inputs)) {
                return new Problem(network, inputs, targets, EXAMPLES);
            }
        }
    }

    private static boolean farFromKinks(Network network, double[] inputs) {
        Shape shape = network.shape();
        for (double parameter : network.parameters()) {
            if (Math.abs(parameter) < 0.01) {
                return false;
            }
        }
        Backprop backprop = new Backprop(shape);
        boolean[][] active = new boolean[shape.layerCount()][shape.maxLayerSize()];
        for (int n = 0; n < inputs.length / shape.inputSize(); n++) {
            backprop.forward(network.parameters(), inputs, n * shape.inputSize());
            for (int l = 1; l < shape.layerCount(); l++) {
                Activation activation = shape.activation(l);
                if (activation != Activation.RELU && activation != Activation.LEAKY_RELU) {
                    continue;
                }
                for (int j = 0; j < shape.size(l); j++) {
                    double z = backprop.preActivation(l, j);
                    if (Math.abs(z) < 0.01) {
                        return false;
                    }
                    active[l][j] |= z > 0;
                }
            }
        }
        // No dead relu neuron: one that is off on every example adds nothing to test.
        for (int l = 1; l < shape.layerCount(); l++) {
            Activation activation = shape.activation(l);
            for (int j = 0; j < shape.size(l); j++) {
                if ((activation == Activation.RELU || activation == Activation.LEAKY_RELU) && !active[l][j]) {
                    return false;
                }
            }
        }
        return true;
    }

    static double[] randomDirection(int n, long seed) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int p = 0; p < n; p++) {
            v[p] = random.nextGaussian();
        }
        return v;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void productMatchesFiniteDifferenceHessianTimesVector(Problem problem) {
        Network network = problem.network();
        int n = network.shape().parameterCount();
        double[][] reference = HessianReference.hessian(network, problem.inputs(), problem.targets(), problem.count());
        HessianVector hessian = new HessianVector(network.shape());
        double[] product = new double[n];
        for (long seed = 1; seed <= 3; seed++) {
            double[] v = randomDirection(n, seed);
            hessian.multiply(network, problem.inputs(), problem.targets(), null, 0, problem.count(), v, product);
            double[] expected = HessianReference.times(reference, v);
            double[] difference = new double[n];
            for (int p = 0; p < n; p++) {
                difference[p] = product[p] - expected[p];
            }
            double error = HessianReference.norm(difference) / HessianReference.norm(expected);
            assertTrue(error <= MAX_RELATIVE_ERROR, problem + ": relative error " + error);
        }
    }

    /**
     * A network whose input layer computes features of a raw row of 2 columns (x₁, x₂, x₁², x₂², x₁x₂, sin x₁, as
     * the lab's feature inputs): the product reads each example's 2 raw values and takes the features' values as
     * the input layer, like backpropagation (the reference's finite differences of its gradient).
     */
    @Test
    void featureInputsAreComputedFromTheRawRowLikeBackpropagation() {
        Features features = Features.parse("x1,x2,x1sq,x2sq,x1x2,sinx1");
        Shape shape = new Shape(features, new int[] {6, 4, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID});
        Network network = Network.initialized(shape, Loss.BINARY_CROSS_ENTROPY, Regularization.NONE,
                Initializer.XAVIER, 7);
        Random random = new Random(7);
        double[] inputs = new double[EXAMPLES * 2];
        double[] targets = new double[EXAMPLES];
        for (int n = 0; n < EXAMPLES; n++) {
            inputs[2 * n] = 3 * random.nextDouble() - 1.5;
            inputs[2 * n + 1] = 3 * random.nextDouble() - 1.5;
            targets[n] = n % 2;
        }
        int count = shape.parameterCount();
        double[][] reference = HessianReference.hessian(network, inputs, targets, EXAMPLES);
        double[] v = randomDirection(count, 3);
        double[] product = new double[count];
        new HessianVector(shape).multiply(network, inputs, targets, null, 0, EXAMPLES, v, product);
        double[] expected = HessianReference.times(reference, v);
        double[] difference = new double[count];
        for (int p = 0; p < count; p++) {
            difference[p] = product[p] - expected[p];
        }
        double error = HessianReference.norm(difference) / HessianReference.norm(expected);
        assertTrue(error <= MAX_RELATIVE_ERROR, "relative error " + error);
    }

    @Test
    void unitDirectionsGiveTheHessiansColumnsIncludingBiasesAndL2() {
        Problem problem = problem(Activation.TANH, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY,
                new Regularization(Regularization.Type.L2, 0.5), 7);
        Network network = problem.network();
        int n = network.shape().parameterCount();
        double[][] reference = HessianReference.hessian(network, problem.inputs(), problem.targets(), problem.count());
        HessianVector hessian = new HessianVector(network.shape());
        double[] unit = new double[n];
        double[] column = new double[n];
        for (int q = 0; q < n; q++) {
            unit[q] = 1;
            hessian.multiply(network, problem.inputs(), problem.targets(), null, 0, problem.count(), unit, column);
            unit[q] = 0;
            for (int p = 0; p < n; p++) {
                assertEquals(reference[p][q], column[p], 1e-7 * (1 + Math.abs(reference[p][q])),
                        network.shape().parameterName(p) + ", " + network.shape().parameterName(q));
            }
        }
    }

    @Test
    void aSubsetOfRowsGivesTheHessianOfThoseExamplesOnly() {
        Problem problem = problem(Activation.SIGMOID, Activation.SOFTMAX, Loss.CROSS_ENTROPY, Regularization.NONE, 3);
        Network network = problem.network();
        int n = network.shape().parameterCount();
        // Examples 1 and 4 alone, as their own data arrays.
        int[] rows = {4, 1};
        double[] inputs = new double[4];
        double[] targets = new double[6];
        for (int r = 0; r < 2; r++) {
            System.arraycopy(problem.inputs(), rows[r] * 2, inputs, r * 2, 2);
            System.arraycopy(problem.targets(), rows[r] * 3, targets, r * 3, 3);
        }
        double[] expected = HessianReference.times(HessianReference.hessian(network, inputs, targets, 2),
                randomDirection(n, 5));
        double[] product = new double[n];
        new HessianVector(network.shape()).multiply(network, problem.inputs(), problem.targets(), rows, 0, 2,
                randomDirection(n, 5), product);
        for (int p = 0; p < n; p++) {
            assertEquals(expected[p], product[p], 1e-7 * (1 + Math.abs(expected[p])));
        }
    }

    @Test
    void jacobiFindsTheEigenvaluesOfAKnownMatrix() {
        // [[2, 1, 0], [1, 2, 0], [0, 0, −5]] has eigenvalues 1, 3 and −5.
        double[] values = HessianReference.eigenvalues(new double[][] {{2, 1, 0}, {1, 2, 0}, {0, 0, -5}});
        java.util.Arrays.sort(values);
        assertEquals(-5, values[0], 1e-12);
        assertEquals(1, values[1], 1e-12);
        assertEquals(3, values[2], 1e-12);
    }
}
