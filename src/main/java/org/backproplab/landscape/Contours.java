package org.backproplab.landscape;

/**
 * Contour lines of a grid of values by marching squares, as straight segments: pure geometry, no drawing.
 * Each grid cell whose corners straddle a level gets one segment (two at a saddle, decided by the cell's
 * mean), with end points linearly interpolated along the cell's edges. Cells with a NaN or infinite corner
 * are skipped. Allocates nothing.
 */
public final class Contours {
    private Contours() {
    }

    /**
     * {@code count} levels spaced evenly in log J strictly between {@code min} and {@code max}: level i is
     * min·(max/min)^((i + 1)/(count + 1)). Costs span decades, so even spacing in log shows the valley floor
     * as well as the walls. A min ≤ 0 is raised to max·10⁻⁶. Writes {@code levels[0..count)}.
     */
    public static void logLevels(double min, double max, int count, double[] levels) {
        if (!(max > 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("log-spaced levels need a finite max > 0, but max is " + max);
        }
        double low = min > 0 ? min : max * 1e-6;
        double logLow = Math.log(low);
        double logRange = Math.log(max) - logLow;
        for (int i = 0; i < count; i++) {
            levels[i] = Math.exp(logLow + logRange * (i + 1) / (count + 1));
        }
    }

    /** {@code count} levels spaced evenly strictly between min and max: min + (max − min)·(i + 1)/(count + 1). */
    public static void linearLevels(double min, double max, int count, double[] levels) {
        for (int i = 0; i < count; i++) {
            levels[i] = min + (max - min) * (i + 1) / (count + 1);
        }
    }

    /**
     * Traces {@code levelCount} levels through the grid {@code values[y·columns + x]}, whose point (x, y)
     * sits at (x0 + x·dx, y0 + y·dy). Segment s goes from (segments[4s], segments[4s+1]) to
     * (segments[4s+2], segments[4s+3]) and belongs to level {@code segmentLevels[s]}. Stops when either
     * output array is full. Returns the number of segments written.
     */
    public static int trace(double[] values, int columns, int rows, double x0, double dx, double y0, double dy,
            double[] levels, int levelCount, double[] segments, int[] segmentLevels) {
        int capacity = Math.min(segments.length / 4, segmentLevels.length);
        int count = 0;
        for (int level = 0; level < levelCount; level++) {
            double v = levels[level];
            for (int y = 0; y + 1 < rows; y++) {
                for (int x = 0; x + 1 < columns; x++) {
                    double v00 = values[y * columns + x];
                    double v10 = values[y * columns + x + 1];
                    double v01 = values[(y + 1) * columns + x];
                    double v11 = values[(y + 1) * columns + x + 1];
                    if (!(Double.isFinite(v00) && Double.isFinite(v10) && Double.isFinite(v01) && Double.isFinite(v11))) {
                        continue;
                    }
                    int code = (v00 > v ? 1 : 0) | (v10 > v ? 2 : 0) | (v11 > v ? 4 : 0) | (v01 > v ? 8 : 0);
                    if (code == 0 || code == 15) {
                        continue;
                    }
                    // edges: 0 bottom (00→10), 1 right (10→11), 2 top (01→11), 3 left (00→01)
                    int a1;
                    int b1;
                    int a2 = -1;
                    int b2 = -1;
                    switch (code) {
                        case 1: case 14: a1 = 3; b1 = 0; break;
                        case 2: case 13: a1 = 0; b1 = 1; break;
                        case 3: case 12: a1 = 3; b1 = 1; break;
                        case 4: case 11: a1 = 1; b1 = 2; break;
                        case 6: case 9: a1 = 0; b1 = 2; break;
                        case 7: case 8: a1 = 3; b1 = 2; break;
                        default: {
                            // a saddle (5 or 10): the cell's mean decides which pair of corners is joined
                            boolean centerAbove = 0.25 * (v00 + v10 + v01 + v11) > v;
                            boolean isolateLowerLeftAndUpperRight = (code == 5) != centerAbove;
                            if (isolateLowerLeftAndUpperRight) {
                                a1 = 3; b1 = 0; a2 = 1; b2 = 2;
                            } else {
                                a1 = 0; b1 = 1; a2 = 3; b2 = 2;
                            }
                        }
                    }
                    if (count == capacity) {
                        return count;
                    }
                    write(segments, segmentLevels, count++, level, a1, b1, x, y, v, v00, v10, v01, v11, x0, dx, y0, dy);
                    if (a2 >= 0) {
                        if (count == capacity) {
                            return count;
                        }
                        write(segments, segmentLevels, count++, level, a2, b2, x, y, v, v00, v10, v01, v11, x0, dx, y0, dy);
                    }
                }
            }
        }
        return count;
    }

    private static void write(double[] segments, int[] segmentLevels, int s, int level, int edgeA, int edgeB, int x,
            int y, double v, double v00, double v10, double v01, double v11, double x0, double dx, double y0, double dy) {
        segments[4 * s] = x0 + dx * edgeX(edgeA, x, v, v00, v10, v01, v11);
        segments[4 * s + 1] = y0 + dy * edgeY(edgeA, y, v, v00, v10, v01, v11);
        segments[4 * s + 2] = x0 + dx * edgeX(edgeB, x, v, v00, v10, v01, v11);
        segments[4 * s + 3] = y0 + dy * edgeY(edgeB, y, v, v00, v10, v01, v11);
        segmentLevels[s] = level;
    }

    /** Grid x of the level's crossing on an edge of cell (x, y). */
    private static double edgeX(int edge, int x, double v, double v00, double v10, double v01, double v11) {
        switch (edge) {
            case 0: return x + crossing(v, v00, v10);
            case 1: return x + 1;
            case 2: return x + crossing(v, v01, v11);
            default: return x;
        }
    }

    /** Grid y of the level's crossing on an edge of cell (x, y). */
    private static double edgeY(int edge, int y, double v, double v00, double v10, double v01, double v11) {
        switch (edge) {
            case 0: return y;
            case 1: return y + crossing(v, v10, v11);
            case 2: return y + 1;
            default: return y + crossing(v, v00, v01);
        }
    }

    /** Where between 0 (value a) and 1 (value b) the linear interpolation reaches level v. */
    private static double crossing(double v, double a, double b) {
        return (v - a) / (b - a);
    }
}
