package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/**
 * A batch summed in slices (computeGradientPart, one animation frame's share at a time) is the same step as the
 * batch summed at once: bit for bit, for every slice size, batch mode and optimizer; nothing of a half-summed
 * batch shows; and anything that moves the weights under it starts it again.
 */
class TrainerSliceTest {
    private static final Dataset DATA = TestData.xorLike(97, 4);

    private static Network network() {
        return Network.initialized(Shape.of(new int[] {2, 6, 5, 1}, Activation.TANH, Activation.SIGMOID),
                Loss.BINARY_CROSS_ENTROPY, new Regularization(Regularization.Type.L2, 0.003), Initializer.XAVIER, 11);
    }

    private static Trainer trainer(OptimizerKind kind, int batchSize) {
        return new Trainer(network(), DATA, new TrainingConfig(OptimizerConfig.defaults(kind), 0.05, batchSize, 3));
    }

    /** Steps taken by summing each batch {@code slice} examples per call. */
    private static void slicedSteps(Trainer trainer, int steps, int slice) {
        for (int s = 0; s < steps; s++) {
            while (!trainer.computeGradientPart(slice)) {
                // the next slice
            }
            trainer.applyGradient();
        }
    }

    @Test
    void aSlicedStepIsTheWholeStepBitForBit() {
        int[] slices = {1, 2, 7, 30, 96, 97, 1000};
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (int batchSize : new int[] {0, 40, 5}) {
                Trainer whole = trainer(kind, batchSize);
                whole.run(25);
                for (int slice : slices) {
                    Trainer sliced = trainer(kind, batchSize);
                    slicedSteps(sliced, 25, slice);
                    String what = kind.id() + ", batch " + batchSize + ", slices of " + slice;
                    assertArrayEquals(whole.network().parameters(), sliced.network().parameters(), what);
                    assertArrayEquals(whole.gradientView(), sliced.gradientView(), what);
                    assertEquals(whole.lastBatchCost(), sliced.lastBatchCost(), 0.0, what);
                    assertEquals(whole.epoch(), sliced.epoch(), what);
                    assertEquals(25, sliced.iteration(), what);
                }
            }
        }
    }

    @Test
    void theSlicedFullBatchGradientIsTheMeanOfTheExamplesGradients() {
        // independent of the trainer: each example's gradient on its own (a batch of one), averaged here, plus
        // the l2 penalty's gradient λ·w on the weights (not the biases)
        Trainer trainer = trainer(OptimizerKind.SGD, 0);
        Network network = trainer.network();
        Shape shape = network.shape();
        int n = DATA.count();
        double[] mean = new double[shape.parameterCount()];
        double[] one = new double[shape.parameterCount()];
        Network unregularized = Network.initialized(shape, Loss.BINARY_CROSS_ENTROPY, Regularization.NONE,
                Initializer.XAVIER, 11);
        Backprop backprop = new Backprop(shape);
        double meanCost = 0;
        for (int e = 0; e < n; e++) {
            meanCost += backprop.costAndGradient(unregularized, DATA.inputsView(), DATA.targetsView(), null, e, e + 1,
                    one) / n;
            for (int p = 0; p < one.length; p++) {
                mean[p] += one[p] / n;
            }
        }
        double penalty = 0;
        for (int l = 0; l + 1 < shape.layerCount(); l++) {
            for (int p = shape.weightOffset(l); p < shape.weightOffset(l) + shape.size(l) * shape.size(l + 1); p++) {
                double w = network.parameters()[p];
                mean[p] += 0.003 * w;
                penalty += 0.003 / 2 * w * w;
            }
        }
        while (!trainer.computeGradientPart(13)) {
            // the next slice
        }
        for (int p = 0; p < mean.length; p++) {
            assertEquals(mean[p], trainer.gradientView()[p], 1e-12 * Math.max(1, Math.abs(mean[p])), "parameter " + p);
        }
        assertEquals(meanCost + penalty, trainer.lastBatchCost(), 1e-12);
    }

    @Test
    void nothingOfAHalfSummedBatchShows() {
        Trainer trainer = trainer(OptimizerKind.MOMENTUM, 0);
        trainer.run(2);
        double[] gradient = trainer.gradientView().clone();
        double[] parameters = trainer.network().parameters().clone();
        double cost = trainer.lastBatchCost();
        assertFalse(trainer.computeGradientPart(10));
        assertFalse(trainer.computeGradientPart(10));
        assertTrue(trainer.isGradientPartUnderWay());
        assertArrayEquals(gradient, trainer.gradientView(), "the last complete gradient stays in view");
        assertArrayEquals(parameters, trainer.network().parameters());
        assertEquals(cost, trainer.lastBatchCost(), 0.0);
        assertEquals(2, trainer.iteration());
        assertEquals(2, trainer.epoch());
        assertFalse(trainer.hasPendingGradient());
        assertTrue(trainer.computeGradientPart(1000));
        assertFalse(trainer.isGradientPartUnderWay());
        assertTrue(trainer.hasPendingGradient());
        assertEquals(3, trainer.epoch());
        assertEquals(2, trainer.iteration(), "the iteration counts applied steps");
    }

    @Test
    void aDiscardedOrInterruptedBatchIsSummedAgainFromItsStart() {
        Trainer whole = trainer(OptimizerKind.ADAM, 40);
        whole.run(6);

        Trainer discarded = trainer(OptimizerKind.ADAM, 40);
        for (int s = 0; s < 6; s++) {
            discarded.computeGradientPart(7);
            discarded.discardGradientPart();
            slicedSteps(discarded, 1, 9);
        }
        assertArrayEquals(whole.network().parameters(), discarded.network().parameters(),
                "a discarded batch is the same batch again, and the epoch's order is drawn once");

        Trainer rateChanged = trainer(OptimizerKind.ADAM, 40);
        rateChanged.computeGradientPart(7);
        rateChanged.setLearningRate(0.05);
        assertTrue(rateChanged.isGradientPartUnderWay(), "a new α leaves the gradient valid");
        rateChanged.setConfig(rateChanged.config().withBatchSize(20));
        assertFalse(rateChanged.isGradientPartUnderWay(), "a new batch size is another batch");

        Trainer stepped = trainer(OptimizerKind.SGD, 0);
        stepped.computeGradient();
        stepped.computeGradientPart(7);
        stepped.applyGradient();
        assertFalse(stepped.isGradientPartUnderWay(), "moved weights end the batch begun at the old ones");
    }

    @Test
    void computeGradientFinishesABatchUnderWay() {
        Trainer whole = trainer(OptimizerKind.SGD, 0);
        double expected = whole.computeGradient();
        Trainer sliced = trainer(OptimizerKind.SGD, 0);
        sliced.computeGradientPart(30);
        assertEquals(expected, sliced.computeGradient(), 0.0);
        assertArrayEquals(whole.gradientView(), sliced.gradientView());
        assertEquals(whole.epoch(), sliced.epoch());
    }

    @Test
    void rejectsAnEmptySlice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer(OptimizerKind.SGD, 0).computeGradientPart(0));
        assertEquals("a slice of a batch needs at least 1 example, but maxExamples is 0", e.getMessage());
    }

    @Test
    void slicesAllocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        Trainer full = trainer(OptimizerKind.ADAM, 0);
        Trainer mini = trainer(OptimizerKind.NESTEROV, 40);
        for (int warm = 0; warm < 2000; warm++) {
            slicedSteps(full, 1, 9);
            slicedSteps(mini, 1, 9);
        }
        // the fewest bytes of three rounds: the JIT may allocate once while it recompiles a call site, a step never
        long fewest = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            threads.getThreadAllocatedBytes(thread);
            long before = threads.getThreadAllocatedBytes(thread);
            slicedSteps(full, 500, 9);
            slicedSteps(mini, 500, 9);
            fewest = Math.min(fewest, threads.getThreadAllocatedBytes(thread) - before);
        }
        assertEquals(0, fewest, "bytes allocated by 1,000 sliced steps");
    }
}
