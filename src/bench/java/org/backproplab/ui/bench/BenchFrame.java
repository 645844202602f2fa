package org.backproplab.ui.bench;

import org.backproplab.core.Backprop;
import org.backproplab.train.Trainer;
import org.backproplab.viz.BoundaryRaster;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.RasterGrid;

/**
 * One animation frame of the lab without the canvas: {@value #STEPS_PER_FRAME} training steps, then the
 * {@value #SIDE}×{@value #SIDE} decision boundary evaluated and painted into an ImageData-ordered int[].
 * Pure Java (JMH runs it too); allocation-free after construction.
 */
public final class BenchFrame {
    public static final int STEPS_PER_FRAME = 10;
    public static final int SIDE = 100;
    /** The heatmap's alpha, as the lab draws it under the data points. */
    public static final int ALPHA = 160;

    private final Trainer trainer;
    private final Backprop backprop;
    private final BoundaryRaster boundary;
    private final double[] outputs;
    private final int[] pixels;

    /** @param trainer for a network with 2 inputs and one output in [0, 1] (e.g. {@link Workload#SPIRAL}) */
    public BenchFrame(Trainer trainer) {
        this.trainer = trainer;
        this.backprop = new Backprop(trainer.network().shape());
        RasterGrid grid = RasterGrid.playground(SIDE);
        this.boundary = new BoundaryRaster(grid);
        this.outputs = new double[grid.cellCount()];
        this.pixels = new int[grid.cellCount()];
    }

    /** One frame; returns the last step's batch cost. */
    public double run() {
        double cost = Double.NaN;
        for (int s = 0; s < STEPS_PER_FRAME; s++) {
            cost = trainer.step();
        }
        paintBoundary();
        return cost;
    }

    /** The boundary part of a frame alone. */
    public void paintBoundary() {
        boundary.evaluate(backprop, trainer.network().parameters(), outputs);
        boundary.paint(outputs, 1, 0, 0, 1, ColorScale.PLAYGROUND, ALPHA, pixels);
    }

    /** The last frame's pixels (live). */
    public int[] pixels() {
        return pixels;
    }

    public Trainer trainer() {
        return trainer;
    }
}
