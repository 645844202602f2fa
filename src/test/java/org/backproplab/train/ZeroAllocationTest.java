package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/**
 * Trainer.step() allocates nothing once warm: the browser's frame loop runs it thousands of times a second,
 * and garbage there shows up as stutter. Measured with the JVM's per-thread allocation counter.
 */
class ZeroAllocationTest {
    static final int WARM_UP_STEPS = 2000;
    static final int MEASURED_STEPS = 1000;

    @Test
    void stepAllocatesNothingForEveryOptimizerAndBatchMode() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        Dataset data = TestData.xorLike(200, 17);
        Shape shape = Shape.of(new int[] {2, 8, 8, 1}, Activation.TANH, Activation.SIGMOID);
        int[] batchSizes = {0, 10, 1};
        OptimizerKind[] kinds = OptimizerKind.values();
        Trainer[] trainers = new Trainer[kinds.length * batchSizes.length];
        for (int k = 0; k < kinds.length; k++) {
            for (int b = 0; b < batchSizes.length; b++) {
                Network network = Network.initialized(shape, Loss.BINARY_CROSS_ENTROPY,
                        new Regularization(Regularization.Type.L2, 1e-4), Initializer.XAVIER, 3);
                trainers[k * batchSizes.length + b] = new Trainer(network, data,
                        TrainerTest.config(kinds[k], 0.01, batchSizes[b], 1));
            }
        }
        // Warm up every configuration before measuring any, so that the JIT has seen every optimizer class at
        // the optimizer call site: a call site that turns polymorphic later deoptimizes and recompiles, and
        // the runtime may allocate a few bytes while it does.
        for (Trainer trainer : trainers) {
            trainer.run(WARM_UP_STEPS);
        }
        for (Trainer trainer : trainers) {
            trainer.run(WARM_UP_STEPS / 4);
            threads.getThreadAllocatedBytes(thread); // the first call may set things up
            long before = threads.getThreadAllocatedBytes(thread);
            for (int s = 0; s < MEASURED_STEPS; s++) {
                trainer.step();
            }
            long after = threads.getThreadAllocatedBytes(thread);
            TrainingConfig config = trainer.config();
            assertEquals(0, after - before, config.optimizer().kind().id() + ", batch size " + config.batchSize()
                    + ": bytes allocated by " + MEASURED_STEPS + " steps");
        }
    }
}
