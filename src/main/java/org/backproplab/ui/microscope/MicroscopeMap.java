package org.backproplab.ui.microscope;

import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.ViewPixels;

import org.backproplab.landscape.Contours;
import org.backproplab.landscape.Trajectory2D;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.Ticks;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * J over two weights, every other parameter where it is: a heatmap of log J (light = low) with contour
 * lines at log-spaced levels, the current point, the downhill direction −∇J, and the path the two weights
 * took while training. Both axes share one scale, so −∇J crosses the contour lines at right angles. A map
 * being measured fills in row by row; its contour lines come when it is complete.
 */
final class MicroscopeMap {
    static final int CELLS = MicroscopeWork.CELLS;
    /** Cells not measured yet. */
    private static final int UNMEASURED = 0xFFFFFFFF;
    private static final int LEVELS = 9;
    private static final int MAX_SEGMENTS = 8000;
    /** Low J light, high J dark: a sequential blue that the orange path and green arrow stand out on. */
    private static final ColorScale SCALE = new ColorScale(0xFAFCFE, 0xB7D3E8, 0x4A78A6);
    private static final String CONTOUR = "rgba(20, 40, 60, 0.45)";
    private static final String PATH = "#e8710a";
    private static final String FRAME = "#9aa0a6";
    private static final String AXIS_TEXT = "#555555";
    private static final String FONT = "11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    private static final String LABEL_FONT = "italic 13px Georgia, 'Times New Roman', serif";
    private static final double LEFT = 48;
    private static final double BOTTOM = 30;
    private static final double TOP = 8;

    final ViewCanvas canvas;
    private final ViewPixels pixels = new ViewPixels(CELLS, CELLS);
    private final int[] raster = new int[CELLS * CELLS];
    private final double[] costs = new double[CELLS * CELLS];
    private final double[] levels = new double[LEVELS];
    private final double[] segments = new double[4 * MAX_SEGMENTS];
    private final int[] segmentLevels = new int[MAX_SEGMENTS];
    private final Ticks xTicks = new Ticks();
    private final Ticks yTicks = new Ticks();
    private int segmentCount;
    private boolean sampled;
    private double center1;
    private double center2;
    private double radius;
    private double side;
    private double left;

    MicroscopeMap(HTMLElement parent) {
        canvas = new ViewCanvas(parent, "The cost J over two weights");
    }

    /**
     * Takes the first {@code filled} cells of a map over the square of half-width {@code radius} around
     * (center1, center2) (row-major, row 0 at the smallest w2); the colours span the finite J among them, and
     * the contour lines are traced once all are in.
     */
    void show(double[] cells, int filled, double center1, double center2, double radius) {
        this.center1 = center1;
        this.center2 = center2;
        this.radius = radius;
        double min = Double.NaN;
        double max = Double.NaN;
        for (int k = 0; k < filled; k++) {
            double cost = cells[k];
            costs[k] = cost;
            if (Double.isFinite(cost)) {
                if (!(cost >= min)) {
                    min = cost;
                }
                if (!(cost <= max)) {
                    max = cost;
                }
            }
        }
        sampled = max > 0 && Double.isFinite(max);
        segmentCount = 0;
        if (!sampled) {
            return;
        }
        double low = min > 0 ? min : max * 1e-6;
        double logLow = Math.log(low);
        double logRange = Math.max(1e-12, Math.log(max) - logLow);
        for (int y = 0; y < CELLS; y++) {
            for (int x = 0; x < CELLS; x++) {
                int k = y * CELLS + x;
                // row 0 of the image is the top: the largest w2
                int pixel = (CELLS - 1 - y) * CELLS + x;
                if (k >= filled) {
                    raster[pixel] = UNMEASURED;
                } else if (!Double.isFinite(costs[k])) {
                    raster[pixel] = SCALE.pixel(Double.NaN);
                } else {
                    double t = (Math.log(Math.max(costs[k], low)) - logLow) / logRange;
                    raster[pixel] = SCALE.pixel(2 * t - 1);
                }
            }
        }
        pixels.upload(raster);
        if (filled < CELLS * CELLS) {
            return;
        }
        Contours.logLevels(min, max, LEVELS, levels);
        double step = 2 * radius / (CELLS - 1);
        segmentCount = Contours.trace(costs, CELLS, CELLS, center1 - radius, step, center2 - radius, step, levels,
                LEVELS, segments, segmentLevels);
    }

    /** Draws the map with the point (w1, w2), the direction −(g1, g2) and the training path. */
    void paint(double w1, double w2, double g1, double g2, Trajectory2D path, String firstName, String secondName) {
        canvas.begin();
        if (!canvas.isDrawable() || !sampled) {
            return;
        }
        CanvasRenderingContext2D g = canvas.context;
        side = Math.min(canvas.width() - LEFT - 12, canvas.height() - TOP - BOTTOM);
        if (side < 60) {
            return;
        }
        left = LEFT + Math.max(0, (canvas.width() - LEFT - 12 - side) / 2);
        pixels.draw(g, left, TOP, side, side);

        g.save();
        g.beginPath();
        g.rect(left, TOP, side, side);
        g.clip();
        g.beginPath();
        for (int s = 0; s < segmentCount; s++) {
            g.moveTo(x(segments[4 * s]), y(segments[4 * s + 1]));
            g.lineTo(x(segments[4 * s + 2]), y(segments[4 * s + 3]));
        }
        g.setStrokeStyle(CONTOUR);
        g.setLineWidth(1);
        g.stroke();

        int n = path.size();
        if (n >= 2) {
            g.beginPath();
            g.moveTo(x(path.w1(0)), y(path.w2(0)));
            for (int k = 1; k < n; k++) {
                g.lineTo(x(path.w1(k)), y(path.w2(k)));
            }
            g.setLineJoin("round");
            g.setStrokeStyle(PATH);
            g.setLineWidth(2.5);
            g.stroke();
            g.beginPath();
            g.arc(x(path.w1(0)), y(path.w2(0)), 3.5, 0, 2 * Math.PI);
            g.setFillStyle(PATH);
            g.fill();
        }
        drawDownhill(g, w1, w2, g1, g2);
        if (Double.isFinite(w1) && Double.isFinite(w2)) {
            g.beginPath();
            g.arc(x(w1), y(w2), 5.5, 0, 2 * Math.PI);
            g.setFillStyle(MicroscopeSlice.CURVE);
            g.fill();
            g.setStrokeStyle("#ffffff");
            g.setLineWidth(2);
            g.stroke();
        }
        g.restore();
        drawAxes(g, firstName, secondName);
    }

    private void drawDownhill(CanvasRenderingContext2D g, double w1, double w2, double g1, double g2) {
        double norm = Math.hypot(g1, g2);
        if (!(norm > 0) || Double.isInfinite(norm) || !Double.isFinite(w1) || !Double.isFinite(w2)) {
            return;
        }
        double ux = -g1 / norm;
        double uy = g2 / norm; // screen y grows downward
        double x0 = x(w1);
        double y0 = y(w2);
        double length = Math.min(44, 0.3 * side);
        double tipX = x0 + length * ux;
        double tipY = y0 + length * uy;
        g.setStrokeStyle(MicroscopeSlice.STEP);
        g.setFillStyle(MicroscopeSlice.STEP);
        g.setLineWidth(3);
        g.beginPath();
        g.moveTo(x0, y0);
        g.lineTo(tipX - 7 * ux, tipY - 7 * uy);
        g.stroke();
        g.beginPath();
        g.moveTo(tipX, tipY);
        g.lineTo(tipX - 10 * ux - 5.5 * uy, tipY - 10 * uy + 5.5 * ux);
        g.lineTo(tipX - 10 * ux + 5.5 * uy, tipY - 10 * uy - 5.5 * ux);
        g.closePath();
        g.fill();
        g.setFont("bold 12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif");
        g.setTextAlign(ux >= 0 ? "left" : "right");
        g.setTextBaseline("middle");
        g.fillText("\u2212\u2207J", tipX + (ux >= 0 ? 6 : -6), tipY + (uy >= 0 ? 8 : -8));
    }

    private void drawAxes(CanvasRenderingContext2D g, String firstName, String secondName) {
        g.setStrokeStyle(FRAME);
        g.setLineWidth(1);
        g.strokeRect(left - 0.5, TOP - 0.5, side + 1, side + 1);
        int target = Math.max(2, (int) (side / 70));
        xTicks.linear(center1 - radius, center1 + radius, target, false);
        yTicks.linear(center2 - radius, center2 + radius, target, false);
        g.setFont(FONT);
        g.setFillStyle(AXIS_TEXT);
        g.setTextAlign("center");
        g.setTextBaseline("top");
        for (int i = 0; i < xTicks.count(); i++) {
            double x = x(xTicks.value(i));
            g.fillText(xTicks.label(i).replace('-', '\u2212'), x, TOP + side + 4);
        }
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i < yTicks.count(); i++) {
            g.fillText(yTicks.label(i).replace('-', '\u2212'), left - 5, y(yTicks.value(i)));
        }
        g.setFont(LABEL_FONT);
        g.setFillStyle(MicroscopeSlice.CURVE);
        g.setTextAlign("right");
        g.setTextBaseline("alphabetic");
        g.fillText(firstName + " \u2192", left + side, canvas.height() - 2);
        g.save();
        g.translate(12, TOP + side / 2);
        g.rotate(-Math.PI / 2);
        g.setTextAlign("center");
        g.fillText(secondName + " \u2192", 0, 0);
        g.restore();
    }

    private double x(double w1) {
        return left + (w1 - (center1 - radius)) / (2 * radius) * side;
    }

    private double y(double w2) {
        return TOP + side - (w2 - (center2 - radius)) / (2 * radius) * side;
    }
}
