package org.backproplab.viz;

import org.backproplab.core.Activation;
import org.backproplab.core.Feature;
import org.backproplab.core.Features;
import org.backproplab.core.Shape;

/**
 * The forward pass for many input points at once, one layer at a time: for the pictures, which run the
 * network at thousands of points per frame (a 100 × 100 boundary is 10,000 points). Each layer's values
 * are kept neuron by neuron, point after point ({@code a[l][i · capacity + k]} for neuron i and point
 * k), so the inner loop walks one weight along a row of points: far less work per point than calling
 * {@link org.backproplab.core.Backprop#forward} once per point, and the same numbers bit for bit (each
 * z = b + Σᵢ wᵢ·aᵢ is summed in the same order, through the same activation functions).
 *
 * <p>Allocates its workspace once; {@link #run} allocates nothing.
 */
public final class BatchForward {
    private final Shape shape;
    private final int capacity;
    private final int layers;
    /** a[l][i · capacity + k]: activation of neuron i of layer l at point k (layer 0: the inputs). */
    private final double[][] a;
    /** raw[c · capacity + k]: raw input column c of point k; a[0] itself when the features are the identity. */
    private final double[] raw;
    /** The input layer's features, or null when it is the raw point itself. */
    private final Features features;
    private final double[] softmaxZ;
    private final double[] softmaxA;

    /** @param capacity the most points one {@link #run} takes, 1 or more */
    public BatchForward(Shape shape, int capacity) {
        if (shape == null || capacity < 1) {
            throw new IllegalArgumentException("a batch forward pass needs a network shape and room for at least 1 "
                    + "point, but was given " + shape + " and " + capacity);
        }
        this.shape = shape;
        this.capacity = capacity;
        this.layers = shape.layerCount();
        this.a = new double[layers][];
        for (int l = 0; l < layers; l++) {
            a[l] = new double[shape.size(l) * capacity];
        }
        features = shape.features().isIdentity() ? null : shape.features();
        raw = features == null ? a[0] : new double[shape.inputSize() * capacity];
        softmaxZ = new double[shape.outputSize()];
        softmaxA = new double[shape.outputSize()];
    }

    public Shape shape() {
        return shape;
    }

    /** The most points one {@link #run} takes. */
    public int capacity() {
        return capacity;
    }

    /**
     * Sets raw input {@code input} (a data column, before the features) of point {@code point}
     * (0 ≤ point &lt; capacity) for the next {@link #run}.
     */
    public void setInput(int point, int input, double value) {
        raw[input * capacity + point] = value;
    }

    /**
     * Runs the centres of {@code rows} whole rows of {@code grid}, from {@code firstRow} on, through the
     * network: point k is the cell (firstRow + k / columns, k % columns). Returns the number of points,
     * rows × columns, which must fit the capacity. Allocates nothing.
     */
    public int runGridRows(double[] parameters, RasterGrid grid, int firstRow, int rows) {
        int columns = grid.columns();
        for (int r = 0; r < rows; r++) {
            double y = grid.cellY(firstRow + r);
            for (int c = 0; c < columns; c++) {
                setInput(r * columns + c, 0, grid.cellX(c));
                setInput(r * columns + c, 1, y);
            }
        }
        int count = rows * columns;
        run(parameters, count);
        return count;
    }

    /** Runs points 0..count−1 (their inputs set with {@link #setInput}) through the network. */
    public void run(double[] parameters, int count) {
        if (count < 0 || count > capacity) {
            throw new IllegalArgumentException("a batch of " + count + " points does not fit the room for "
                    + capacity);
        }
        if (features != null) {
            applyFeatures(count);
        }
        for (int l = 0; l < layers - 1; l++) {
            int in = shape.size(l);
            int out = shape.size(l + 1);
            double[] previous = a[l];
            double[] next = a[l + 1];
            int w = shape.weightOffset(l);
            int b = shape.biasOffset(l);
            // z = b + Σᵢ w_ji · a_i, one neuron j at a time over all points (the next layer holds z until
            // the activation below replaces it by a)
            for (int j = 0; j < out; j++) {
                int base = j * capacity;
                double bias = parameters[b + j];
                for (int k = 0; k < count; k++) {
                    next[base + k] = bias;
                }
                int row = w + j * in;
                for (int i = 0; i < in; i++) {
                    double weight = parameters[row + i];
                    int from = i * capacity;
                    for (int k = 0; k < count; k++) {
                        next[base + k] += weight * previous[from + k];
                    }
                }
            }
            Activation f = shape.activation(l + 1);
            if (f == Activation.SOFTMAX) {
                for (int k = 0; k < count; k++) {
                    for (int j = 0; j < out; j++) {
                        softmaxZ[j] = next[j * capacity + k];
                    }
                    Activation.softmax(softmaxZ, softmaxA, out);
                    for (int j = 0; j < out; j++) {
                        next[j * capacity + k] = softmaxA[j];
                    }
                }
            } else if (count == capacity) {
                f.applyLayer(next, next, out * capacity); // in place, one call for the whole layer
            } else if (f != Activation.LINEAR) {
                for (int j = 0; j < out; j++) {
                    int base = j * capacity;
                    for (int k = 0; k < count; k++) {
                        next[base + k] = f.apply(next[base + k]);
                    }
                }
            }
        }
    }

    /** Layer 0 from the raw columns: feature i of point k = f_i(x₁, x₂) (x₂ = 0 for curves). */
    private void applyFeatures(int count) {
        double[] inputs = a[0];
        boolean plane = raw.length > capacity;
        for (int i = 0; i < features.count(); i++) {
            Feature feature = features.feature(i);
            int base = i * capacity;
            for (int k = 0; k < count; k++) {
                inputs[base + k] = feature.value(raw[k], plane ? raw[capacity + k] : 0.0);
            }
        }
    }

    /** a of neuron {@code neuron} of layer {@code layer} at point {@code point}, from the last {@link #run}. */
    public double activation(int layer, int neuron, int point) {
        return a[layer][neuron * capacity + point];
    }

    /** Output {@code neuron} at point {@code point}, from the last {@link #run}. */
    public double output(int neuron, int point) {
        return a[layers - 1][neuron * capacity + point];
    }
}
