package org.backproplab.ui.lab.output;

import org.backproplab.core.Notation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.state.LabSession;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.FineUnits;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.ViewPixels;
import org.backproplab.viz.BoundaryRaster;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.FunctionCurve;
import org.backproplab.viz.OutputGeometry;
import org.backproplab.viz.Ticks;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * Draws the output view's plot where {@link OutputGeometry} places it: for 2-D data the boundary heatmap
 * under the training points (filled) and test points (rings) of each class; for 1-D data a grid, each
 * training point's error as an orange segment, the network's function as a blue curve, and the points.
 */
final class OutputPlot {
    private static final int CURVE_SAMPLES = 241;
    private static final String AXIS_COLOR = "#555555";
    private static final String FRAME_COLOR = "#9aa0a6";
    private boolean testPointsShown = true;
    private static final String TICK_FONT = "11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    private static final String NAME_FONT = "italic 13px Georgia, 'Times New Roman', serif";
    private static final String REGRESSION_POINT = "#4d4d4d";
    private static final String CURVE_COLOR = ColorScale.cssOf(ColorScale.BLUE_RGB);
    private static final String ERROR_COLOR = ColorScale.cssOf(ColorScale.ORANGE_RGB);
    private static final String[] CLASS_CSS = {ColorScale.cssOf(BoundaryRaster.classRgb(0)),
            ColorScale.cssOf(BoundaryRaster.classRgb(1)), ColorScale.cssOf(BoundaryRaster.classRgb(2))};

    private final OutputGeometry geometry;
    private final FunctionCurve function = new FunctionCurve();
    private final double[] curveX = new double[CURVE_SAMPLES];
    private final double[] curveY = new double[CURVE_SAMPLES];
    private final double[] input = new double[2];
    private Backprop backprop;
    /** The neuron whose curve replaces the prediction's (1-D data), or layer −1. */
    private int neuronLayer = -1;
    private int neuronIndex;
    private boolean classification;
    private int classCount;
    // the geometry's plot rectangle and domain, copied once per paint: no double crosses a call per point
    private double plotLeft;
    private double plotTop;
    private double plotWidth;
    private double plotHeight;
    private double xMin;
    private double xMax;
    private double yMin;
    private double yMax;

    OutputPlot(OutputGeometry geometry) {
        this.geometry = geometry;
    }

    /** A forward-pass workspace for a network of this shape. */
    void adopt(Shape shape) {
        backprop = new Backprop(shape);
        neuronLayer = -1;
    }

    /** With 1-D data: draw neuron {@code neuron} of {@code layer}'s output over x instead of ŷ (layer −1: ŷ). */
    void showNeuron(int layer, int neuron) {
        neuronLayer = layer;
        neuronIndex = neuron;
    }

    /** The network's outputs at (x, y) (y is ignored for 1-D data); the array is reused. */
    double[] predict(double[] parameters, double x, double y) {
        input[0] = x;
        input[1] = y;
        backprop.forward(parameters, input, 0);
        return backprop.outputs();
    }

    private double toPixelX(double x) {
        return plotLeft + (x - xMin) / (xMax - xMin) * plotWidth;
    }

    private double toPixelY(double y) {
        return plotTop + (yMax - y) / (yMax - yMin) * plotHeight;
    }

    private double clampY(double y) {
        return geometry.clampY(y);
    }

    /** Draws the plot: the heatmap (2-D) or grid (1-D), axes, and the points and curve over them. */
    /** Whether the test points are drawn ("Show test data"). */
    void showTestPoints(boolean shown) {
        testPointsShown = shown;
    }

    void paint(ViewCanvas canvas, LabSession session, boolean classification, int classCount, ViewPixels heatmap) {
        this.classification = classification;
        this.classCount = classCount;
        plotLeft = geometry.left();
        plotTop = geometry.top();
        plotWidth = geometry.width();
        plotHeight = geometry.height();
        xMin = geometry.xMin();
        xMax = geometry.xMax();
        yMin = geometry.yMin();
        yMax = geometry.yMax();
        canvas.begin();
        if (!canvas.isDrawable() || plotWidth < 20 || plotHeight < 20) {
            return;
        }
        CanvasRenderingContext2D g = canvas.context;
        if (classification) {
            heatmap.draw(g, plotLeft, plotTop, plotWidth, plotHeight);
        } else {
            drawGrid(g, geometry.xTicks(), geometry.yTicks());
        }
        g.setStrokeStyle(FRAME_COLOR);
        g.setLineWidth(1);
        g.strokeRect(plotLeft - 0.5, plotTop - 0.5, plotWidth + 1, plotHeight + 1);
        drawAxes(g, geometry.xTicks(), geometry.yTicks(), geometry.xLabels(), geometry.yLabels());
        g.save();
        g.beginPath();
        g.rect(plotLeft, plotTop, plotWidth, plotHeight);
        g.clip();
        if (classification) {
            double radius = Math.max(2.5, Math.min(4.5, plotWidth / 85));
            for (int c = 0; c < classCount; c++) {
                drawClassPoints(g, session.trainData(), c, radius, false);
            }
            for (int c = 0; testPointsShown && c < classCount; c++) {
                drawClassPoints(g, session.testData(), c, radius, true);
            }
        } else {
            drawRegression(g, session);
        }
        g.restore();
    }

    private void drawGrid(CanvasRenderingContext2D g, Ticks xTicks, Ticks yTicks) {
        g.setFillStyle("#ffffff");
        g.fillRect(plotLeft, plotTop, plotWidth, plotHeight);
        g.beginPath();
        for (int i = 0; i < xTicks.count(); i++) {
            double x = Dom.pixel(toPixelX(xTicks.value(i))) + 0.5;
            g.moveTo(x, plotTop);
            g.lineTo(x, plotTop + plotHeight);
        }
        for (int i = 0; i < yTicks.count(); i++) {
            double y = Dom.pixel(toPixelY(yTicks.value(i))) + 0.5;
            g.moveTo(plotLeft, y);
            g.lineTo(plotLeft + plotWidth, y);
        }
        g.setStrokeStyle("#eceef0");
        g.setLineWidth(1);
        g.stroke();
    }

    private void drawAxes(CanvasRenderingContext2D g, Ticks xTicks, Ticks yTicks, String[] xLabels, String[] yLabels) {
        g.setFont(TICK_FONT);
        g.setFillStyle(AXIS_COLOR);
        g.setTextAlign("center");
        g.setTextBaseline("top");
        double bottom = plotTop + plotHeight;
        g.beginPath();
        for (int i = 0; i < xTicks.count() && i < xLabels.length; i++) {
            double x = toPixelX(xTicks.value(i));
            g.moveTo(x, bottom);
            g.lineTo(x, bottom + 4);
            g.fillText(xLabels[i], x, bottom + 6);
        }
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i < yTicks.count() && i < yLabels.length; i++) {
            double y = toPixelY(yTicks.value(i));
            g.moveTo(plotLeft - 4, y);
            g.lineTo(plotLeft, y);
            g.fillText(yLabels[i], plotLeft - 6, y);
        }
        g.setStrokeStyle(FRAME_COLOR);
        g.setLineWidth(1);
        g.stroke();
        g.setFont(NAME_FONT);
        g.setFillStyle("#333333");
        g.setTextAlign("center");
        g.setTextBaseline("alphabetic");
        g.fillText(classification ? Notation.UNICODE.input(2, 0) : Notation.UNICODE.input(1, 0), plotLeft + plotWidth / 2, bottom + 32);
        g.setTextAlign("left");
        g.fillText(classification ? Notation.UNICODE.input(2, 1) : Notation.UNICODE.target(1, 0), Math.max(2, plotLeft - 26), plotTop - 10);
    }

    /** The class of example n: target ≥ ½ for one output, else the largest of the one-hot targets. */
    private static int classOf(double[] targets, int targetSize, int n) {
        int base = n * targetSize;
        if (targetSize == 1) {
            return targets[base] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int c = 1; c < targetSize; c++) {
            if (targets[base + c] > targets[base + best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * All points of class c in one path (one fill and one stroke per class, not per point): training
     * points filled in the class colour with a white rim, test points white with a rim in the class colour.
     */
    private void drawClassPoints(CanvasRenderingContext2D g, Dataset data, int c, double radius, boolean test) {
        // the circles in whole sixteenths of a pixel (see FineUnits; a point left of or above the plot is
        // clipped anyway, so truncation towards 0 there does not matter), filled and stroked in CSS pixels
        FineUnits.enter(g);
        g.beginPath();
        int r = FineUnits.of(test ? radius * 0.8 : radius);
        // toPixelX/Y and Double.isFinite written out over the data's arrays: no double crosses a call per point
        double[] inputs = data.inputsView();
        double[] targets = data.targetsView();
        int inputSize = data.inputSize();
        double xSpan = xMax - xMin;
        double ySpan = yMax - yMin;
        int drawn = 0;
        for (int n = 0; n < data.count(); n++) {
            if (classOf(targets, data.targetSize(), n) != c) {
                continue;
            }
            double x = plotLeft + (inputs[n * inputSize] - xMin) / xSpan * plotWidth;
            double y = plotTop + (yMax - inputs[n * inputSize + 1]) / ySpan * plotHeight;
            if (x - x != 0 || y - y != 0) { // not finite
                continue;
            }
            int fineX = (int) (x * FineUnits.PER_PIXEL + 0.5);
            int fineY = (int) (y * FineUnits.PER_PIXEL + 0.5);
            g.moveTo(fineX + r, fineY);
            g.arc(fineX, fineY, r, 0, 2 * Math.PI);
            drawn++;
        }
        g.restore();
        if (drawn == 0) {
            return;
        }
        String color = CLASS_CSS[Math.min(c, 2)];
        g.setFillStyle(test ? "#ffffff" : color);
        g.fill();
        g.setStrokeStyle(test ? color : "#ffffff");
        g.setLineWidth(test ? 1.5 : 1);
        g.stroke();
    }

    private void drawRegression(CanvasRenderingContext2D g, LabSession session) {
        double[] parameters = session.network().parameters();
        Dataset train = session.trainData();
        // errors first, under the points: from each training point to the prediction at its x (not while the
        // curve is one neuron's)
        g.beginPath();
        double[] outputsOfNet = backprop.outputs();
        for (int n = 0; neuronLayer < 0 && n < train.count(); n++) {
            input[0] = train.input(n, 0);
            backprop.forward(parameters, input, 0);
            double predicted = outputsOfNet[0];
            if (!Double.isFinite(predicted) || !Double.isFinite(input[0])) {
                continue;
            }
            double x = toPixelX(input[0]);
            g.moveTo(x, toPixelY(train.target(n, 0)));
            g.lineTo(x, clampY(toPixelY(predicted)));
        }
        g.setStrokeStyle(ERROR_COLOR);
        g.setLineWidth(1);
        g.setGlobalAlpha(0.75);
        g.stroke();
        g.setGlobalAlpha(1);

        // the prediction ŷ(x), or the pointed neuron's output over x
        function.sampleNeuron(backprop, parameters, neuronLayer < 0 ? backprop.shape().layerCount() - 1 : neuronLayer,
                neuronLayer < 0 ? 0 : neuronIndex, xMin, xMax, CURVE_SAMPLES, curveX, curveY);
        g.beginPath();
        boolean started = false;
        for (int k = 0; k < CURVE_SAMPLES; k++) {
            if (!Double.isFinite(curveY[k])) {
                started = false;
                continue;
            }
            double x = toPixelX(curveX[k]);
            double y = clampY(toPixelY(curveY[k]));
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.setStrokeStyle(CURVE_COLOR);
        g.setLineWidth(2.5);
        g.setLineJoin("round");
        g.stroke();

        double radius = Math.max(2.2, Math.min(3.5, plotWidth / 120));
        drawRegressionPoints(g, train, radius, REGRESSION_POINT, "#ffffff");
        drawRegressionPoints(g, session.testData(), radius * 0.8, "#ffffff", REGRESSION_POINT);
    }

    private void drawRegressionPoints(CanvasRenderingContext2D g, Dataset data, double radius, String fill,
            String rim) {
        g.beginPath();
        for (int n = 0; n < data.count(); n++) {
            double x = toPixelX(data.input(n, 0));
            double y = toPixelY(data.target(n, 0));
            if (Double.isFinite(x) && Double.isFinite(y)) {
                g.moveTo(x + radius, y);
                g.arc(x, y, radius, 0, 2 * Math.PI);
            }
        }
        g.setFillStyle(fill);
        g.fill();
        g.setStrokeStyle(rim);
        g.setLineWidth(1.3);
        g.stroke();
    }
}
