package org.backproplab.viz;

import org.backproplab.core.Shape;

/**
 * The network's edges grouped into batches of one colour and (nearly) one width, so the view strokes one
 * path per batch instead of one per weight: the largest network has 1,328 weights, and a canvas stroke
 * each cost more than everything else in its frame. Widths ({@link EdgeStyle#width}) are rounded to
 * {@value #WIDTH_STEP} px, a difference no one can see; colours are {@link EdgeStyle#color}'s. Batches
 * go from thin to thick, so drawing them in order puts the strong weights on top.
 *
 * <p>Batch 0 holds NaN weights, batch 1 zero weights, then for width step w (0 = the thinnest) batch
 * 2 + 2w holds the negative weights and 2 + 2w + 1 the positive ones. Allocates its arrays once;
 * {@link #group} allocates nothing.
 */
public final class EdgeBatches {
    /** Widths are rounded to multiples of this (CSS px) from {@link EdgeStyle#MIN_WIDTH} on. */
    public static final double WIDTH_STEP = 0.125;
    /** Width steps from {@link EdgeStyle#MIN_WIDTH} to {@link EdgeStyle#MAX_WIDTH}. */
    static final int WIDTHS = (int) ((EdgeStyle.MAX_WIDTH - EdgeStyle.MIN_WIDTH) / WIDTH_STEP + 0.5) + 1;
    private static final int NAN_BATCH = 0;
    private static final int ZERO_BATCH = 1;

    private final ColorScale scale;
    private final int[] weights;
    private final int[] batchOf;
    private final int[] start = new int[2 + 2 * WIDTHS + 1];
    private final int[] order;

    /** For the weights of a network of {@code shape}, coloured by {@code scale}. */
    public EdgeBatches(Shape shape, ColorScale scale) {
        this.scale = scale;
        int count = 0;
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            count += shape.size(l) * shape.size(l + 1);
        }
        weights = new int[count];
        int k = 0;
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            int offset = shape.weightOffset(l);
            for (int n = 0; n < shape.size(l) * shape.size(l + 1); n++) {
                weights[k++] = offset + n;
            }
        }
        batchOf = new int[count];
        order = new int[count];
    }

    /** {@link EdgeBatches#EdgeBatches(Shape, ColorScale)} with {@link ColorScale#PLAYGROUND}. */
    public EdgeBatches(Shape shape) {
        this(shape, ColorScale.PLAYGROUND);
    }

    /** Sorts the weights of {@code parameters} into batches (stable: within a batch, in parameter order). */
    public void group(double[] parameters) {
        java.util.Arrays.fill(start, 0);
        for (int k = 0; k < weights.length; k++) {
            int batch = batchOf(parameters[weights[k]]);
            batchOf[k] = batch;
            start[batch + 1]++;
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        // counting sort; start[b] walks to the end of batch b and is shifted back below
        for (int k = 0; k < weights.length; k++) {
            order[start[batchOf[k]]++] = weights[k];
        }
        for (int b = start.length - 1; b > 0; b--) {
            start[b] = start[b - 1];
        }
        start[0] = 0;
    }

    private static int batchOf(double weight) {
        if (weight != weight) {
            return NAN_BATCH;
        }
        if (weight == 0) {
            return ZERO_BATCH;
        }
        int step = (int) ((EdgeStyle.width(weight) - EdgeStyle.MIN_WIDTH) / WIDTH_STEP + 0.5);
        return 2 + 2 * Math.min(step, WIDTHS - 1) + (weight > 0 ? 1 : 0);
    }

    public int batchCount() {
        return start.length - 1;
    }

    /** The first position of batch {@code batch} in {@link #edge}'s order. */
    public int start(int batch) {
        return start[batch];
    }

    /** One past the last position of batch {@code batch}. */
    public int end(int batch) {
        return start[batch + 1];
    }

    /** The flat parameter index of the weight at position {@code position} (batch by batch). */
    public int edge(int position) {
        return order[position];
    }

    /** The line width (CSS px) of every edge in batch {@code batch}. */
    public double width(int batch) {
        return batch < 2 ? EdgeStyle.MIN_WIDTH : EdgeStyle.MIN_WIDTH + ((batch - 2) / 2) * WIDTH_STEP;
    }

    /** The CSS colour of every edge in batch {@code batch} (cached strings). */
    public String color(int batch) {
        if (batch == NAN_BATCH) {
            return EdgeStyle.color(scale, Double.NaN);
        }
        if (batch == ZERO_BATCH) {
            return EdgeStyle.color(scale, 0);
        }
        return EdgeStyle.color(scale, (batch - 2) % 2 == 1 ? 1 : -1);
    }
}
