package org.backproplab.viz;

/**
 * Where a data set's examples go in a small square picture of side {@code side} (CSS px): points of the
 * plane by their coordinates over [−{@value #HALF_RANGE}, {@value #HALF_RANGE}]² (y up), a curve's examples
 * sorted by x and joined, x over [−{@value #HALF_RANGE}, {@value #HALF_RANGE}] and y over its own range with
 * a margin, so a flat line and a steep one both fill the picture.
 */
public final class DataThumbnail {
    /** Half the width of the shown domain: every input of a built-in data set lies within ±6. */
    public static final double HALF_RANGE = 6.0;
    /** The fraction of the side left free above and below a curve. */
    public static final double CURVE_MARGIN = 0.12;

    private DataThumbnail() {
    }

    /** The horizontal pixel of coordinate {@code x}. */
    public static double pixelX(double x, double side) {
        return (x + HALF_RANGE) / (2 * HALF_RANGE) * side;
    }

    /** The vertical pixel of coordinate {@code y} of a point of the plane (y grows upwards). */
    public static double pixelY(double y, double side) {
        return (HALF_RANGE - y) / (2 * HALF_RANGE) * side;
    }

    /**
     * A curve through {@code count} examples (x = xs[k], y = ys[k]): writes their pixels sorted by x into
     * {@code px}, {@code py}. A constant curve sits in the middle.
     */
    public static void curve(double[] xs, double[] ys, int count, double side, double[] px, double[] py) {
        int[] order = new int[count];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            // insertion sort by x: a thumbnail has a few hundred examples, sorted once
            int n = k;
            while (n > 0 && xs[order[n - 1]] > xs[k]) {
                order[n] = order[n - 1];
                n--;
            }
            order[n] = k;
            low = Math.min(low, ys[k]);
            high = Math.max(high, ys[k]);
        }
        double inner = side * (1 - 2 * CURVE_MARGIN);
        for (int k = 0; k < count; k++) {
            int n = order[k];
            px[k] = pixelX(xs[n], side);
            py[k] = high > low ? side * CURVE_MARGIN + (high - ys[n]) / (high - low) * inner : side / 2;
        }
    }
}
