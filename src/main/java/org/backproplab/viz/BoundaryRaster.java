package org.backproplab.viz;

import org.backproplab.core.Backprop;
import org.backproplab.core.Shape;

/**
 * The network's output over a {@link RasterGrid} of the input plane (the decision-boundary picture) and
 * its conversion to {@code ImageData} pixels. The network runs on whole rows of cells at once
 * ({@link BatchForward}, the same numbers as one forward pass per cell); nothing is allocated per call,
 * so it can run every animation frame (a 100 × 100 grid is 10 000 forward passes). {@link #evaluateRows}
 * computes a band of rows, so that a large network's picture can be spread over several frames.
 *
 * <p>Two pictures: {@link #paint} maps one output channel linearly from [low, high] onto the colour
 * scale's [−1, 1] (sigmoid output: low 0, high 1, so p = ½ is the neutral middle); {@link #paintClasses}
 * colours each cell by its most probable class, fading to the neutral colour as the confidence falls to
 * 1/K (softmax outputs, e.g. gauss3). NaN outputs become the NaN grey.
 */
public final class BoundaryRaster {
    /** Okabe–Ito bluish green, the third class colour after orange and blue. */
    public static final int GREEN_RGB = 0x009E73;
    private static final int[] CLASS_RGB = {ColorScale.ORANGE_RGB, ColorScale.BLUE_RGB, GREEN_RGB};

    /** About this many cells go through the network together (whole rows). */
    private static final int BATCH_CELLS = 128;

    private final RasterGrid grid;
    /** The confidence of one cell, handed to {@link ColorScale#paintMix} by {@link #paintClasses}. */
    private final double[] confidence = new double[1];
    /** The workspace of {@link #evaluate}, made again only when the network's shape changes. */
    private BatchForward batch;

    public BoundaryRaster(RasterGrid grid) {
        if (grid == null) {
            throw new IllegalArgumentException("a raster grid is required");
        }
        this.grid = grid;
    }

    public RasterGrid grid() {
        return grid;
    }

    /**
     * Writes the network's outputs at every cell centre: cell k's {@code outputSize} outputs start at
     * {@code outputs[k · outputSize]}. Only the backprop's shape is used (its recorded values stay as
     * they were).
     *
     * @param backprop for a network with exactly 2 inputs
     * @param outputs at least cellCount · outputSize long
     */
    public void evaluate(Backprop backprop, double[] parameters, double[] outputs) {
        Shape shape = backprop.shape();
        if (batch == null || !batch.shape().equals(shape)) {
            checkInputs(shape);
            batch = newBatch(shape);
        }
        evaluateRows(batch, parameters, 0, grid.rows(), outputs);
    }

    /** A workspace for {@link #evaluateRows} with this grid and a network of {@code shape} (2 inputs). */
    public BatchForward newBatch(Shape shape) {
        checkInputs(shape);
        return new BatchForward(shape, grid.columns() * Math.max(1, BATCH_CELLS / grid.columns()));
    }

    private static void checkInputs(Shape shape) {
        if (shape.inputSize() != 2) {
            throw new IllegalArgumentException("a boundary raster needs a network with 2 inputs, but it has "
                    + shape.inputSize());
        }
    }

    /**
     * Writes the network's outputs at the cell centres of rows firstRow..firstRow+rowCount−1 into
     * {@code outputs} (at the same places as {@link #evaluate}; the other rows are left alone).
     *
     * @param batch from {@link #newBatch} for the network's shape
     * @param outputs at least cellCount · outputSize long
     */
    public void evaluateRows(BatchForward batch, double[] parameters, int firstRow, int rowCount, double[] outputs) {
        Shape shape = batch.shape();
        checkInputs(shape);
        int outputSize = shape.outputSize();
        int cells = grid.cellCount();
        if (outputs.length < cells * outputSize) {
            throw new IllegalArgumentException("outputs holds " + outputs.length + " values, but " + cells
                    + " cells × " + outputSize + " outputs need " + cells * outputSize);
        }
        int columns = grid.columns();
        int rowsPerBatch = batch.capacity() / columns;
        if (rowsPerBatch < 1) {
            throw new IllegalArgumentException("a batch for " + batch.capacity() + " points cannot hold a row of "
                    + columns + " cells");
        }
        if (firstRow < 0 || rowCount < 0 || firstRow + rowCount > grid.rows()) {
            throw new IllegalArgumentException("rows " + firstRow + " to " + (firstRow + rowCount - 1)
                    + " are not all in a raster of " + grid.rows() + " rows");
        }
        int end = firstRow + rowCount;
        for (int r0 = firstRow; r0 < end; r0 += rowsPerBatch) {
            int rows = Math.min(rowsPerBatch, end - r0);
            int count = batch.runGridRows(parameters, grid, r0, rows);
            int base = r0 * columns * outputSize;
            for (int k = 0; k < count; k++) {
                for (int o = 0; o < outputSize; o++) {
                    outputs[base + k * outputSize + o] = batch.output(o, k);
                }
            }
        }
    }

    /**
     * Colours every cell by output {@code channel}: value v ↦ scale at 2·(v − low)/(high − low) − 1, so
     * low is the −1 colour, high the +1 colour (values beyond are clamped, NaN is grey).
     *
     * @param outputs as written by {@link #evaluate}
     * @param pixels at least cellCount long, ImageData order (see {@link ColorScale})
     * @param alpha 0..255 for every pixel
     */
    public void paint(double[] outputs, int outputSize, int channel, double low, double high, ColorScale scale,
            int alpha, int[] pixels) {
        scale.paint(outputs, channel, outputSize, grid.cellCount(), low, 2.0 / (high - low), -1.0, alpha, pixels, 0);
    }

    /**
     * Colours every cell by its argmax class among {@code classCount} outputs (orange, blue, green for
     * classes 0, 1, 2), mixed with the neutral light grey by the confidence
     * t = (p_max − 1/K)/(1 − 1/K) clamped to [0, 1]: t = 0 (all classes equally likely) is grey,
     * t = 1 the pure class colour. A cell with any NaN output is NaN grey.
     *
     * @param classCount 2 or 3, the outputs per cell
     */
    public void paintClasses(double[] outputs, int classCount, int alpha, int[] pixels) {
        if (classCount < 2 || classCount > CLASS_RGB.length) {
            throw new IllegalArgumentException("class colours exist for 2 to " + CLASS_RGB.length
                    + " classes, but " + classCount + " were asked for");
        }
        int cells = grid.cellCount();
        double chance = 1.0 / classCount;
        int nanPixel = ColorScale.pixelOf(ColorScale.NAN_RGB, alpha);
        for (int k = 0; k < cells; k++) {
            int base = k * classCount;
            int best = 0;
            boolean nan = false;
            for (int c = 0; c < classCount; c++) {
                double p = outputs[base + c];
                if (p != p) {
                    nan = true;
                } else if (p > outputs[base + best] || outputs[base + best] != outputs[base + best]) {
                    best = c;
                }
            }
            if (nan) {
                pixels[k] = nanPixel;
                continue;
            }
            // pixelOf(mix(LIGHT_GREY_RGB, CLASS_RGB[best], t), alpha) for the clamped t, through a
            // one-value array: no double or packed pixel crosses a call per cell (see ColorScale.paint)
            confidence[0] = (outputs[base + best] - chance) / (1 - chance);
            ColorScale.paintMix(ColorScale.LIGHT_GREY_RGB, CLASS_RGB[best], confidence, 0, 1, alpha, pixels, k);
        }
    }

    /** The 0xRRGGBB colour of class c (0 orange, 1 blue, 2 green), e.g. for drawing data points. */
    public static int classRgb(int c) {
        return CLASS_RGB[c];
    }
}
