package org.backproplab.ui;

import org.backproplab.viz.CurveGeometry;
import org.backproplab.viz.NumberFormat;
import org.backproplab.viz.Ticks;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * Grid, frame, tick labels and axis titles around the plot rectangle of a {@link CurveGeometry}, for the
 * learning-rate lab's charts. An x axis "in log10 units" (the finder's α axis) labels each whole tick k as
 * 10^k written out ("0.001", "10").
 */
final class PlotFrame {
    static final String FONT = "11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    static final String BOLD_FONT = "bold 12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    static final String GRID_COLOR = "#eceef0";
    static final String AXIS_COLOR = "#555555";
    static final String FRAME_COLOR = "#9aa0a6";
    static final String DIVERGED_COLOR = "#c62828";

    private PlotFrame() {
    }

    /** The width of the widest y tick label, for the plot's left margin. */
    static double yLabelWidth(CanvasRenderingContext2D g, CurveGeometry geometry) {
        g.setFont(FONT);
        Ticks ticks = geometry.yTicks();
        double widest = 0;
        for (int i = 0; i < ticks.count(); i++) {
            widest = Math.max(widest, g.measureText(label(ticks, i)).getWidth());
        }
        return widest;
    }

    /**
     * Draws grid lines, the frame and the tick labels of the geometry's current plot area (left, top, width,
     * height) and the axis titles: {@code xTitle} under the x axis at the right, {@code yTitle} above the
     * y axis at the left.
     */
    static void draw(CanvasRenderingContext2D g, CurveGeometry geometry, double left, double top, double width,
            double height, boolean xInLog10Units, boolean wholeXOnly, String xTitle, String yTitle,
            double canvasHeight) {
        double bottom = top + height;
        Ticks xTicks = geometry.xTicks();
        Ticks yTicks = geometry.yTicks();
        g.beginPath();
        for (int i = 0; i < yTicks.count(); i++) {
            double y = ViewDom.pixel(geometry.y(yTicks.value(i))) + 0.5;
            g.moveTo(left, y);
            g.lineTo(left + width, y);
        }
        for (int i = 0; i < xTicks.count(); i++) {
            if (skipX(xTicks.value(i), xInLog10Units || wholeXOnly)) {
                continue;
            }
            double x = ViewDom.pixel(geometry.x(xTicks.value(i))) + 0.5;
            g.moveTo(x, top);
            g.lineTo(x, bottom);
        }
        g.setStrokeStyle(GRID_COLOR);
        g.setLineWidth(1);
        g.stroke();

        g.beginPath();
        g.moveTo(left - 0.5, top);
        g.lineTo(left - 0.5, bottom + 0.5);
        g.lineTo(left + width, bottom + 0.5);
        g.setStrokeStyle(FRAME_COLOR);
        g.stroke();

        g.setFont(FONT);
        g.setFillStyle(AXIS_COLOR);
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i < yTicks.count(); i++) {
            g.fillText(label(yTicks, i), left - 6, geometry.y(yTicks.value(i)));
        }
        g.setTextBaseline("top");
        for (int i = 0; i < xTicks.count(); i++) {
            double value = xTicks.value(i);
            if (skipX(value, xInLog10Units || wholeXOnly)) {
                continue;
            }
            double x = geometry.x(value);
            g.setTextAlign(x > left + width - 12 ? "right" : x < left + 12 ? "left" : "center");
            String text = xInLog10Units ? NumberFormat.format(Math.pow(10, value), 1) : label(xTicks, i);
            g.fillText(text, x, bottom + 5);
        }
        g.setTextAlign("right");
        g.setTextBaseline("alphabetic");
        g.fillText(xTitle, left + width, canvasHeight - 3);
        g.setTextAlign("left");
        g.setTextBaseline("top");
        g.fillText(yTitle, left + 4, 2);
    }

    private static boolean skipX(double value, boolean wholeOnly) {
        return wholeOnly && value != Math.rint(value);
    }

    private static String label(Ticks ticks, int i) {
        return ticks.label(i).replace('-', '\u2212');
    }

    /** A ring with a cross at (x, y) in {@code color}: where a run diverged. */
    static void crossMark(CanvasRenderingContext2D g, double x, double y, double radius, String color) {
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
