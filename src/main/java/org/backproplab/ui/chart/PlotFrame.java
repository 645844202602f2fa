package org.backproplab.ui.chart;

import org.backproplab.ui.dom.Dom;

import org.backproplab.viz.CurveGeometry;
import org.backproplab.viz.TickLabels;
import org.backproplab.viz.Ticks;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * The frame of one cost plot: grid, axes, tick labels and axis titles around the plot rectangle of a
 * {@link CurveGeometry}, for the cost view and the learning-rate lab's charts. A view keeps one PlotFrame
 * for its geometry; each paint it collects the cost range ({@link #startCostRange}, {@link #includeCost},
 * {@link #fitCosts}) or fits the geometry itself, then calls {@link #layout} and {@link #draw}.
 *
 * <p>The tick labels are cached ({@link TickLabels}): they are rebuilt, and the widest y label measured,
 * only when the ticks change, so a plot redrawn every frame on an unchanged axis builds no strings.
 *
 * <p>An x axis "in log10 units" (the finder's α axis) shows only whole ticks k, labelled 10^k written out
 * ("0.001", "10"); with "whole x only" (iterations) the x axis shows only whole-number ticks, so a short
 * run gets no "0.5".
 */
public final class PlotFrame {
    public static final String FONT = "11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    public static final String BOLD_FONT = "bold 12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    static final String GRID_COLOR = "#eceef0";
    public static final String AXIS_COLOR = "#555555";
    public static final String FRAME_COLOR = "#9aa0a6";
    public static final String DIVERGED_COLOR = "#c62828";
    /** Space between the widest y tick label and the canvas's left edge plus the plot's left edge. */
    private static final double LABEL_GAP = 14;

    private final CurveGeometry geometry;
    private final double top;
    private final double right;
    private final double bottom;
    private final boolean xInLog10Units;
    private final boolean wholeXOnly;
    private final TickLabels xLabels = new TickLabels();
    private final TickLabels yLabels = new TickLabels();
    /** The widest y label in {@link #FONT}; negative: to be measured. */
    private double widestYLabel = -1;
    private final double[] rangeX = new double[2];
    private final double[] rangeY = new double[2];
    private double costLow;
    private double costHigh;
    private boolean logCosts;
    private double left;
    private double width;
    private double height;

    /**
     * A frame for {@code geometry} with the given margins in CSS pixels above, right of and below the plot
     * (the left margin follows the widest y tick label).
     */
    public PlotFrame(CurveGeometry geometry, double top, double right, double bottom, boolean xInLog10Units,
            boolean wholeXOnly) {
        this.geometry = geometry;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.xInLog10Units = xInLog10Units;
        this.wholeXOnly = wholeXOnly;
    }

    /** Starts collecting the range of the cost axis, on a log10 axis when {@code log}. */
    public void startCostRange(boolean log) {
        logCosts = log;
        costLow = Double.POSITIVE_INFINITY;
        costHigh = Double.NEGATIVE_INFINITY;
    }

    /** Widens the cost range to {@code cost}; a non-finite cost, or one ≤ 0 on a log axis, is left out. */
    public void includeCost(double cost) {
        if (Double.isFinite(cost) && (!logCosts || cost > 0)) {
            costLow = Math.min(costLow, cost);
            costHigh = Math.max(costHigh, cost);
        }
    }

    /**
     * Fits the geometry to x from {@code xMin} to {@code xMax} and the cost range collected since
     * {@link #startCostRange}; with no cost collected, to 0.01..1 on a log axis and 0..1 on a linear one.
     */
    public void fitCosts(double xMin, double xMax) {
        boolean any = costLow <= costHigh;
        rangeX[0] = xMin;
        rangeX[1] = xMax;
        rangeY[0] = any ? costLow : (logCosts ? 0.01 : 0);
        rangeY[1] = any ? costHigh : 1;
        geometry.fit(rangeX, rangeY, 2, logCosts);
    }

    /**
     * After the geometry's fit: sets its plot area inside a canvas of {@code canvasWidth} × {@code canvasHeight},
     * with room on the left for the widest y tick label. Returns false, and sets nothing, when the plot would
     * be narrower or lower than {@code minSide}.
     */
    public boolean layout(CanvasRenderingContext2D g, double canvasWidth, double canvasHeight, double minSide) {
        xLabels.update(geometry.xTicks(), xInLog10Units);
        if (yLabels.update(geometry.yTicks(), false)) {
            widestYLabel = -1;
        }
        g.setFont(FONT);
        if (widestYLabel < 0) {
            widestYLabel = 0;
            for (int i = 0; i < yLabels.count(); i++) {
                widestYLabel = Math.max(widestYLabel, g.measureText(yLabels.get(i)).getWidth());
            }
        }
        double plotLeft = Math.ceil(widestYLabel) + LABEL_GAP;
        double plotWidth = canvasWidth - plotLeft - right;
        double plotHeight = canvasHeight - top - bottom;
        if (plotWidth < minSide || plotHeight < minSide) {
            return false;
        }
        left = plotLeft;
        width = plotWidth;
        height = plotHeight;
        geometry.setPlotArea(left, top, width, height);
        return true;
    }

    public double left() {
        return left;
    }

    double top() {
        return top;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /**
     * Draws grid lines, the frame and the tick labels of the plot area set by {@link #layout}, and the axis
     * titles: {@code xTitle} under the x axis at the right, {@code yTitle} (null: none) above the y axis at
     * the left.
     */
    public void draw(CanvasRenderingContext2D g, String xTitle, String yTitle, double canvasHeight) {
        double plotBottom = top + height;
        Ticks xTicks = geometry.xTicks();
        Ticks yTicks = geometry.yTicks();
        boolean wholeOnly = xInLog10Units || wholeXOnly;
        g.beginPath();
        for (int i = 0; i < yTicks.count(); i++) {
            double y = Dom.pixel(geometry.y(yTicks.value(i))) + 0.5;
            g.moveTo(left, y);
            g.lineTo(left + width, y);
        }
        for (int i = 0; i < xTicks.count(); i++) {
            if (skipX(xTicks.value(i), wholeOnly)) {
                continue;
            }
            double x = Dom.pixel(geometry.x(xTicks.value(i))) + 0.5;
            g.moveTo(x, top);
            g.lineTo(x, plotBottom);
        }
        g.setStrokeStyle(GRID_COLOR);
        g.setLineWidth(1);
        g.stroke();

        g.beginPath();
        g.moveTo(left - 0.5, top);
        g.lineTo(left - 0.5, plotBottom + 0.5);
        g.lineTo(left + width, plotBottom + 0.5);
        g.setStrokeStyle(FRAME_COLOR);
        g.stroke();

        g.setFont(FONT);
        g.setFillStyle(AXIS_COLOR);
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i < yTicks.count(); i++) {
            g.fillText(yLabels.get(i), left - 6, geometry.y(yTicks.value(i)));
        }
        g.setTextBaseline("top");
        for (int i = 0; i < xTicks.count(); i++) {
            double value = xTicks.value(i);
            if (skipX(value, wholeOnly)) {
                continue;
            }
            double x = geometry.x(value);
            // keep the first and last labels inside the canvas
            g.setTextAlign(x > left + width - 12 ? "right" : x < left + 12 ? "left" : "center");
            g.fillText(xLabels.get(i), x, plotBottom + 5);
        }
        g.setTextAlign("right");
        g.setTextBaseline("alphabetic");
        g.fillText(xTitle, left + width, canvasHeight - 3);
        if (yTitle != null) {
            g.setTextAlign("left");
            g.setTextBaseline("top");
            g.fillText(yTitle, left + 4, 2);
        }
    }

    private static boolean skipX(double value, boolean wholeOnly) {
        return wholeOnly && value != Math.rint(value);
    }

    /** A ring with a cross at (x, y) in {@code color}: where a run diverged. */
    public static void crossMark(CanvasRenderingContext2D g, double x, double y, double radius, String color) {
        double arm = radius * 0.56;
        g.beginPath();
        g.arc(x, y, radius, 0, 2 * Math.PI);
        g.setFillStyle("#ffffff");
        g.fill();
        g.moveTo(x - arm, y - arm);
        g.lineTo(x + arm, y + arm);
        g.moveTo(x + arm, y - arm);
        g.lineTo(x - arm, y + arm);
        g.setStrokeStyle(color);
        g.setLineWidth(2);
        g.stroke();
    }
}
