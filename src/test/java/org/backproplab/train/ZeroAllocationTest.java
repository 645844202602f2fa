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
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (int batchSize : new int[] {0, 10, 1}) {
                Network network = Network.initialized(shape, Loss.BINARY_CROSS_ENTROPY,
                        new Regularization(Regularization.Type.L2, 1e-4), Initializer.XAVIER, 3);
                Trainer trainer = new Trainer(network, data, TrainerTest.config(kind, 0.01, batchSize, 1));
                trainer.run(WARM_UP_STEPS);
                threads.getThreadAllocatedBytes(thread); // the first call may set things up
                long before = threads.getThreadAllocatedBytes(thread);
                for (int s = 0; s < MEASURED_STEPS; s++) {
                    trainer.step();
                }
                long after = threads.getThreadAllocatedBytes(thread);
                assertEquals(0, after - before, kind.id() + ", batch size " + batchSize + ": bytes allocated by "
                        + MEASURED_STEPS + " steps");
            }
        }
    }
}
