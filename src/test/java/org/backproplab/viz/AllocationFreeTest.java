package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

/**
 * The per-frame routines must not allocate (they run in the browser every animation frame). HotSpot
 * counts the bytes each thread allocates; after a warm-up, many calls must add (almost) nothing — one
 * allocation per cell of a 100 × 100 raster would show up as hundreds of kilobytes.
 */
class AllocationFreeTest {
    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counting needs HotSpot");
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(hotspot.isThreadAllocatedMemorySupported() && hotspot.isThreadAllocatedMemoryEnabled());
        return hotspot.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void frameRoutinesAllocateNothing() {
        Shape shape = Shape.of(new int[] {2, 8, 8, 1}, Activation.TANH, Activation.SIGMOID);
        Network network = Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.XAVIER, 7);
        Backprop backprop = new Backprop(shape);
        RasterGrid grid = RasterGrid.playground(100);
        BoundaryRaster boundary = new BoundaryRaster(grid);
        double[] outputs = new double[grid.cellCount()];
        int[] pixels = new int[grid.cellCount()];
        NeuronRasters neurons = new NeuronRasters(RasterGrid.playground(24), shape);
        int[] thumbnail = new int[24 * 24];
        NetworkLayout layout = new NetworkLayout(shape, 600, 400, 30);
        CurveGeometry curve = new CurveGeometry();
        curve.setPlotArea(40, 10, 300, 150);
        double[] costs = new double[2000];
        for (int n = 0; n < costs.length; n++) {
            costs[n] = 1.0 / (n + 1) + (n % 97 == 0 ? Double.NaN : 0);
        }
        double[] xs = new double[costs.length];
        double[] ys = new double[costs.length];
        Ticks ticks = new Ticks();
        Shape oneInput = Shape.of(new int[] {1, 6, 1}, Activation.TANH, Activation.LINEAR);
        Network regression = Network.initialized(oneInput, Loss.MSE, Regularization.NONE, Initializer.XAVIER, 3);
        Backprop regressionBackprop = new Backprop(oneInput);
        FunctionCurve function = new FunctionCurve();
        double[] curveX = new double[200];
        double[] curveY = new double[200];
        BoundaryPass pass = new BoundaryPass(boundary, shape);
        EdgeBatches edges = new EdgeBatches(shape);
        FrameTimes times = new FrameTimes(60);
        double[] clock = {0};
        Runnable frame = () -> {
            pass.start(network.parameters(), 7);
            pass.advance(() -> ++clock[0] % 10 == 0);
            pass.finish();
            edges.group(network.parameters());
            times.record(clock[0]);
            function.sample(regressionBackprop, regression.parameters(), -6, 6, 200, curveX, curveY);
            boundary.evaluate(backprop, network.parameters(), outputs);
            boundary.paint(outputs, 1, 0, 0, 1, ColorScale.PLAYGROUND, 160, pixels);
            neurons.evaluate(backprop, network.parameters());
            neurons.paint(1, 3, ColorScale.PLAYGROUND, 255, thumbnail);
            layout.hitNeuron(123, 77);
            layout.hitEdge(200, 150, 4);
            EdgeStyle.width(network.parameters()[5]);
            EdgeStyle.color(network.parameters()[5]);
            ColorScale.PLAYGROUND.css(0.37);
            curve.fit(null, costs, costs.length, true);
            curve.toPixels(null, costs, costs.length, xs, ys);
            curve.fit(null, costs, costs.length, false);
            ticks.linear(-0.37, 12.9, 5, true);
            ticks.log10(3e-5, 2.5, 6);
        };
        for (int n = 0; n < 20; n++) {
            frame.run();
        }
        long before = allocatedBytes();
        for (int n = 0; n < 20; n++) {
            frame.run();
        }
        long allocated = allocatedBytes() - before;
        assertTrue(allocated < 2048, allocated + " bytes allocated in 20 frames");
    }
}
