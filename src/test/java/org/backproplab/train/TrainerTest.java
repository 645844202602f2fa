package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.backproplab.core.Activation;
import org.backproplab.core.GradientCheck;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class TrainerTest {

    static TrainingConfig config(OptimizerKind kind, double learningRate, int batchSize, long seed) {
        return new TrainingConfig(OptimizerConfig.defaults(kind), learningRate, batchSize, seed);
    }

    @Test
    void sameSeedsGiveBitIdenticalParametersAfterMiniBatchTraining() {
        Dataset data = TestData.xorLike(50, 3);
        for (OptimizerKind kind : OptimizerKind.values()) {
            Trainer first = new Trainer(TestData.xorNetwork(8), data, config(kind, 0.05, 7, 42));
            Trainer second = new Trainer(TestData.xorNetwork(8), data, config(kind, 0.05, 7, 42));
            first.run(100);
            second.run(100);
            assertArrayEquals(first.network().parameters(), second.network().parameters(), 0.0, kind.id());
            Trainer otherShuffle = new Trainer(TestData.xorNetwork(8), data, config(kind, 0.05, 7, 43));
            otherShuffle.run(100);
            assertFalse(Arrays.equals(first.network().parameters(), otherShuffle.network().parameters()),
                    kind.id() + ": a different shuffling seed must give different mini-batches");
        }
    }

    @Test
    void fullBatchSgdStepSubtractsLearningRateTimesTheFiniteDifferenceGradient() {
        Dataset data = TestData.xorLike(12, 5);
        Network network = TestData.network(new int[] {2, 3, 1}, Activation.TANH, Activation.SIGMOID, 2);
        double[] before = network.parameters().clone();
        // ∂J/∂w by central differences (J(w + h) − J(w − h)) / 2h, h = 1e-5: accurate to ~1e-10
        GradientCheck.Result reference = GradientCheck.check(network.copy(), data.inputsView(), data.targetsView(),
                data.count(), GradientCheck.DEFAULT_STEP);
        double learningRate = 0.7;
        Trainer trainer = new Trainer(network, data, config(OptimizerKind.SGD, learningRate, 0, 1));
        trainer.step();
        for (int p = 0; p < before.length; p++) {
            assertEquals(before[p] - learningRate * reference.numeric()[p], network.parameters()[p], 1e-7,
                    network.shape().parameterName(p));
        }
    }

    @Test
    void stepReturnsTheCostWhereTheGradientWasTaken() {
        // 2-2-1 tanh/linear with mse, written out: J = 1/(2N)·Σₙ (ŷₙ − yₙ)², ŷ = v·tanh(W·x + b) + c
        Shape shape = Shape.of(new int[] {2, 2, 1}, Activation.TANH, Activation.LINEAR);
        Network network = new Network(shape, Loss.MSE, Regularization.NONE);
        network.setParameters(new double[] {0.5, -0.3, 0.8, 0.2, /* b */ 0.1, -0.1, /* v */ 1.5, -0.7, /* c */ 0.05});
        double[] inputs = {1.0, 0.5, -0.4, 0.9, 0.3, -1.0};
        double[] targets = {0.2, -0.6, 1.0};
        Dataset data = new Dataset(2, 1, inputs, targets);
        double sum = 0;
        for (int n = 0; n < 3; n++) {
            double x0 = inputs[2 * n];
            double x1 = inputs[2 * n + 1];
            double h0 = Math.tanh(0.5 * x0 - 0.3 * x1 + 0.1);
            double h1 = Math.tanh(0.8 * x0 + 0.2 * x1 - 0.1);
            double error = 1.5 * h0 - 0.7 * h1 + 0.05 - targets[n];
            sum += error * error;
        }
        double expected = sum / (2 * 3);
        Trainer trainer = new Trainer(network, data, config(OptimizerKind.SGD, 0.1, 0, 1));
        assertEquals(expected, trainer.trainingCost(), 1e-15);
        assertTrue(Double.isNaN(trainer.lastBatchCost()));
        assertEquals(expected, trainer.step(), 1e-15);
        assertEquals(expected, trainer.lastBatchCost(), 1e-15);
        assertTrue(trainer.trainingCost() < expected, "a small SGD step lowers the full-batch cost");
    }

    /**
     * Which examples the next step uses, read off the gradient: with all parameters 0, a 1-1 linear
     * network predicts 0 and ∂J/∂b = −(1/B)·Σ_batch y; with y = 2^n for example n, −B·∂J/∂b is the bitmask
     * of the batch.
     */
    static long nextBatchMask(Trainer trainer, int expectedSize) {
        Arrays.fill(trainer.network().parameters(), 0.0);
        trainer.step();
        double biasGradient = trainer.gradientView()[trainer.network().shape().biasIndex(0, 0)];
        return Math.round(-expectedSize * biasGradient);
    }

    static Dataset powersOfTwo(int count) {
        double[] inputs = new double[count];
        double[] targets = new double[count];
        for (int n = 0; n < count; n++) {
            targets[n] = Math.scalb(1.0, n);
        }
        return new Dataset(1, 1, inputs, targets);
    }

    @Test
    void everyBatchModeUsesEachExampleExactlyOncePerEpoch() {
        int count = 17;
        long all = (1L << count) - 1;
        for (int batchSize : new int[] {1, 4, 5, 16}) {
            Network network = new Network(Shape.of(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR), Loss.MSE,
                    Regularization.NONE);
            Trainer trainer = new Trainer(network, powersOfTwo(count), config(OptimizerKind.SGD, 0.1, batchSize, 7));
            int batchesPerEpoch = (count + batchSize - 1) / batchSize;
            long previousFirstBatch = -1;
            for (int epoch = 0; epoch < 3; epoch++) {
                long seen = 0;
                for (int b = 0; b < batchesPerEpoch; b++) {
                    // B examples per batch, the last one smaller: 17 = 4·4 + 1 = 5·3 + 2 = 16 + 1
                    int size = Math.min(batchSize, count - b * batchSize);
                    long mask = nextBatchMask(trainer, size);
                    assertEquals(size, Long.bitCount(mask), "batch size " + batchSize + ", epoch " + epoch + ", batch " + b);
                    assertEquals(0, seen & mask, "an example repeated within an epoch");
                    seen |= mask;
                    if (b == 0) {
                        assertTrue(mask != previousFirstBatch || batchSize == 16, "epochs are reshuffled");
                        previousFirstBatch = mask;
                    }
                    assertEquals(epoch + (b == batchesPerEpoch - 1 ? 1 : 0), trainer.epoch());
                }
                assertEquals(all, seen, "batch size " + batchSize + ", epoch " + epoch);
            }
            assertEquals(3L * batchesPerEpoch, trainer.iteration());
            assertEquals(3.0 * batchesPerEpoch, trainer.iterationCount());
        }
    }

    @Test
    void fullBatchUsesEveryExampleInEveryStep() {
        int count = 17;
        for (int batchSize : new int[] {0, 17, 40}) {
            Network network = new Network(Shape.of(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR), Loss.MSE,
                    Regularization.NONE);
            Trainer trainer = new Trainer(network, powersOfTwo(count), config(OptimizerKind.SGD, 0.1, batchSize, 7));
            for (int step = 1; step <= 3; step++) {
                assertEquals((1L << count) - 1, nextBatchMask(trainer, count));
                assertEquals(step, trainer.epoch());
            }
        }
    }

    @Test
    void trainingLowersTheCostOnXorLikeData() {
        // A weak but honest property: after 2000 steps the cost is below half of where it started.
        Dataset data = TestData.xorLike(40, 11);
        OptimizerKind[] kinds = {OptimizerKind.SGD, OptimizerKind.MOMENTUM, OptimizerKind.NESTEROV, OptimizerKind.RMSPROP,
                OptimizerKind.ADAM};
        double[] learningRates = {1.0, 0.1, 0.1, 0.01, 0.01};
        for (int k = 0; k < kinds.length; k++) {
            Trainer trainer = new Trainer(TestData.xorNetwork(4), data, config(kinds[k], learningRates[k], 0, 1));
            double start = trainer.trainingCost();
            trainer.run(2000);
            double end = trainer.trainingCost();
            assertTrue(end < start / 2, kinds[k].id() + ": cost went from " + start + " to " + end);
        }
    }

    @Test
    void learningRateChangesTakeEffectOnTheNextStepAndAreValidated() {
        Dataset data = TestData.xorLike(10, 1);
        Network network = TestData.xorNetwork(3);
        Trainer trainer = new Trainer(network, data, config(OptimizerKind.SGD, 0.1, 0, 1));
        trainer.step();
        trainer.setLearningRate(2.5);
        assertEquals(2.5, trainer.config().learningRate());
        double[] before = network.parameters().clone();
        trainer.step();
        double[] gradient = trainer.gradientView();
        for (int p = 0; p < before.length; p++) {
            assertEquals(before[p] - 2.5 * gradient[p], network.parameters()[p], 0.0);
        }
        assertEquals("learning rate must be a number > 0 and <= 10, but is 0.0",
                assertThrows(IllegalArgumentException.class, () -> trainer.setLearningRate(0)).getMessage());
        assertEquals("learning rate must be a number > 0 and <= 10, but is NaN",
                assertThrows(IllegalArgumentException.class, () -> trainer.setLearningRate(Double.NaN)).getMessage());
        assertEquals(2.5, trainer.config().learningRate());
    }

    @Test
    void switchingOptimizerStartsFreshStateButALearningRateChangeKeepsIt() {
        Dataset data = TestData.xorLike(10, 1);
        Network network = TestData.xorNetwork(3);
        Trainer trainer = new Trainer(network, data, config(OptimizerKind.MOMENTUM, 0.1, 0, 1));
        trainer.run(5);
        var momentum = trainer.optimizer();
        trainer.setConfig(trainer.config().withLearningRate(0.2));
        assertSame(momentum, trainer.optimizer(), "same optimizer config: velocity kept");

        trainer.setConfig(trainer.config().withOptimizer(OptimizerConfig.defaults(OptimizerKind.ADAM)));
        assertNotSame(momentum, trainer.optimizer());
        assertEquals(OptimizerKind.ADAM, trainer.optimizer().kind());
        double[] before = network.parameters().clone();
        trainer.step();
        // A fresh Adam's first step moves every parameter by lr·|g|/(|g| + ε) ≈ lr = 0.2 against its gradient.
        double[] gradient = trainer.gradientView();
        for (int p = 0; p < before.length; p++) {
            if (Math.abs(gradient[p]) > 1e-4) {
                assertEquals(-0.2 * Math.signum(gradient[p]), network.parameters()[p] - before[p], 1e-4 * 0.2,
                        network.shape().parameterName(p));
            }
        }
    }

    @Test
    void resetReplaysTheRunFromTheStart() {
        Dataset data = TestData.xorLike(30, 2);
        TrainingConfig config = config(OptimizerKind.ADAM, 0.02, 4, 5);
        Trainer trainer = new Trainer(TestData.xorNetwork(1), data, config);
        trainer.run(57);
        assertEquals(57.0, trainer.iterationCount());
        trainer.reset(Initializer.XAVIER, 6);
        assertEquals(0, trainer.iteration());
        assertEquals(0.0, trainer.iterationCount());
        assertEquals(0, trainer.epoch());
        assertTrue(Double.isNaN(trainer.lastBatchCost()));
        assertArrayEquals(TestData.xorNetwork(6).parameters(), trainer.network().parameters(), 0.0);
        trainer.run(40);

        Trainer fresh = new Trainer(TestData.xorNetwork(6), data, config);
        fresh.run(40);
        assertArrayEquals(fresh.network().parameters(), trainer.network().parameters(), 0.0);
        assertEquals(fresh.epoch(), trainer.epoch());
    }

    @Test
    void snapshotIsAnImmutableCopy() {
        Dataset data = TestData.xorLike(10, 1);
        Trainer trainer = new Trainer(TestData.xorNetwork(3), data, config(OptimizerKind.SGD, 0.5, 3, 1));
        Snapshot initial = trainer.snapshot();
        assertEquals(0, initial.iteration());
        assertTrue(Double.isNaN(initial.batchCost()));
        assertEquals(trainer.trainingCost(), initial.cost());
        double batchCost = trainer.step();
        Snapshot snapshot = trainer.snapshot();
        double[] parameters = snapshot.parameters();
        double[] gradient = snapshot.gradient();
        trainer.run(5);
        assertEquals(1, snapshot.iteration());
        assertEquals(0, snapshot.epoch());
        assertEquals(batchCost, snapshot.batchCost());
        parameters[0] = 99;
        gradient[0] = 99;
        assertArrayEquals(snapshot.parameters(), initialPlusOneStep(data), 0.0);
        assertTrue(snapshot.gradient(0) != 99 && snapshot.parameter(0) != 99);
        assertEquals(trainer.network().shape(), snapshot.shape());
        assertEquals(trainer.network().shape().parameterCount(), snapshot.parameterCount());
    }

    private static double[] initialPlusOneStep(Dataset data) {
        Trainer again = new Trainer(TestData.xorNetwork(3), data, config(OptimizerKind.SGD, 0.5, 3, 1));
        again.step();
        return again.network().parameters();
    }

    @Test
    void rejectsDataThatDoesNotFitTheNetwork() {
        Network network = TestData.xorNetwork(1);
        TrainingConfig config = TrainingConfig.defaults();
        assertEquals("the network has 2 inputs, but the data has 3 input columns",
                assertThrows(IllegalArgumentException.class,
                        () -> new Trainer(network, new Dataset(3, 1, new double[3], new double[1]), config)).getMessage());
        assertEquals("the network has 1 outputs, but the data has 2 target columns",
                assertThrows(IllegalArgumentException.class,
                        () -> new Trainer(network, new Dataset(2, 2, new double[2], new double[2]), config)).getMessage());
        assertEquals("the dataset has no examples; training needs at least one",
                assertThrows(IllegalArgumentException.class,
                        () -> new Trainer(network, new Dataset(2, 1, new double[0], new double[0]), config)).getMessage());
        assertEquals("steps must be >= 0, but is -1", assertThrows(IllegalArgumentException.class,
                () -> new Trainer(network, TestData.xorLike(4, 1), config).run(-1)).getMessage());
    }
}
