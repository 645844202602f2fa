package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossTest {

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void mseIsHalfTheSumOfSquaredErrors() {
        double[] a = {0.2, 0.9};
        double[] y = {0.0, 1.0};
        // ½·((0.2 − 0)² + (0.9 − 1)²) = ½·(0.04 + 0.01) = 0.025
        assertEquals(0.025, Loss.MSE.exampleCost(a, a, y, 0, 2), 1e-12);
    }

    @Test
    void binaryCrossEntropyIsTheNegativeLogLikelihood() {
        double[] z = {0.3, -1.2};
        double[] a = {sigmoid(0.3), sigmoid(-1.2)};
        double[] y = {1.0, 0.25};
        // −Σₖ [yₖ·log aₖ + (1 − yₖ)·log(1 − aₖ)]
        double expected = -(1.0 * Math.log(a[0]) + 0.0 * Math.log(1 - a[0]))
                - (0.25 * Math.log(a[1]) + 0.75 * Math.log(1 - a[1]));
        assertEquals(expected, Loss.BINARY_CROSS_ENTROPY.exampleCost(z, a, y, 0, 2), 1e-12);
    }

    @Test
    void crossEntropyIsMinusLogOfTheTargetProbability() {
        double[] z = {0.5, -0.2, 1.1};
        double denominator = Math.exp(0.5) + Math.exp(-0.2) + Math.exp(1.1);
        double[] a = {Math.exp(0.5) / denominator, Math.exp(-0.2) / denominator, Math.exp(1.1) / denominator};
        // targets stored after two unrelated values, to check the offset: y = (0, 1, 0)
        double[] targets = {9.0, 9.0, 0.0, 1.0, 0.0};
        // −Σₖ yₖ·log aₖ = −log a₁
        assertEquals(-Math.log(a[1]), Loss.CROSS_ENTROPY.exampleCost(z, a, targets, 2, 3), 1e-12);
    }

    @Test
    void crossEntropiesStayFiniteAtHugeLogitsWithHardTargets() {
        double[] one = new double[1];
        // bce: −log σ(1000) ≈ e^−1000 = 0 for y = 1; −log(1 − σ(1000)) = 1000 + log(1 + e^−1000) = 1000 for y = 0
        assertEquals(0.0, Loss.BINARY_CROSS_ENTROPY.exampleCost(new double[] {1000}, new double[] {1.0}, new double[] {1}, 0, 1));
        assertEquals(1000.0, Loss.BINARY_CROSS_ENTROPY.exampleCost(new double[] {1000}, new double[] {1.0}, new double[] {0}, 0, 1), 1e-9);
        assertEquals(1000.0, Loss.BINARY_CROSS_ENTROPY.exampleCost(new double[] {-1000}, new double[] {0.0}, new double[] {1}, 0, 1), 1e-9);
        assertEquals(0.0, Loss.BINARY_CROSS_ENTROPY.exampleCost(new double[] {-1000}, new double[] {0.0}, new double[] {0}, 0, 1));
        // ce: z = (1000, −1000), y = (0, 1): −log softmax₁ = log(e^1000 + e^−1000) − (−1000) = 2000
        double[] z = {1000, -1000};
        double[] a = new double[2];
        Activation.softmax(z, a, 2);
        assertEquals(2000.0, Loss.CROSS_ENTROPY.exampleCost(z, a, new double[] {0, 1}, 0, 2), 1e-9);
        assertEquals(0.0, Loss.CROSS_ENTROPY.exampleCost(z, a, new double[] {1, 0}, 0, 2));
        // and their output deltas (a − y) are finite too
        Loss.BINARY_CROSS_ENTROPY.outputDelta(Activation.SIGMOID, new double[] {1000}, new double[] {1.0},
                new double[] {0}, 0, 1, 1.0, one);
        assertEquals(1.0, one[0]);
        double[] delta = new double[2];
        Loss.CROSS_ENTROPY.outputDelta(Activation.SOFTMAX, z, a, new double[] {0, 1}, 0, 2, 1.0, delta);
        assertEquals(1.0, delta[0]);
        assertEquals(-1.0, delta[1]);
    }

    @Test
    void batchCostIsTheMeanOverTheChosenRowsAndItsGradientTheClosedForm() {
        // 1-1 linear network ŷ = w·x + b with mse: J = 1/(2N)·Σ(ŷ − y)², ∂J/∂w = (1/N)·Σ(ŷ − y)·x,
        // ∂J/∂b = (1/N)·Σ(ŷ − y). Data x = (1, 2, 3), y = (0, 1, 5); w = 2, b = −1; rows (2, 0), range [0, 2).
        Network network = new Network(Shape.of(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR), Loss.MSE,
                Regularization.NONE);
        network.setWeight(0, 0, 0, 2.0);
        network.setBias(0, 0, -1.0);
        double[] x = {1, 2, 3};
        double[] y = {0, 1, 5};
        double[] gradient = new double[2];
        double cost = new Backprop(network.shape()).costAndGradient(network, x, y, new int[] {2, 0, 1}, 0, 2, gradient);
        // example 2: ŷ = 5, error 0; example 0: ŷ = 1, error 1
        assertEquals((0.0 * 0.0 + 1.0 * 1.0) / (2 * 2), cost, 1e-15);
        assertEquals((0.0 * 3 + 1.0 * 1) / 2, gradient[network.shape().weightIndex(0, 0, 0)], 1e-15);
        assertEquals((0.0 + 1.0) / 2, gradient[network.shape().biasIndex(0, 0)], 1e-15);
    }

    @Test
    void incompatibilityNamesTheNeededOutputActivation() {
        assertEquals("loss cross_entropy needs a softmax output layer, but the output layer is sigmoid",
                Loss.CROSS_ENTROPY.incompatibility(Activation.SIGMOID));
        assertEquals("loss binary_cross_entropy needs a sigmoid output layer, but the output layer is tanh",
                Loss.BINARY_CROSS_ENTROPY.incompatibility(Activation.TANH));
        assertEquals("loss binary_cross_entropy needs a sigmoid output layer, but the output layer is softmax",
                Loss.BINARY_CROSS_ENTROPY.incompatibility(Activation.SOFTMAX));
        assertNull(Loss.CROSS_ENTROPY.incompatibility(Activation.SOFTMAX));
        assertNull(Loss.BINARY_CROSS_ENTROPY.incompatibility(Activation.SIGMOID));
        for (Activation output : Activation.values()) {
            assertNull(Loss.MSE.incompatibility(output), output.id());
        }
    }

    @Test
    void networkRejectsAnIncompatibleLossWithTheSameMessage() {
        Shape shape = Shape.of(new int[] {2, 3}, Activation.TANH, Activation.TANH);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Network(shape, Loss.CROSS_ENTROPY, Regularization.NONE));
        assertEquals(Loss.CROSS_ENTROPY.incompatibility(Activation.TANH), error.getMessage());
    }

    @Test
    void idsRoundTripAndUnknownIdsListTheAllowedOnes() {
        for (Loss loss : Loss.values()) {
            assertEquals(loss, Loss.fromId(loss.id()));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Loss.fromId("hinge"));
        assertTrue(error.getMessage().contains("allowed: mse, binary_cross_entropy, cross_entropy"), error.getMessage());
    }

    @Test
    void addExampleCostAddsExactlyTheExampleCost() {
        java.util.Random random = new java.util.Random(3);
        for (Loss loss : Loss.values()) {
            for (int trial = 0; trial < 200; trial++) {
                int n = 1 + random.nextInt(3);
                double[] z = new double[n];
                double[] a = new double[n];
                double[] targets = new double[n + 2];
                for (int k = 0; k < n; k++) {
                    z[k] = random.nextGaussian() * 4;
                    a[k] = 1 / (1 + Math.exp(-z[k]));
                    targets[2 + k] = random.nextInt(2);
                }
                double before = random.nextDouble() * 10;
                double[] sum = {before, 9};
                loss.addExampleCost(z, a, targets, 2, n, sum);
                assertEquals(before + loss.exampleCost(z, a, targets, 2, n), sum[0], 0.0, loss.id());
                assertEquals(9, sum[1]);
            }
        }
    }
}
