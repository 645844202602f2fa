package org.backproplab.viz;

import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Shape;

/**
 * Every neuron's activation over a small {@link RasterGrid} (e.g. 24 × 24): the thumbnails drawn inside
 * the network's nodes, showing what each neuron responds to. One forward pass per cell fills all neurons
 * at once (rows of cells go through the network together, see {@link BatchForward}). The workspace is allocated in the constructor; {@link #evaluate} and {@link #paint} allocate
 * nothing.
 *
 * <p>Normalisation to the colour scale's [−1, 1], by the layer's activation: sigmoid and softmax
 * (range [0, 1]) map a ↦ 2a − 1; tanh (range [−1, 1]) is shown as is; linear, relu, leaky relu and the
 * input layer are unbounded, so they are divided by the largest |a| over this neuron's grid (all zero
 * stays zero).
 */
public final class NeuronRasters {
    private final RasterGrid grid;
    private final Shape shape;
    private final int[] layerOffsets;
    private final double[] values;
    private final BatchForward batch;

    /** @param shape a network with 2 inputs */
    public NeuronRasters(RasterGrid grid, Shape shape) {
        if (grid == null || shape == null) {
            throw new IllegalArgumentException("a raster grid and a network shape are required");
        }
        if (shape.inputSize() != 2) {
            throw new IllegalArgumentException("neuron rasters need a network with 2 inputs, but it has "
                    + shape.inputSize());
        }
        this.grid = grid;
        this.shape = shape;
        this.layerOffsets = new int[shape.layerCount()];
        int neurons = 0;
        for (int l = 0; l < shape.layerCount(); l++) {
            layerOffsets[l] = neurons;
            neurons += shape.size(l);
        }
        this.values = new double[neurons * grid.cellCount()];
        this.batch = new BatchForward(shape, grid.columns() * Math.max(1, 128 / grid.columns()));
    }

    public RasterGrid grid() {
        return grid;
    }

    public Shape shape() {
        return shape;
    }

    /**
     * Runs the network at every cell centre and records every neuron's activation a. Only the backprop's
     * shape is used.
     *
     * @param backprop for this raster's shape
     */
    public void evaluate(Backprop backprop, double[] parameters) {
        if (!shape.equals(backprop.shape())) {
            throw new IllegalArgumentException("these rasters are for a " + shape + " network, but the backprop is for "
                    + backprop.shape());
        }
        int cells = grid.cellCount();
        int columns = grid.columns();
        int rowsPerBatch = batch.capacity() / columns;
        for (int r0 = 0; r0 < grid.rows(); r0 += rowsPerBatch) {
            int rows = Math.min(rowsPerBatch, grid.rows() - r0);
            int count = batch.runGridRows(parameters, grid, r0, rows);
            int first = r0 * columns;
            for (int l = 0; l < layerOffsets.length; l++) {
                for (int i = 0; i < shape.size(l); i++) {
                    int base = (layerOffsets[l] + i) * cells + first;
                    for (int k = 0; k < count; k++) {
                        values[base + k] = batch.activation(l, i, k);
                    }
                }
            }
        }
    }

    /** The activation of neuron {@code neuron} of layer {@code layer} at cell {@code cell}, from the last evaluate. */
    public double value(int layer, int neuron, int cell) {
        return values[(layerOffsets[layer] + neuron) * grid.cellCount() + cell];
    }

    /**
     * Colours one neuron's grid, normalised as described on the class, into {@code pixels}
     * (cellCount long, ImageData order) with the given alpha.
     */
    public void paint(int layer, int neuron, ColorScale scale, int alpha, int[] pixels) {
        paint(layer, neuron, scale, alpha, pixels, 0);
    }

    /** As {@link #paint(int, int, ColorScale, int, int[])}, into {@code pixels} from {@code offset} on (a tile of an atlas). */
    public void paint(int layer, int neuron, ColorScale scale, int alpha, int[] pixels, int offset) {
        int cells = grid.cellCount();
        int base = (layerOffsets[layer] + neuron) * cells;
        Activation activation = layer == 0 ? Activation.LINEAR : shape.activation(layer);
        double shift = 0;
        double factor;
        if (activation == Activation.SIGMOID || activation == Activation.SOFTMAX) {
            factor = 2;
            shift = -1;
        } else if (activation == Activation.TANH) {
            factor = 1;
        } else {
            double largest = 0;
            for (int k = 0; k < cells; k++) {
                double magnitude = Math.abs(values[base + k]);
                if (magnitude > largest) {
                    largest = magnitude;
                }
            }
            factor = largest > 0 ? 1 / largest : 0;
        }
        scale.paint(values, base, 1, cells, 0, factor, shift, alpha, pixels, offset);
    }

    /**
     * Colours one neuron's grid from light grey at a = 0 to {@code rgb} (0xRRGGBB) at a = 1 (clamped; NaN
     * grey): a softmax output neuron shown as the probability of its class.
     */
    public void paintProbability(int layer, int neuron, int rgb, int alpha, int[] pixels, int offset) {
        int cells = grid.cellCount();
        ColorScale.paintMix(ColorScale.LIGHT_GREY_RGB, rgb, values, (layerOffsets[layer] + neuron) * cells, cells,
                alpha, pixels, offset);
    }
}
