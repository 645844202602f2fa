package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.backproplab.core.Network;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.junit.jupiter.api.Test;

/**
 * Everything in landscape may run every animation frame, so after construction none of it allocates, and
 * all of it leaves the network's parameters exactly as they were.
 */
class LandscapeAllocationTest {
    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counting needs HotSpot");
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        return hotspot.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void frameRoutinesAllocateNothingAndPutTheParametersBack() {
        LabSession lab = new LabSession(AppState.defaults().withPointCount(40));
        lab.train(30);
        Network network = lab.network();
        double[] before = network.parameters().clone();
        CostSlice slice = new CostSlice(network, lab.trainData(), null);
        CostGrid grid = new CostGrid(network, lab.trainData(), new int[] {0, 3, 5, 7});
        LearningRateDemo demo = new LearningRateDemo(slice, 20);
        SliceTrail trail = new SliceTrail(50);
        Trajectory2D path = new Trajectory2D(50);
        double[] ws = new double[31];
        double[] js = new double[31];
        double[] costs = new double[15 * 15];
        double[] levels = new double[6];
        SlicePresets presets = new SlicePresets(new LearningRateDemo(slice, 10), 10, 1e-5, 10);
        double[] segments = new double[4 * 500];
        int[] segmentLevels = new int[500];
        Runnable frame = () -> {
            double r = slice.suggestedRadius(4, 0.1);
            slice.sample(4, r, 31, ws, js);
            trail.add(4, slice.weight(), slice.measuredCost());
            grid.sample(2, 9, 1.5, 1.5, 15, 15, costs);
            Contours.logLevels(grid.min(), grid.max(), 6, levels);
            Contours.trace(costs, 15, 15, -1.5, 0.2, -1.5, 0.2, levels, 6, segments, segmentLevels);
            path.add(2, network.parameters()[2], 9, network.parameters()[9]);
            double c = slice.secondDerivative(4);
            presets.measure(4, c, slice.slope());
            grid.sampleCells(2, 9, 0, 0, 1.5, 1.5, 15, 15, 7, 60, costs);
            demo.run(4, 0.5, 20);
        };
        for (int n = 0; n < 30; n++) {
            frame.run();
        }
        long start = allocatedBytes();
        for (int n = 0; n < 20; n++) {
            frame.run();
        }
        long allocated = allocatedBytes() - start;
        assertTrue(allocated < 2048, allocated + " bytes allocated in 20 frames");
        assertArrayEquals(before, network.parameters(), "bit for bit");
    }
}
