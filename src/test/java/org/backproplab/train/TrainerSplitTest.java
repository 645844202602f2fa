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
 * Backpropagation and gradient descent as two calls: computeGradient() moves no weight, applyGradient()
 * moves them, and the two in a row are exactly one step().
 */
class TrainerSplitTest {
    /** 23 points (prime, so mini-batches of 5 leave a short last batch) in [−1, 1]², target x·y &gt; 0. */
    static Dataset quadrants() {
        int count = 23;
        double[] inputs = new double[2 * count];
        double[] targets = new double[count];
        for (int n = 0; n < count; n++) {
            double x = Math.sin(1.7 * n + 0.3);
            double y = Math.cos(2.9 * n + 1.1);
            inputs[2 * n] = x;
            inputs[2 * n + 1] = y;
            targets[n] = x * y > 0 ? 1 : 0;
        }
        return new Dataset(2, 1, inputs, targets);
    }

    static Network network() {
        return Network.initialized(Shape.of(new int[] {2, 3, 1}, Activation.TANH, Activation.SIGMOID),
                Loss.BINARY_CROSS_ENTROPY, new Regularization(Regularization.Type.L2, 0.01), Initializer.XAVIER, 5);
    }

    static Trainer trainer(OptimizerKind kind, int batchSize) {
        return new Trainer(network(), quadrants(),
                new TrainingConfig(OptimizerConfig.defaults(kind), 0.1, batchSize, 9));
    }

    @Test
    void computeGradientChangesNoParameterAndLeavesTheBatchGradient() {
        for (int batchSize : new int[] {0, 5}) {
            Trainer trainer = trainer(OptimizerKind.ADAM, batchSize);
            trainer.run(3);
            double[] before = trainer.network().parameters().clone();
            double cost = trainer.computeGradient();
            assertArrayEquals(before, trainer.network().parameters(), "computeGradient moved a weight");
            assertTrue(trainer.hasPendingGradient());
            assertEquals(3, trainer.iteration(), "the iteration counts applied updates only");

            // an independent Backprop on the rows the trainer says it used gives the same J and gradient
            int count = trainer.lastBatchCount();
            assertEquals(batchSize == 0 ? 23 : 5, count);
            int[] rows = new int[count];
            for (int k = 0; k < count; k++) {
                rows[k] = trainer.lastBatchExample(k);
            }
            Dataset batch = trainer.data().subset(rows);
            double[] expected = new double[before.length];
            double expectedCost = new Backprop(trainer.network().shape()).costAndGradient(trainer.network(),
                    batch.inputsView(), batch.targetsView(), null, 0, count, expected);
            assertEquals(expectedCost, cost, 0.0);
            assertArrayEquals(expected, trainer.gradientView());
        }
    }

    @Test
    void computeThenApplyIsOneStepBitForBit() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (int batchSize : new int[] {0, 5, 1}) {
                Trainer stepped = trainer(kind, batchSize);
                Trainer split = trainer(kind, batchSize);
                for (int s = 0; s < 30; s++) {
                    double cost = stepped.step();
                    double splitCost = split.computeGradient();
                    split.applyGradient();
                    String where = kind.id() + ", batch " + batchSize + ", step " + s;
                    assertEquals(Double.doubleToRawLongBits(cost), Double.doubleToRawLongBits(splitCost), where);
                    assertArrayEquals(stepped.network().parameters(), split.network().parameters(), where);
                    assertArrayEquals(stepped.gradientView(), split.gradientView(), where);
                    assertEquals(stepped.iteration(), split.iteration(), where);
                    assertEquals(stepped.epoch(), split.epoch(), where);
                }
            }
        }
    }

    @Test
    void applyGradientWithoutAPendingGradientIsRefused() {
        Trainer trainer = trainer(OptimizerKind.SGD, 0);
        IllegalStateException none = assertThrows(IllegalStateException.class, trainer::applyGradient);
        assertTrue(none.getMessage().contains("call computeGradient() first"), none.getMessage());
        trainer.computeGradient();
        trainer.applyGradient();
        assertFalse(trainer.hasPendingGradient());
        double[] after = trainer.network().parameters().clone();
        assertThrows(IllegalStateException.class, trainer::applyGradient, "a gradient is applied at most once");
        assertArrayEquals(after, trainer.network().parameters());
        trainer.computeGradient();
        trainer.reset(Initializer.XAVIER, 5);
        assertFalse(trainer.hasPendingGradient(), "reset drops a pending gradient");
        assertEquals(0, trainer.lastBatchCount());
    }

    @Test
    void applyGradientIsPlainGradientDescentForSgd() {
        Trainer trainer = trainer(OptimizerKind.SGD, 0);
        double[] before = trainer.network().parameters().clone();
        trainer.computeGradient();
        double[] gradient = trainer.gradientView().clone();
        trainer.applyGradient();
        for (int p = 0; p < before.length; p++) {
            assertEquals(before[p] - 0.1 * gradient[p], trainer.network().parameters()[p], 0.0, "parameter " + p);
        }
    }

    @Test
    void theSplitCallsAllocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        Trainer trainer = trainer(OptimizerKind.MOMENTUM, 5);
        for (int s = 0; s < 3000; s++) {
            trainer.computeGradient();
            trainer.applyGradient();
            trainer.lastBatchExample(0);
        }
        threads.getThreadAllocatedBytes(thread);
        long before = threads.getThreadAllocatedBytes(thread);
        for (int s = 0; s < 1000; s++) {
            trainer.computeGradient();
            trainer.lastBatchExample(trainer.lastBatchCount() - 1);
            trainer.applyGradient();
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        // one allocation per step would be ≥ 16 000 bytes; a few hundred are the JIT settling, not the code
        assertTrue(allocated < 2048, allocated + " bytes allocated by 1000 split steps");
    }
}
