package org.backproplab.viz;

import org.backproplab.core.Shape;

/**
 * The decision-boundary picture of a network too large to compute in one frame, computed a few rows at a
 * time over several frames. A pass starts from a copy of the weights ({@link #start}), so a finished
 * picture always shows one moment of training, never rows of old weights beside rows of new ones; the
 * view keeps showing the previous picture until the pass is complete. A small network finishes its pass
 * in the frame it started, exactly as if it had been computed at once.
 *
 * <p>Allocates its workspace in the constructor; {@link #start} and {@link #advance} allocate nothing.
 */
public final class BoundaryPass {
    /**
     * Milliseconds a frame may spend on the picture: a small share of a 60 Hz frame (16.7 ms), so training,
     * the network diagram and the cost curve still fit beside it even on the largest network, whose whole
     * picture takes several such shares.
     */
    public static final double BUDGET_MS = 3;

    /** Says when this frame's time for the picture is used up. */
    public interface Budget {
        /** Asked after every band of rows: true stops the pass until the next frame. */
        boolean spent();
    }

    private static final Budget UNLIMITED = () -> false;

    private final BoundaryRaster raster;
    private final Shape shape;
    private final BatchForward batch;
    private final double[] parameters;
    private final double[] outputs;
    private final int rowsPerBand;
    private int nextRow;
    private boolean running;
    private int revision;

    /** @param shape a network with 2 inputs */
    public BoundaryPass(BoundaryRaster raster, Shape shape) {
        this.raster = raster;
        this.shape = shape;
        this.batch = raster.newBatch(shape);
        this.parameters = new double[shape.parameterCount()];
        this.outputs = new double[raster.grid().cellCount() * shape.outputSize()];
        this.rowsPerBand = batch.capacity() / raster.grid().columns();
    }

    public Shape shape() {
        return shape;
    }

    /**
     * Starts a new picture of the network with {@code parameters} (copied), abandoning a pass still
     * running; {@code revision} is the caller's name for these weights, returned by {@link #revision}.
     */
    public void start(double[] parameters, int revision) {
        if (parameters.length != this.parameters.length) {
            throw new IllegalArgumentException("a " + shape + " network has " + this.parameters.length
                    + " parameters, but " + parameters.length + " were given");
        }
        for (int p = 0; p < parameters.length; p++) {
            this.parameters[p] = parameters[p];
        }
        this.revision = revision;
        nextRow = 0;
        running = true;
    }

    /** Whether a pass has started and not finished. */
    public boolean isRunning() {
        return running;
    }

    /** The revision given to the latest {@link #start}. */
    public int revision() {
        return revision;
    }

    /** Rows computed so far in the running pass. */
    public int rowsDone() {
        return nextRow;
    }

    /**
     * Computes bands of rows until the pass is complete or {@code budget} is spent (at least one band, so
     * every pass ends); returns true when this call completed the pass. Nothing happens when no pass runs.
     */
    public boolean advance(Budget budget) {
        if (!running) {
            return false;
        }
        int rows = raster.grid().rows();
        do {
            int count = Math.min(rowsPerBand, rows - nextRow);
            raster.evaluateRows(batch, parameters, nextRow, count, outputs);
            nextRow += count;
        } while (nextRow < rows && !budget.spent());
        running = nextRow < rows;
        return !running;
    }

    /** Completes the running pass now, whatever it costs (for a first picture); true if one was running. */
    public boolean finish() {
        return advance(UNLIMITED);
    }

    /**
     * The outputs (as {@link BoundaryRaster#evaluate} writes them; live): read them when {@link #advance}
     * or {@link #finish} returned true, since a running pass overwrites them row by row.
     */
    public double[] outputs() {
        return outputs;
    }
}
