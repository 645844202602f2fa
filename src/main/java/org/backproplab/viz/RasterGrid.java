package org.backproplab.viz;

/**
 * A grid of {@code columns × rows} cells over the input domain [xMin, xMax] × [yMin, yMax], and the
 * mapping between domain coordinates and canvas pixels. Row 0 is the top (y = yMax), because canvas y
 * grows downwards; cell (c, r) is index {@code r · columns + c}, the order of {@code ImageData} pixels.
 * Each cell is sampled at its centre. Immutable; allocates nothing after construction.
 */
public final class RasterGrid {
    /** The most cells along either side. */
    public static final int MAX_SIDE = 1024;

    private final int columns;
    private final int rows;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    /**
     * @param columns 1 to {@value #MAX_SIDE}
     * @param rows 1 to {@value #MAX_SIDE}
     * @throws IllegalArgumentException when a side is out of range or a bound is not finite or
     *     xMin ≥ xMax or yMin ≥ yMax
     */
    public RasterGrid(int columns, int rows, double xMin, double xMax, double yMin, double yMax) {
        if (columns < 1 || columns > MAX_SIDE || rows < 1 || rows > MAX_SIDE) {
            throw new IllegalArgumentException("a raster needs 1 to " + MAX_SIDE + " columns and rows, but has "
                    + columns + " × " + rows);
        }
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && xMin < xMax)) {
            throw new IllegalArgumentException("the x range must be finite with xMin < xMax, but is [" + xMin + ", "
                    + xMax + "]");
        }
        if (!(Double.isFinite(yMin) && Double.isFinite(yMax) && yMin < yMax)) {
            throw new IllegalArgumentException("the y range must be finite with yMin < yMax, but is [" + yMin + ", "
                    + yMax + "]");
        }
        this.columns = columns;
        this.rows = rows;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /** A square grid of {@code side × side} cells over [−6, 6]², the domain of the built-in datasets. */
    public static RasterGrid playground(int side) {
        return new RasterGrid(side, side, -6, 6, -6, 6);
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** columns · rows. */
    public int cellCount() {
        return columns * rows;
    }

    public double xMin() {
        return xMin;
    }

    public double xMax() {
        return xMax;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }

    /** The domain x at the centre of column c: xMin + (c + ½)·(xMax − xMin)/columns. */
    public double cellX(int column) {
        return xMin + (column + 0.5) * (xMax - xMin) / columns;
    }

    /** The domain y at the centre of row r (row 0 at the top): yMax − (r + ½)·(yMax − yMin)/rows. */
    public double cellY(int row) {
        return yMax - (row + 0.5) * (yMax - yMin) / rows;
    }

    /** Canvas x of domain x, for a drawing {@code pixelWidth} wide showing the whole x range. */
    public double toPixelX(double x, double pixelWidth) {
        return (x - xMin) / (xMax - xMin) * pixelWidth;
    }

    /** Canvas y of domain y (yMax at the top, 0), for a drawing {@code pixelHeight} high. */
    public double toPixelY(double y, double pixelHeight) {
        return (yMax - y) / (yMax - yMin) * pixelHeight;
    }

    /** Domain x of canvas x: the inverse of {@link #toPixelX}. */
    public double toDomainX(double pixelX, double pixelWidth) {
        return xMin + pixelX / pixelWidth * (xMax - xMin);
    }

    /** Domain y of canvas y: the inverse of {@link #toPixelY}. */
    public double toDomainY(double pixelY, double pixelHeight) {
        return yMax - pixelY / pixelHeight * (yMax - yMin);
    }
}
