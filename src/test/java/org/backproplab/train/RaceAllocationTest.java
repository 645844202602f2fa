package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.data.Generators;
import org.backproplab.optim.LearningRateSchedule;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/**
 * What the learning-rate lab runs every animation frame allocates nothing once warm: a race's steps and
 * verdicts, the finder's slices within one α, and the schedule's rate. Measured with HotSpot's per-thread
 * allocation counter, as {@link ZeroAllocationTest} does for the trainer.
 */
class RaceAllocationTest {
    /** HotSpot's counter of this thread's allocated bytes; looked up once, as the lookup itself allocates. */
    private static com.sun.management.ThreadMXBean allocationCounter() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counting needs HotSpot");
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(hotspot.isThreadAllocatedMemorySupported() && hotspot.isThreadAllocatedMemoryEnabled());
        return hotspot;
    }

    @Test
    void perFrameWorkAllocatesNothing() {
        Dataset sine = Generators.generate(DatasetKind.SINE, 100, 0.1, 5);
        Shape shape = Shape.of(new int[] {1, 8, 1}, Activation.TANH, Activation.LINEAR);
        Network start = Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.XAVIER, 1);
        TrainingConfig config = new TrainingConfig(OptimizerConfig.defaults(OptimizerKind.MOMENTUM), 0.01, 10, 3);
        Race race = new Race(start, sine, config, new double[] {0.001, 0.01, 0.05, 0.1}, Race.MAX_STEPS_LIMIT);
        LearningRateFinder finder = new LearningRateFinder(start, sine, config, 1e-3, 1, 2, 100_000);
        LearningRateSchedule schedule = LearningRateSchedule.cosine(1000, 0.001);
        double[] sink = new double[1];
        Runnable frame = () -> {
            race.step(10);
            for (int r = 0; r < race.runCount(); r++) {
                sink[0] += race.verdict(r).ordinal();
            }
            finder.advance(10);
            sink[0] += finder.progress();
            for (long t = 0; t < 100; t++) {
                sink[0] += schedule.rate(0.1, t);
            }
        };
        for (int warm = 0; warm < 2000; warm++) {
            frame.run();
        }
        com.sun.management.ThreadMXBean counter = allocationCounter();
        long thread = Thread.currentThread().getId();
        counter.getThreadAllocatedBytes(thread); // the first call may set things up
        long before = counter.getThreadAllocatedBytes(thread);
        for (int n = 0; n < 200; n++) {
            frame.run();
        }
        long after = counter.getThreadAllocatedBytes(thread);
        assertEquals(0, after - before, "bytes allocated by 200 frames");
    }
}
