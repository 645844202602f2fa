package org.backproplab.landscape;

import org.backproplab.core.Network;
import org.backproplab.data.Dataset;

/**
 * J over a 2-D grid of two parameters, every other parameter held where it is: the cost landscape seen from
 * two weights, for a heatmap with {@link Contours} and a {@link Trajectory2D} on top. The grid is centred on
 * the current values; with odd counts the middle sample is the current point itself, so it equals J.
 *
 * <p>The examples J is taken over are fixed at construction, as for {@link CostSlice} (null rows: the whole
 * data set). Puts both parameters back bit for bit; allocates nothing after construction. The work is one
 * forward pass over the examples per grid point: keep grids coarse (e.g. 41 × 41) for large data.
 */
public final class CostGrid {
    private final CostFunction function;
    private double min = Double.NaN;
    private double max = Double.NaN;
    // the cells under way in slices (beginCells … advanceCells)
    private int cellsFirst;
    private int cellsSecond;
    private double cellsCenter1;
    private double cellsCenter2;
    private double cellsDx;
    private double cellsDy;
    private double cellsMidX;
    private double cellsMidY;
    private int cellsColumns;
    private int cellsNext;
    private int cellsEnd;

    /** @param rows the examples of {@code data} to take J over, or null for all of them (copied) */
    public CostGrid(Network network, Dataset data, int[] rows) {
        this.function = new CostFunction(network, data, rows);
    }

    public Network network() {
        return function.network;
    }

    /** J at the current parameters. */
    public double cost() {
        return function.cost();
    }

    /**
     * Writes J into {@code costs[y·columns + x]} for x in [0, columns), y in [0, rows), where parameter
     * {@code first} takes w1 + (x − (columns − 1)/2)·2r1/(columns − 1) and {@code second} takes
     * w2 + (y − (rows − 1)/2)·2r2/(rows − 1) (w1, w2 their current values). Returns nothing; the finite
     * minimum and maximum are then in {@link #min()} and {@link #max()} (NaN if no value is finite).
     */
    public void sample(int first, int second, double firstRadius, double secondRadius, int columns, int rows,
            double[] costs) {
        function.checkIndex(first);
        function.checkIndex(second);
        sampleAround(first, second, function.parameters[first], function.parameters[second], firstRadius,
                secondRadius, columns, rows, costs);
    }

    /**
     * As {@link #sample}, but centred on (center1, center2) instead of the current values: a view that keeps
     * its window while the weights move under it. The parameters are put back bit for bit.
     */
    public void sampleAround(int first, int second, double center1, double center2, double firstRadius,
            double secondRadius, int columns, int rows, double[] costs) {
        sampleRows(first, second, center1, center2, firstRadius, secondRadius, columns, rows, 0, rows, costs);
        min = Double.NaN;
        max = Double.NaN;
        for (int k = 0; k < columns * rows; k++) {
            double cost = costs[k];
            if (Double.isFinite(cost)) {
                if (!(cost >= min)) {
                    min = cost;
                }
                if (!(cost <= max)) {
                    max = cost;
                }
            }
        }
    }

    /**
     * Only the grid rows [fromRow, toRow) of {@link #sampleAround} (the same values), so that a view can
     * spread a large grid over several animation frames. Leaves {@link #min()} and {@link #max()} alone.
     */
    public void sampleRows(int first, int second, double center1, double center2, double firstRadius,
            double secondRadius, int columns, int rows, int fromRow, int toRow, double[] costs) {
        if (fromRow < 0 || toRow > rows || fromRow > toRow) {
            throw new IllegalArgumentException("rows " + fromRow + " to " + toRow + " are not within the grid's 0 to "
                    + rows);
        }
        sampleCells(first, second, center1, center2, firstRadius, secondRadius, columns, rows, fromRow * columns,
                toRow * columns, costs);
    }

    /**
     * Only the cells [fromCell, toCell) of {@link #sampleAround} in row-major order (cell y·columns + x), the
     * same values: one forward pass over the examples per cell, for work spread finer than a row.
     */
    public void sampleCells(int first, int second, double center1, double center2, double firstRadius,
            double secondRadius, int columns, int rows, int fromCell, int toCell, double[] costs) {
        check(first, second, center1, center2, firstRadius, secondRadius, columns, rows, fromCell, toCell, costs.length);
        double dx = 2 * firstRadius / (columns - 1);
        double dy = 2 * secondRadius / (rows - 1);
        double midX = 0.5 * (columns - 1);
        double midY = 0.5 * (rows - 1);
        for (int cell = fromCell; cell < toCell; cell++) {
            int y = cell / columns;
            int x = cell - y * columns;
            costs[cell] = function.costWith(first, center1 + (x - midX) * dx, second, center2 + (y - midY) * dy);
        }
    }

    /**
     * The cells [fromCell, toCell) of {@link #sampleCells} in slices of examples, for a view that spreads even one
     * cell (a forward pass over every example) over animation frames: starts them here; {@link #advanceCells}
     * writes each cell once its examples are all in, the same value as sampleCells bit for bit. The parameters
     * must not change meanwhile.
     */
    public void beginCells(int first, int second, double center1, double center2, double firstRadius,
            double secondRadius, int columns, int rows, int fromCell, int toCell) {
        check(first, second, center1, center2, firstRadius, secondRadius, columns, rows, fromCell, toCell,
                columns * rows);
        cellsFirst = first;
        cellsSecond = second;
        cellsCenter1 = center1;
        cellsCenter2 = center2;
        cellsDx = 2 * firstRadius / (columns - 1);
        cellsDy = 2 * secondRadius / (rows - 1);
        cellsMidX = 0.5 * (columns - 1);
        cellsMidY = 0.5 * (rows - 1);
        cellsColumns = columns;
        cellsNext = fromCell;
        cellsEnd = toCell;
        if (cellsNext < cellsEnd) {
            beginCell();
        }
    }

    /**
     * Adds up to {@code maxExamples} (≥ 1) examples' forward passes to the cells {@link #beginCells} started, going
     * on to the next cell when one is done and writing it into {@code costs[cell]}; true once every cell is written.
     */
    public boolean advanceCells(int maxExamples, double[] costs) {
        if (maxExamples < 1) {
            throw new IllegalArgumentException("a slice needs at least 1 example, but maxExamples is " + maxExamples);
        }
        int left = maxExamples;
        while (left > 0 && cellsNext < cellsEnd) {
            int take = Math.min(left, function.passRemaining());
            if (function.advancePass(take)) {
                costs[cellsNext] = function.passCost();
                if (++cellsNext < cellsEnd) {
                    beginCell();
                }
            }
            left -= take;
        }
        return cellsNext >= cellsEnd;
    }

    /** The next cell {@link #advanceCells} writes (the end once all are written). */
    public int nextCell() {
        return cellsNext;
    }

    private void beginCell() {
        int y = cellsNext / cellsColumns;
        int x = cellsNext - y * cellsColumns;
        function.beginPass(cellsFirst, cellsCenter1 + (x - cellsMidX) * cellsDx, cellsSecond,
                cellsCenter2 + (y - cellsMidY) * cellsDy, false);
    }

    private void check(int first, int second, double center1, double center2, double firstRadius,
            double secondRadius, int columns, int rows, int fromCell, int toCell, int costsLength) {
        function.checkIndex(first);
        function.checkIndex(second);
        if (first == second) {
            throw new IllegalArgumentException("a grid needs two different parameters, but both are " + first);
        }
        if (columns < 2 || rows < 2 || costsLength < columns * rows) {
            throw new IllegalArgumentException("a grid needs at least 2 × 2 points and an array that holds them, "
                    + "but is " + columns + " × " + rows + " with an array of " + costsLength);
        }
        if (fromCell < 0 || toCell > columns * rows || fromCell > toCell) {
            throw new IllegalArgumentException("cells " + fromCell + " to " + toCell + " are not within the grid's 0 to "
                    + columns * rows);
        }
        if (!Double.isFinite(center1) || !Double.isFinite(center2)) {
            throw new IllegalArgumentException("the grid's centre must be finite, but is (" + center1 + ", "
                    + center2 + ")");
        }
        checkRadius(firstRadius);
        checkRadius(secondRadius);
    }

    private static void checkRadius(double radius) {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("the radius must be a finite number > 0, but is " + radius);
        }
    }

    /** The smallest finite J of the last {@link #sample}; NaN if none. */
    public double min() {
        return min;
    }

    /** The largest finite J of the last {@link #sample}; NaN if none. */
    public double max() {
        return max;
    }
}
