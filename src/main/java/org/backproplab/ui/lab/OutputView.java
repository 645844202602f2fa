package org.backproplab.ui.lab;

import org.backproplab.viz.NumberFormat;
import org.backproplab.ui.dom.FineUnits;
import org.backproplab.ui.dom.Tooltip;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.ViewFailure;
import org.backproplab.ui.dom.ViewPixels;

import org.backproplab.core.Backprop;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.state.LabSession;
import org.backproplab.viz.BoundaryPass;
import org.backproplab.viz.BoundaryRaster;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.FunctionCurve;
import org.backproplab.viz.RasterGrid;
import org.backproplab.viz.Ticks;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What the network outputs, over the data. For 2-D classification: the decision boundary, a heatmap of
 * the network's prediction over [−6, 6]² (orange class 0, blue class 1, green class 2), under the training
 * points (white rim) and test points (dark rim). For 1-D regression: the function the network computes
 * (blue curve) through the points, with each training point's error drawn as an orange segment (the
 * squares of these make the cost J). Clicking or tapping adds a point (of the class chosen above the
 * plot) through the {@link Listener}; a refusal is shown briefly in the view.
 */
public final class OutputView {
    /** Told when the user clicks the plot; returns "" or why the point was refused. */
    public interface Listener {
        String pointAdded(double x, double y, int label);
    }

    private static final int SIDE = 100;
    private static final int CURVE_SAMPLES = 241;
    private static final int HEATMAP_ALPHA = 170;
    private static final double MESSAGE_MILLIS = 4000;
    private static final String AXIS_COLOR = "#555555";
    private static final String FRAME_COLOR = "#9aa0a6";
    private static final String TICK_FONT = "11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    private static final String NAME_FONT = "italic 13px Georgia, 'Times New Roman', serif";
    private static final String REGRESSION_POINT = "#4d4d4d";
    private static final String CURVE_COLOR = ColorScale.cssOf(ColorScale.BLUE_RGB);
    private static final String ERROR_COLOR = ColorScale.cssOf(ColorScale.ORANGE_RGB);
    private static final String[] CLASS_CSS = {ColorScale.cssOf(BoundaryRaster.classRgb(0)),
            ColorScale.cssOf(BoundaryRaster.classRgb(1)), ColorScale.cssOf(BoundaryRaster.classRgb(2))};
    private static final String[] CLASS_NAMES = {"orange", "blue", "green"};

    private final Listener listener;
    private final HTMLElement root;
    private final HTMLElement classPicker;
    private final HTMLButtonElement[] classButtons = new HTMLButtonElement[3];
    private final HTMLElement regressionHint;
    private final ViewCanvas canvas;
    private final Tooltip tooltip;
    private final HTMLElement message;
    private final HTMLElement legendClasses;
    private final HTMLElement legendRegression;
    private final ViewFailure failure;

    private final RasterGrid grid = RasterGrid.playground(SIDE);
    private final BoundaryRaster boundary = new BoundaryRaster(grid);
    private final ViewPixels heatmap = new ViewPixels(SIDE, SIDE);
    private final int[] pixels = new int[SIDE * SIDE];
    /** The picture being computed, a band of rows per frame for a large network; null for 1-D data. */
    private BoundaryPass pass;
    /** The lab revision the heatmap shows, or MIN_VALUE before the first picture of this shape. */
    private int pictureRevision = Integer.MIN_VALUE;
    private double passDeadline;
    private int pictures;
    /**
     * Bands of rows (one row each) computed between two looks at the clock: about 2,000 weights' worth,
     * 200,000 multiply-adds, well under a millisecond. Reading it after every row made a small network's
     * picture ask 100 times a frame, and each performance.now() is a new heap-allocated number.
     */
    private int bandsPerClockRead = 1;
    private int bandsUntilClockRead;
    private final BoundaryPass.Budget passBudget = () -> {
        if (--bandsUntilClockRead > 0) {
            return false;
        }
        bandsUntilClockRead = bandsPerClockRead;
        return Performance.now() >= passDeadline;
    };
    private final FunctionCurve function = new FunctionCurve();
    private final double[] curveX = new double[CURVE_SAMPLES];
    private final double[] curveY = new double[CURVE_SAMPLES];
    private final double[] input = new double[2];
    private final Ticks xTicks = new Ticks();
    private final Ticks yTicks = new Ticks();
    private String[] xLabels = new String[0];
    private String[] yLabels = new String[0];

    private LabSession lab;
    private int drawnRevision = Integer.MIN_VALUE;
    private boolean needsRedraw = true;
    private Shape shape;
    private Backprop backprop;
    private Dataset seenTrain;
    private Dataset seenTest;
    private boolean classification;
    private int classCount;
    private int chosenClass = 1;
    private int messageTimer = -1;

    // the plot rectangle in CSS pixels and the domain it shows
    private double plotLeft;
    private double plotTop;
    private double plotWidth;
    private double plotHeight;
    private double xMin = -6;
    private double xMax = 6;
    private double yMin = -6;
    private double yMax = 6;

    public OutputView(HTMLElement container, Listener listener) {
        this.listener = listener;
        root = Dom.element("div", "blv-root blv-output-view", container);
        HTMLElement toolbar = Dom.element("div", "blv-toolbar blv-add-points", root);
        classPicker = Dom.element("div", "blv-class-picker", toolbar);
        classPicker.setAttribute("role", "group");
        classPicker.setAttribute("aria-label", "class of the points you add by clicking the plot");
        Dom.span("blv-picker-label", "add points:", classPicker);
        for (int c = 0; c < 3; c++) {
            int label = c;
            HTMLButtonElement button = Dom.button("", "add " + CLASS_NAMES[c] + " points (class " + c + ")",
                    "blv-segment", classPicker, () -> chooseClass(label));
            Dom.span("blv-dot blv-dot-" + c, "", button);
            Dom.span("blv-segment-name", CLASS_NAMES[c], button);
            Dom.span("blv-segment-detail", " (class " + c + ")", button);
            classButtons[c] = button;
        }
        regressionHint = Dom.span("blv-hint", "click or tap the plot to add a point", toolbar);
        regressionHint.setHidden(true);

        HTMLElement stage = Dom.element("div", "blv-stage", root);
        canvas = new ViewCanvas(stage, "the network's output");
        canvas.element.getClassList().add("blv-clickable");
        tooltip = new Tooltip(stage);
        message = Dom.element("p", "blv-message", stage);
        message.setAttribute("role", "status");
        message.setHidden(true);

        HTMLElement legend = Dom.element("div", "blv-legend", root);
        legendClasses = Dom.element("span", "blv-legend-group", legend);
        Dom.span("blv-key-point blv-key-train", "", legendClasses);
        Dom.span("", "training point", legendClasses);
        Dom.span("blv-key-point blv-key-test", "", legendClasses);
        Dom.span("", "test point", legendClasses);
        Dom.span("blv-legend-note", "background: the network's prediction", legendClasses);
        legendRegression = Dom.element("span", "blv-legend-group", legend);
        Dom.span("blv-key-point blv-key-train blv-key-grey", "", legendRegression);
        Dom.span("", "training point", legendRegression);
        Dom.span("blv-key-point blv-key-hollow", "", legendRegression);
        Dom.span("", "test point", legendRegression);
        Dom.span("blv-key-line blv-key-prediction", "", legendRegression);
        Dom.span("", "prediction", legendRegression);
        Dom.span("blv-key-line blv-key-error", "", legendRegression);
        Dom.span("", "error", legendRegression);
        legendRegression.setHidden(true);
        failure = new ViewFailure(root);
        chooseClass(1);

        canvas.element.addEventListener("click", event -> clicked((MouseEvent) event));
        canvas.element.addEventListener("pointermove", event -> hovered((MouseEvent) event));
        canvas.element.addEventListener("pointerleave", event -> tooltip.hide());
    }

    /** Draws the lab's output; returns at once when neither the lab's revision nor the size changed. */
    public void draw(LabSession session) {
        try {
            render(session);
            failure.clear();
        } catch (Throwable e) {
            failure.report(e);
        }
    }

    private void render(LabSession session) {
        lab = session;
        boolean resized = canvas.fit();
        Shape current = session.network().shape();
        if (!current.equals(shape)) {
            adoptShape(session, current);
            needsRedraw = true;
        }
        boolean dataChanged = session.trainData() != seenTrain || session.testData() != seenTest;
        if (dataChanged) {
            seenTrain = session.trainData();
            seenTest = session.testData();
            if (!classification) {
                fitRegressionRange();
            }
            canvas.element.setAttribute("aria-label", describe());
            needsRedraw = true;
        }
        if (resized || needsRedraw) {
            placePlot();
        }
        if (classification && canvas.isDrawable() && updateBoundary(session)) {
            needsRedraw = true;
        }
        // with 2-D data training changes only the heatmap (redrawn above when a picture is complete)
        boolean changed = !classification && session.revision() != drawnRevision;
        if (!changed && !needsRedraw && !resized) {
            return;
        }
        drawnRevision = session.revision();
        needsRedraw = false;
        paint(session);
    }

    private void adoptShape(LabSession session, Shape current) {
        shape = current;
        backprop = new Backprop(current);
        classification = current.inputSize() == 2;
        classCount = classification ? Math.max(2, current.outputSize()) : 0;
        pass = classification ? new BoundaryPass(boundary, current) : null;
        bandsPerClockRead = Math.max(1, 2000 / current.parameterCount());
        pictureRevision = Integer.MIN_VALUE;
        Dom.show(classPicker, classification);
        Dom.show(classButtons[2], classCount > 2);
        if (classCount > 2) {
            classPicker.getClassList().add("blv-three");
        } else {
            classPicker.getClassList().remove("blv-three");
        }
        if (chosenClass >= Math.max(classCount, 1)) {
            chooseClass(1);
        }
        Dom.show(regressionHint, !classification);
        Dom.show(legendClasses, classification);
        Dom.show(legendRegression, !classification);
        seenTrain = null;
        seenTest = null;
    }

    private String describe() {
        int train = seenTrain.count();
        int test = seenTest.count();
        if (classification) {
            return "Decision boundary: the network's prediction over the plane x\u2081, x\u2082 from \u22126 to 6 "
                    + "as background colour (" + (classCount > 2 ? "orange class 0, blue class 1, green class 2"
                            : "orange class 0, blue class 1")
                    + "), with " + train + " training points (filled) and " + test + " test points (hollow rings). "
                    + "Click to add a point.";
        }
        return "The function the network computes (blue curve) against x, over " + train
                + " training points (filled) and " + test + " test points (hollow); orange segments are the errors. "
                + "Click to add a point.";
    }

    private void chooseClass(int label) {
        chosenClass = label;
        for (int c = 0; c < classButtons.length; c++) {
            classButtons[c].setAttribute("aria-pressed", c == label ? "true" : "false");
        }
    }

    // ---- geometry

    /** The y range of a regression plot: the targets with a 10 % margin, extended to nice ticks. */
    private void fitRegressionRange() {
        double loX = -6;
        double hiX = 6;
        double loY = Double.POSITIVE_INFINITY;
        double hiY = Double.NEGATIVE_INFINITY;
        for (Dataset data : new Dataset[] {seenTrain, seenTest}) {
            for (int n = 0; n < data.count(); n++) {
                double x = data.input(n, 0);
                double t = data.target(n, 0);
                if (Double.isFinite(x) && Double.isFinite(t)) {
                    loX = Math.min(loX, x);
                    hiX = Math.max(hiX, x);
                    loY = Math.min(loY, t);
                    hiY = Math.max(hiY, t);
                }
            }
        }
        if (!(loY <= hiY)) {
            loY = -1;
            hiY = 1;
        }
        double margin = Math.max(hiY - loY, 0.5) * 0.12;
        xTicks.linear(loX, hiX, 6, true);
        yTicks.linear(loY - margin, hiY + margin, 5, true);
        xMin = xTicks.niceMin();
        xMax = xTicks.niceMax();
        yMin = yTicks.niceMin();
        yMax = yTicks.niceMax();
        xLabels = labels(xTicks);
        yLabels = labels(yTicks);
    }

    private static String[] labels(Ticks ticks) {
        String[] text = new String[ticks.count()];
        for (int i = 0; i < text.length; i++) {
            text[i] = ticks.label(i).replace('-', '\u2212');
        }
        return text;
    }

    private void placePlot() {
        double width = canvas.width();
        double height = canvas.height();
        double left = 30;
        double right = 10;
        double top = 24;
        double bottom = 34;
        if (classification) {
            xMin = grid.xMin();
            xMax = grid.xMax();
            yMin = grid.yMin();
            yMax = grid.yMax();
            if (xLabels.length == 0 || xTicks.isLog() || xTicks.niceMin() != -6 || xTicks.niceMax() != 6) {
                xTicks.linear(-6, 6, 6, false);
                yTicks.linear(-6, 6, 6, false);
                xLabels = labels(xTicks);
                yLabels = labels(yTicks);
            }
            double side = Math.max(0, Math.min(width - left - right, height - top - bottom));
            plotWidth = side;
            plotHeight = side;
            plotLeft = left + Math.max(0, (width - left - right - side) / 2);
            plotTop = top + Math.max(0, (height - top - bottom - side) / 2);
        } else {
            plotLeft = left + 8;
            plotTop = top;
            plotWidth = Math.max(0, width - plotLeft - right);
            plotHeight = Math.max(0, height - top - bottom);
        }
    }

    private double toPixelX(double x) {
        return plotLeft + (x - xMin) / (xMax - xMin) * plotWidth;
    }

    private double toPixelY(double y) {
        return plotTop + (yMax - y) / (yMax - yMin) * plotHeight;
    }

    private boolean inPlot(double px, double py) {
        return px >= plotLeft && px <= plotLeft + plotWidth && py >= plotTop && py <= plotTop + plotHeight;
    }

    // ---- drawing

    /**
     * Moves the boundary picture towards the lab's current weights: starts a pass when they changed and
     * none is running, and computes rows for at most {@link BoundaryPass#BUDGET_MS} (the first picture of
     * a network at once). Returns true when a new picture was uploaded.
     */
    private boolean updateBoundary(LabSession session) {
        boolean first = pictureRevision == Integer.MIN_VALUE;
        if (!pass.isRunning() && (first || session.revision() != pictureRevision)) {
            pass.start(session.network().parameters(), session.revision());
        }
        if (!pass.isRunning()) {
            return false;
        }
        boolean complete;
        if (first) {
            complete = pass.finish();
        } else {
            passDeadline = Performance.now() + BoundaryPass.BUDGET_MS;
            bandsUntilClockRead = bandsPerClockRead;
            complete = pass.advance(passBudget);
        }
        if (!complete) {
            return false;
        }
        double[] outputs = pass.outputs();
        int outputSize = shape.outputSize();
        if (outputSize > 1) {
            boundary.paintClasses(outputs, outputSize, HEATMAP_ALPHA, pixels);
        } else {
            boundary.paint(outputs, 1, 0, 0, 1, ColorScale.PLAYGROUND, HEATMAP_ALPHA, pixels);
        }
        heatmap.upload(pixels);
        pictureRevision = pass.revision();
        pictures++;
        return true;
    }

    /** Complete boundary pictures shown since the view was made (for tests). */
    public int pictures() {
        return pictures;
    }

    /** Whether the boundary picture shows the weights of lab revision {@code revision} (for tests). */
    public boolean showsRevision(int revision) {
        return pictureRevision == revision;
    }

    private void paint(LabSession session) {
        canvas.begin();
        if (!canvas.isDrawable() || plotWidth < 20 || plotHeight < 20) {
            return;
        }
        CanvasRenderingContext2D g = canvas.context;
        if (classification) {
            heatmap.draw(g, plotLeft, plotTop, plotWidth, plotHeight);
        } else {
            drawGrid(g);
        }
        g.setStrokeStyle(FRAME_COLOR);
        g.setLineWidth(1);
        g.strokeRect(plotLeft - 0.5, plotTop - 0.5, plotWidth + 1, plotHeight + 1);
        drawAxes(g);
        g.save();
        g.beginPath();
        g.rect(plotLeft, plotTop, plotWidth, plotHeight);
        g.clip();
        if (classification) {
            double radius = Math.max(2.5, Math.min(4.5, plotWidth / 85));
            for (int c = 0; c < classCount; c++) {
                drawClassPoints(g, session.trainData(), c, radius, false);
            }
            for (int c = 0; c < classCount; c++) {
                drawClassPoints(g, session.testData(), c, radius, true);
            }
        } else {
            drawRegression(g, session);
        }
        g.restore();
    }

    private void drawGrid(CanvasRenderingContext2D g) {
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

    private void drawAxes(CanvasRenderingContext2D g) {
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
        g.fillText(classification ? "x\u2081" : "x", plotLeft + plotWidth / 2, bottom + 32);
        g.setTextAlign("left");
        g.fillText(classification ? "x\u2082" : "y", Math.max(2, plotLeft - 26), plotTop - 10);
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
        // errors first, under the points: from each training point to the prediction at its x
        g.beginPath();
        double[] outputsOfNet = backprop.outputs();
        for (int n = 0; n < train.count(); n++) {
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

        function.sample(backprop, parameters, xMin, xMax, CURVE_SAMPLES, curveX, curveY);
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

    /** Keeps far-off predictions a little outside the plot, so lines to them stay drawable. */
    private double clampY(double y) {
        return Math.max(plotTop - 10, Math.min(plotTop + plotHeight + 10, y));
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

    // ---- pointer

    private double domainX(double px) {
        return xMin + (px - plotLeft) / plotWidth * (xMax - xMin);
    }

    private double domainY(double py) {
        return yMax - (py - plotTop) / plotHeight * (yMax - yMin);
    }

    private void clicked(MouseEvent event) {
        if (lab == null || listener == null) {
            return;
        }
        double px = event.getOffsetX();
        double py = event.getOffsetY();
        if (!inPlot(px, py)) {
            return;
        }
        double x = round2(domainX(px));
        double y = round2(domainY(py));
        String refusal = listener.pointAdded(x, y, classification ? chosenClass : 0);
        if (refusal != null && !refusal.isEmpty()) {
            showMessage(refusal);
        }
        needsRedraw = true;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void showMessage(String text) {
        message.setTextContent(text);
        message.setHidden(false);
        if (messageTimer >= 0) {
            Window.clearTimeout(messageTimer);
        }
        messageTimer = Window.setTimeout(() -> {
            message.setHidden(true);
            messageTimer = -1;
        }, MESSAGE_MILLIS);
    }

    /** With a mouse, shows the coordinates under the pointer and what the network says there. */
    private void hovered(MouseEvent event) {
        if (lab == null || backprop == null || !Dom.isMouse(event)) {
            return;
        }
        double px = event.getOffsetX();
        double py = event.getOffsetY();
        if (!inPlot(px, py)) {
            tooltip.hide();
            return;
        }
        double x = domainX(px);
        double y = domainY(py);
        double[] parameters = lab.network().parameters();
        input[0] = x;
        input[1] = y;
        backprop.forward(parameters, input, 0);
        double[] out = backprop.outputs();
        String text;
        if (classification) {
            String at = "x\u2081 = " + NumberFormat.display(x, 2) + ", x\u2082 = " + NumberFormat.display(y, 2);
            if (shape.outputSize() == 1) {
                double p = out[0];
                text = at + "\nP(blue) = " + NumberFormat.display(p, 2) + ": the network says "
                        + (p != p ? "nothing" : p >= 0.5 ? "blue" : "orange");
            } else {
                int best = 0;
                for (int c = 1; c < shape.outputSize(); c++) {
                    if (out[c] > out[best]) {
                        best = c;
                    }
                }
                text = at + "\nthe network says " + CLASS_NAMES[Math.min(best, 2)] + " (P = "
                        + NumberFormat.display(out[best], 2) + ")";
            }
        } else {
            text = "x = " + NumberFormat.display(x, 2) + "\nprediction = " + NumberFormat.display(out[0], 3);
        }
        tooltip.show(text, px, py, canvas.width(), canvas.height());
    }

}
