package org.backproplab.ui.microscope;

import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.Dom;

import org.backproplab.landscape.SliceTrail;
import org.backproplab.state.text.MicroscopeText;
import org.backproplab.viz.Ticks;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The cost along one weight, J(w) with every other parameter where it is: the curve over a window of w,
 * the current point, the tangent there (its slope is backpropagation's ∂J/∂w), an arrow to where one
 * gradient-descent step of α lands, the weight's past points while it trained, and optionally a 1-D
 * descent on the slice (the learning-rate demo). Drawing only; the numbers come from the caller.
 */
final class MicroscopeSlice {
    static final String CURVE = "#1f2933";
    /** The tangent and every ∂J/∂w on the panel: magenta, apart from the views' blue and orange. */
    static final String TANGENT = "#c2185b";
    /** The gradient-descent step. */
    static final String STEP = "#00875a";
    static final String TRAIL = "#0b5394";
    static final String DEMO = "#e8710a";
    private static final String GRID = "#eceef0";
    private static final String FRAME = "#9aa0a6";
    private static final String AXIS_TEXT = "#555555";
    private static final String FONT = "11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    private static final String LABEL_FONT = "italic 13px Georgia, 'Times New Roman', serif";
    static final int SAMPLES = MicroscopeWork.SAMPLES;
    private static final double TOP = 10;
    private static final double RIGHT = 12;
    private static final double BOTTOM = 30;
    private static final double LEFT = 48;

    final ViewCanvas canvas;
    private final JSArray<JSObject> dashed = Dom.dashes(3, 3);
    private final JSArray<JSObject> solid = Dom.dashes(0, 0);
    private final double[] weights = new double[SAMPLES];
    private final double[] costs = new double[SAMPLES];
    private final Ticks xTicks = new Ticks();
    private final Ticks yTicks = new Ticks();
    private double low;
    private double high;
    private boolean shown;
    private double weight = Double.NaN;
    private double cost = Double.NaN;
    private double slope = Double.NaN;
    private double next = Double.NaN;
    private double nextCost = Double.NaN;
    private double yMin;
    private double yMax;
    private double plotWidth;
    private double plotHeight;

    MicroscopeSlice(HTMLElement parent) {
        canvas = new ViewCanvas(parent, "The cost J along the selected weight");
    }

    /** The curve over [w.low, w.high] and its point, tangent and next step, as the finished job measured them. */
    void show(MicroscopeWork w) {
        System.arraycopy(w.sampleWeights, 0, weights, 0, SAMPLES);
        System.arraycopy(w.sampleCosts, 0, costs, 0, SAMPLES);
        low = w.low;
        high = w.high;
        weight = w.weight;
        cost = w.cost;
        slope = w.slope;
        next = w.next;
        nextCost = w.nextCost;
        shown = true;
    }

    /** The slope of the tangent drawn; NaN before the first curve. */
    double slope() {
        return slope;
    }

    double next() {
        return next;
    }

    /**
     * Draws the shown curve with its point, tangent and next step, the trail, and the first {@code demoShown}
     * points of a demo trajectory ({@code demoWeights}, {@code demoCosts}); "measuring…" over it while
     * {@code measuring} (a newly chosen weight's curve is on its way).
     */
    void paint(SliceTrail trail, double[] demoWeights, double[] demoCosts, int demoShown, boolean measuring) {
        canvas.begin();
        if (!canvas.isDrawable()) {
            return;
        }
        if (!shown || measuring) {
            CanvasRenderingContext2D g = canvas.context;
            g.setFont(FONT);
            g.setFillStyle(AXIS_TEXT);
            g.setTextAlign("center");
            g.setTextBaseline("middle");
            g.fillText(MicroscopeText.MEASURING, canvas.width() / 2, canvas.height() / 2);
            return;
        }
        drawCurve(trail, demoWeights, demoCosts, demoShown);
    }

    private void drawCurve(SliceTrail trail, double[] demoWeights, double[] demoCosts, int demoShown) {
        CanvasRenderingContext2D g = canvas.context;
        plotWidth = canvas.width() - LEFT - RIGHT;
        plotHeight = canvas.height() - TOP - BOTTOM;
        if (plotWidth < 40 || plotHeight < 40) {
            return;
        }
        double w = weight;
        fitCostAxis(cost, next, nextCost, demoWeights, demoCosts, demoShown);
        drawAxes(g);

        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, plotWidth, plotHeight);
        g.clip();
        g.setLineJoin("round");
        g.setLineCap("round");
        // the curve J(w)
        g.beginPath();
        boolean drawing = false;
        for (int s = 0; s < SAMPLES; s++) {
            if (!Double.isFinite(costs[s])) {
                drawing = false;
                continue;
            }
            double x = x(weights[s]);
            double y = y(costs[s]);
            if (drawing) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                drawing = true;
            }
        }
        g.setStrokeStyle(CURVE);
        g.setLineWidth(2);
        g.stroke();

        drawTrail(g, trail);
        drawDemo(g, demoWeights, demoCosts, demoShown);
        if (Double.isFinite(w) && Double.isFinite(cost)) {
            drawTangent(g, w, cost, slope);
            drawStep(g, w, cost, next, nextCost);
            g.beginPath();
            g.arc(x(w), y(cost), 5.5, 0, 2 * Math.PI);
            g.setFillStyle(CURVE);
            g.fill();
            g.setStrokeStyle("#ffffff");
            g.setLineWidth(2);
            g.stroke();
        }
        g.restore();
    }

    private void fitCostAxis(double cost, double nextWeight, double nextCost, double[] demoWeights,
            double[] demoCosts, int demoShown) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < SAMPLES; s++) {
            if (Double.isFinite(costs[s])) {
                min = Math.min(min, costs[s]);
                max = Math.max(max, costs[s]);
            }
        }
        if (Double.isFinite(cost)) {
            min = Math.min(min, cost);
            max = Math.max(max, cost);
        }
        if (Double.isFinite(nextCost) && nextWeight >= low && nextWeight <= high) {
            max = Math.max(max, nextCost);
            min = Math.min(min, nextCost);
        }
        for (int k = 0; k < demoShown; k++) {
            if (demoWeights[k] >= low && demoWeights[k] <= high && Double.isFinite(demoCosts[k])) {
                max = Math.max(max, demoCosts[k]);
                min = Math.min(min, demoCosts[k]);
            }
        }
        if (!(min <= max)) {
            min = 0;
            max = 1;
        }
        // costs are ≥ 0: start the axis at 0 when the curve comes close to it
        if (min >= 0 && min < 0.35 * max) {
            min = 0;
        }
        double pad = 0.06 * (max - min);
        yTicks.linear(min == 0 ? 0 : min - pad, max + pad, Math.max(2, (int) (plotHeight / 38)), false);
        yMin = min == 0 ? 0 : min - pad;
        yMax = max + pad;
        if (!(yMax > yMin)) {
            yMax = yMin + 1;
        }
        xTicks.linear(low, high, Math.max(2, (int) (plotWidth / 70)), false);
    }

    private void drawAxes(CanvasRenderingContext2D g) {
        double bottom = TOP + plotHeight;
        g.beginPath();
        for (int i = 0; i < yTicks.count(); i++) {
            double y = Dom.pixel(y(yTicks.value(i))) + 0.5;
            g.moveTo(LEFT, y);
            g.lineTo(LEFT + plotWidth, y);
        }
        for (int i = 0; i < xTicks.count(); i++) {
            double x = Dom.pixel(x(xTicks.value(i))) + 0.5;
            g.moveTo(x, TOP);
            g.lineTo(x, bottom);
        }
        g.setStrokeStyle(GRID);
        g.setLineWidth(1);
        g.stroke();
        g.beginPath();
        g.moveTo(LEFT - 0.5, TOP);
        g.lineTo(LEFT - 0.5, bottom + 0.5);
        g.lineTo(LEFT + plotWidth, bottom + 0.5);
        g.setStrokeStyle(FRAME);
        g.stroke();

        g.setFont(FONT);
        g.setFillStyle(AXIS_TEXT);
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i < yTicks.count(); i++) {
            g.fillText(yTicks.label(i).replace('-', '\u2212'), LEFT - 5, y(yTicks.value(i)));
        }
        g.setTextBaseline("top");
        for (int i = 0; i < xTicks.count(); i++) {
            double x = x(xTicks.value(i));
            g.setTextAlign(x > LEFT + plotWidth - 14 ? "right" : x < LEFT + 14 ? "left" : "center");
            g.fillText(xTicks.label(i).replace('-', '\u2212'), x, bottom + 4);
        }
        g.setFont(LABEL_FONT);
        g.setFillStyle(CURVE);
        g.setTextAlign("right");
        g.setTextBaseline("alphabetic");
        g.fillText("w \u2192", LEFT + plotWidth, canvas.height() - 2);
        g.setTextAlign("left");
        g.setTextBaseline("top");
        g.fillText("J", 6, TOP - 2);
    }

    private void drawTangent(CanvasRenderingContext2D g, double w, double cost, double slope) {
        if (!Double.isFinite(slope)) {
            return;
        }
        // a segment of the tangent J + slope·(v − w) about a third of the plot long, centred on the point
        double half = 0.18 * (high - low);
        double x1 = w - half;
        double x2 = w + half;
        g.beginPath();
        g.moveTo(x(x1), y(cost + slope * (x1 - w)));
        g.lineTo(x(x2), y(cost + slope * (x2 - w)));
        g.setStrokeStyle(TANGENT);
        g.setLineWidth(3);
        g.stroke();
    }

    private void drawStep(CanvasRenderingContext2D g, double w, double cost, double next, double nextCost) {
        if (!Double.isFinite(next) || !Double.isFinite(nextCost)) {
            return;
        }
        double x0 = x(w);
        double y0 = y(cost);
        double x1 = x(next);
        double y1 = y(nextCost);
        double length = Math.hypot(x1 - x0, y1 - y0);
        g.setStrokeStyle(STEP);
        g.setFillStyle(STEP);
        g.setLineWidth(2);
        if (length > 12) {
            double ux = (x1 - x0) / length;
            double uy = (y1 - y0) / length;
            double tipX = x1 - 6 * ux;
            double tipY = y1 - 6 * uy;
            g.beginPath();
            g.moveTo(x0 + 7 * ux, y0 + 7 * uy);
            g.lineTo(tipX, tipY);
            g.stroke();
            g.beginPath();
            g.moveTo(tipX, tipY);
            g.lineTo(tipX - 8 * ux - 4.5 * uy, tipY - 8 * uy + 4.5 * ux);
            g.lineTo(tipX - 8 * ux + 4.5 * uy, tipY - 8 * uy - 4.5 * ux);
            g.closePath();
            g.fill();
        }
        g.beginPath();
        g.arc(x1, y1, 5, 0, 2 * Math.PI);
        g.setFillStyle("#ffffff");
        g.fill();
        g.stroke();
        // a dashed drop to the w axis, with "next w" just above it: where the weight lands
        double axis = TOP + plotHeight;
        if (axis - y1 > 24) {
            g.setLineDash(dashed);
            g.setLineWidth(1.25);
            g.beginPath();
            g.moveTo(x1, y1 + 6);
            g.lineTo(x1, axis);
            g.stroke();
            g.setLineDash(solid);
        }
        boolean right = next >= w;
        g.setFillStyle(STEP);
        g.setFont("bold 11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif");
        g.setTextAlign(right ? "left" : "right");
        g.setTextBaseline("alphabetic");
        g.setStrokeStyle("#ffffff");
        g.setLineWidth(3.5);
        g.setLineJoin("round");
        g.strokeText("next w", x1 + (right ? 4 : -4), axis - 4);
        g.fillText("next w", x1 + (right ? 4 : -4), axis - 4);
    }

    private void drawTrail(CanvasRenderingContext2D g, SliceTrail trail) {
        int n = trail.size();
        if (n < 2) {
            return;
        }
        g.beginPath();
        g.moveTo(x(trail.weight(0)), y(trail.cost(0)));
        for (int k = 1; k < n; k++) {
            g.lineTo(x(trail.weight(k)), y(trail.cost(k)));
        }
        g.setStrokeStyle(TRAIL);
        g.setLineWidth(1.25);
        g.setGlobalAlpha(0.55);
        g.stroke();
        g.setFillStyle(TRAIL);
        for (int k = 0; k < n - 1; k++) {
            g.beginPath();
            g.arc(x(trail.weight(k)), y(trail.cost(k)), 2.25, 0, 2 * Math.PI);
            g.fill();
        }
        g.setGlobalAlpha(1);
    }

    private void drawDemo(CanvasRenderingContext2D g, double[] demoWeights, double[] demoCosts, int shown) {
        if (shown < 1) {
            return;
        }
        g.beginPath();
        for (int k = 0; k < shown; k++) {
            double x = x(clampX(demoWeights[k]));
            double y = y(Math.min(demoCosts[k], yMax + (yMax - yMin)));
            if (k == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.setStrokeStyle(DEMO);
        g.setLineWidth(2);
        g.stroke();
        g.setFillStyle(DEMO);
        for (int k = 0; k < shown; k++) {
            g.beginPath();
            g.arc(x(clampX(demoWeights[k])), y(Math.min(demoCosts[k], yMax + (yMax - yMin))), k == 0 ? 4 : 3.25, 0,
                    2 * Math.PI);
            g.fill();
        }
    }

    /** Keeps a far-flung demo point a little outside the plot, so its line still leaves in the right direction. */
    private double clampX(double w) {
        double margin = 0.5 * (high - low);
        return Math.max(low - margin, Math.min(high + margin, w));
    }

    private double x(double w) {
        return LEFT + (w - low) / (high - low) * plotWidth;
    }

    private double y(double cost) {
        return TOP + (yMax - cost) / (yMax - yMin) * plotHeight;
    }
}
