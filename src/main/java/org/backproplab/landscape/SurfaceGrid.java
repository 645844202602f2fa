package org.backproplab.landscape;

/**
 * f of a {@link Surface} sampled on a grid over its view box, for the sandbox's heatmap: cell (column,
 * row) holds f at the cell's centre, row 0 at the top (y = maxY), as an image is laid out. Computed once
 * per surface; the finite minimum and maximum come with it.
 */
public final class SurfaceGrid {
    private final int columns;
    private final int rows;
    private final double[] values;
    private double min = Double.NaN;
    private double max = Double.NaN;

    /** @param columns cells across, 2 to 1024; @param rows cells down, 2 to 1024 */
    public SurfaceGrid(int columns, int rows) {
        if (columns < 2 || columns > 1024 || rows < 2 || rows > 1024) {
            throw new IllegalArgumentException("a surface grid has 2 to 1024 columns and rows, but " + columns + " × "
                    + rows + " were asked for");
        }
        this.columns = columns;
        this.rows = rows;
        this.values = new double[columns * rows];
    }

    /** Samples f of {@code surface} over its view box into this grid. Allocates nothing. */
    public void sample(Surface surface) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double width = surface.maxX() - surface.minX();
        double height = surface.maxY() - surface.minY();
        for (int row = 0; row < rows; row++) {
            double y = surface.maxY() - (row + 0.5) * height / rows;
            for (int column = 0; column < columns; column++) {
                double x = surface.minX() + (column + 0.5) * width / columns;
                double value = surface.value(x, y);
                values[row * columns + column] = value;
                if (Double.isFinite(value)) {
                    lo = Math.min(lo, value);
                    hi = Math.max(hi, value);
                }
            }
        }
        min = lo <= hi ? lo : Double.NaN;
        max = lo <= hi ? hi : Double.NaN;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** f at every cell, row by row from the top (live; do not modify). */
    public double[] valuesView() {
        return values;
    }

    /** The smallest finite f sampled; NaN before {@link #sample} or when none is finite. */
    public double min() {
        return min;
    }

    /** The largest finite f sampled; NaN before {@link #sample} or when none is finite. */
    public double max() {
        return max;
    }
}
