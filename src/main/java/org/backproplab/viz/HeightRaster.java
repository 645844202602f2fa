package org.backproplab.viz;

/**
 * Paints a grid of heights (a cost surface) as a heatmap with contour-like bands: each value is placed
 * between {@code low} and {@code high} (on a log scale when asked, so a valley floor and its walls, decades
 * apart, both show their shape), coloured by a {@link ColorScale} from −1 (low) to +1 (high), and the
 * pixels where the value crosses one of evenly spaced levels are darkened, which draws the contours
 * without tracing them. Pure and allocation-free.
 */
public final class HeightRaster {
    /** A contour pixel keeps this share of its colour's brightness. */
    static final double LINE_SHADE = 0.82;

    private HeightRaster() {
    }

    /**
     * The position of {@code value} on the scale, −1 at {@code low} to +1 at {@code high} (clamped); NaN for
     * a NaN value. On a log scale the position is that of log(value − low + floor) with floor = 10⁻⁴·(high −
     * low), so the lowest value sits at −1 even when it is 0 or negative.
     */
    public static double position(double value, double low, double high, boolean log) {
        if (value != value) {
            return Double.NaN;
        }
        double span = high - low;
        if (!(span > 0) || Double.isInfinite(span)) {
            return 0;
        }
        double t;
        if (log) {
            double floor = 1e-4 * span;
            double shifted = Math.max(floor, value - low + floor);
            t = Math.log(shifted / floor) / Math.log((span + floor) / floor);
        } else {
            t = (value - low) / span;
        }
        t = t < 0 ? 0 : (t > 1 ? 1 : t);
        return 2 * t - 1;
    }

    /**
     * Writes one pixel per value of a grid {@code values[row·columns + column]} into {@code pixels} (ImageData
     * order, see {@link ColorScale}): the scale's colour at {@link #position}, darkened where the band
     * (one of {@code bands} equal slices of the scale) differs from the band of the right or lower
     * neighbour, which draws each level line as a continuous one-pixel contour.
     */
    public static void paint(double[] values, int columns, int rows, double low, double high, boolean log, int bands,
            ColorScale scale, int[] pixels) {
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int i = row * columns + column;
                double position = position(values[i], low, high, log);
                int pixel = scale.pixel(position);
                if (bands > 1 && position == position) {
                    int band = band(position, bands);
                    boolean edge = column + 1 < columns && band != band(position(values[i + 1], low, high, log), bands)
                            || row + 1 < rows && band != band(position(values[i + columns], low, high, log), bands);
                    if (edge) {
                        pixel = shade(pixel);
                    }
                }
                pixels[i] = pixel;
            }
        }
    }

    /** Which of {@code bands} equal slices of [−1, 1] a position falls in (NaN: −1). */
    static int band(double position, int bands) {
        if (position != position) {
            return -1;
        }
        return Math.min(bands - 1, (int) Math.floor((position + 1) * 0.5 * bands));
    }

    /** The pixel with red, green and blue multiplied by {@link #LINE_SHADE}, alpha kept. */
    static int shade(int pixel) {
        int r = (int) (ColorScale.red(pixel) * LINE_SHADE);
        int g = (int) (ColorScale.green(pixel) * LINE_SHADE);
        int b = (int) (ColorScale.blue(pixel) * LINE_SHADE);
        return (ColorScale.alpha(pixel) << 24) | (b << 16) | (g << 8) | r;
    }
}
