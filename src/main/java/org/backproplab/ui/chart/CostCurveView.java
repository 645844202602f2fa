package org.backproplab.ui.chart;

import org.backproplab.core.NumberFormat;
import org.backproplab.ui.dom.FineUnits;
import org.backproplab.ui.dom.TextSlot;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.ViewFailure;

import org.backproplab.state.CostSeries;
import org.backproplab.state.LabSession;
import org.backproplab.state.NumberText;
import org.backproplab.viz.CurveGeometry;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The descent: training cost J (solid) and test cost J (dashed) against iteration, growing as the lab
 * trains, on a linear or log10 cost axis (a checkbox in the view). Above the plot the current values as
 * text, which is also the view's text alternative; when training diverged, the last point is marked and
 * the text says so. Nothing non-finite is ever drawn or printed.
 *
 * <p>{@link #markStep} marks one step being taken phase by phase: J of its batch before the step (a ring)
 * and, once gradient descent has run, J of the same batch after it (a filled diamond), with the numbers in
 * the text above the plot.
 */
public final class CostCurveView {
    /** Dark blue and dark orange: both above 4.5:1 contrast on white, and apart for colour-blind eyes. */
    private static final String TRAIN_COLOR = "#0b5394";
    private static final String TEST_COLOR = "#b45309";
    private static final String MARK_COLOR = "#1d1d1d";
    private static final double TOP = 12;
    private static final double RIGHT = 16;
    private static final double BOTTOM = 36;

    private final HTMLElement root;
    /** J ≥ 0, so the read-outs need no true minus sign (Dom.number). */
    private final TextSlot trainValue;
    private final TextSlot testValue;
    private final HTMLElement testPart;
    private final TextSlot iterationValue;
    private final HTMLElement divergedNote;
    private final LogScaleToggle logScale;
    private final ViewCanvas canvas;
    private final ViewFailure failure;
    private final JSArray<JSObject> dashed = Dom.dashes(7, 5);
    private final JSArray<JSObject> solid = Dom.dashes(0, 0);

    private final CurveGeometry geometry = new CurveGeometry();
    private final double[] xs = new double[CostSeries.CAPACITY];
    private final double[] ys = new double[CostSeries.CAPACITY];
    private final PlotFrame plotFrame = new PlotFrame(geometry, TOP, RIGHT, BOTTOM, false, true);
    private final HTMLElement markPart;
    private final HTMLElement markValue;
    /** The marked step's iteration (a double: a long is a BigInt in the browser), or −1. */
    private double markIteration = -1;
    private double markBefore = Double.NaN;
    private double markAfter = Double.NaN;
    private double[] fitIterations = new double[0];
    private double[] fitCosts = new double[0];
    private double[] fitOther = new double[0];

    private int drawnRevision = Integer.MIN_VALUE;
    private boolean needsRedraw = true;
    private boolean shownDiverged;
    private boolean shownHasTest = true;

    public CostCurveView(HTMLElement container) {
        root = Dom.element("div", "blv-root blv-cost-view", container);
        HTMLElement header = Dom.element("div", "blv-toolbar blv-cost-header", root);
        HTMLElement readout = Dom.element("div", "blv-readout", header);
        HTMLElement trainPart = Dom.span("blv-readout-part", "", readout);
        Dom.span("blv-swatch blv-swatch-train", "", trainPart);
        Dom.span("", "train J = ", trainPart);
        trainValue = new TextSlot(Dom.span("blv-number", "", trainPart));
        testPart = Dom.span("blv-readout-part", "", readout);
        Dom.span("blv-swatch blv-swatch-test", "", testPart);
        Dom.span("", "test J = ", testPart);
        testValue = new TextSlot(Dom.span("blv-number", "", testPart));
        HTMLElement iterationPart = Dom.span("blv-readout-part", "", readout);
        Dom.span("", "iteration ", iterationPart);
        iterationValue = new TextSlot(Dom.span("blv-number", "", iterationPart));
        divergedNote = Dom.span("blv-readout-part blv-diverged", "diverged", readout);
        divergedNote.setHidden(true);
        markPart = Dom.span("blv-readout-part blv-step-mark", "", readout);
        Dom.span("", "this step's batch: J = ", markPart);
        markValue = Dom.span("blv-number", "", markPart);
        markPart.setHidden(true);

        HTMLElement stage = Dom.element("div", "blv-stage", root);
        canvas = new ViewCanvas(stage, "Cost J against iteration: training cost as a solid line, test cost dashed");
        // over the plot's top-right corner, which a falling cost curve leaves empty
        logScale = new LogScaleToggle(stage, "blv-toggle", false, () -> needsRedraw = true);
        failure = new ViewFailure(root);
    }

    /** Draws the cost so far; returns at once when neither the lab's revision nor the size changed. */
    public void draw(LabSession lab) {
        try {
            render(lab);
            failure.clear();
        } catch (Throwable e) {
            failure.report(e);
        }
    }

    /**
     * Marks the step that makes iteration {@code iteration}: J of its batch before the step ({@code before})
     * and after it ({@code after}, NaN until gradient descent has run). {@code iteration} &lt; 1 or a
     * non-finite {@code before} removes the mark.
     */
    public void markStep(double iteration, double before, double after) {
        if (iteration < 1 || !Double.isFinite(before)) {
            iteration = -1;
            before = Double.NaN;
            after = Double.NaN;
        }
        if (iteration == markIteration && same(before, markBefore) && same(after, markAfter)) {
            return;
        }
        markIteration = iteration;
        markBefore = before;
        markAfter = after;
        needsRedraw = true;
        Dom.show(markPart, iteration >= 1);
        if (iteration >= 1) {
            markValue.setTextContent(NumberFormat.display(before, 4)
                    + (Double.isFinite(after) ? " \u2192 " + NumberFormat.display(after, 4) : ""));
        }
    }

    /** Removes the step mark (at once when there is none: this runs every frame). */
    public void clearMark() {
        if (markIteration >= 1) {
            markStep(-1, Double.NaN, Double.NaN);
        }
    }

    private void render(LabSession lab) {
        boolean resized = canvas.fit();
        if (!resized && !needsRedraw && lab.revision() == drawnRevision) {
            return;
        }
        drawnRevision = lab.revision();
        needsRedraw = false;
        updateReadout(lab);
        paint(lab);
    }

    /** Rewrites only the numbers that changed (TextSlot), so an idle view builds no strings. */
    private void updateReadout(LabSession lab) {
        trainValue.setNumber(lab.trainCost(), 3);
        testValue.setNumber(lab.testCost(), 3);
        double iteration = lab.iterationCount();
        iterationValue.setNumber(iteration, 0);
        boolean hasTest = lab.testData().count() > 0;
        if (hasTest != shownHasTest) {
            shownHasTest = hasTest;
            Dom.show(testPart, hasTest);
        }
        boolean diverged = lab.isDiverged();
        if (diverged != shownDiverged) {
            shownDiverged = diverged;
            Dom.show(divergedNote, diverged);
            if (diverged) {
                divergedNote.setTextContent("diverged at iteration " + NumberText.grouped(iteration));
            }
        }
    }

    /** The view's canvas (Export ▾ draws its picture there at another size, see ViewCanvas#drawPicture). */
    public ViewCanvas canvas() {
        return canvas;
    }

    /** What a saved picture says above the plot: the cost axis's name and which line is which set's J. */
    public PictureKey pictureKey(LabSession lab) {
        PictureKey key = new PictureKey("cost J").line("train J (training set)", TRAIN_COLOR, solid);
        if (lab.testData().count() > 0) {
            key.line("test J (test set)", TEST_COLOR, dashed);
        }
        return key;
    }

    private static boolean same(double a, double b) {
        return a == b || (a != a && b != b);
    }

    private void paint(LabSession lab) {
        canvas.begin();
        if (!canvas.isDrawable()) {
            return;
        }
        CanvasRenderingContext2D g = canvas.context;
        CostSeries history = lab.history();
        int count = history.size();
        double[] iterations = history.iterationsView();
        double[] test = lab.testData().count() > 0 ? history.testView() : null;
        geometry.setTickTargets(Math.max(2, (int) (canvas.width() / 110)), Math.max(2, (int) (canvas.height() / 45)));
        if (markIteration >= 1) {
            fitWithMark(iterations, history.trainView(), test, count);
        } else {
            geometry.fit(iterations, history.trainView(), test, count, logScale.isOn());
        }
        if (!plotFrame.layout(g, canvas.width(), canvas.height(), 20)) {
            return;
        }
        double left = plotFrame.left();
        double plotWidth = plotFrame.width();
        double plotHeight = plotFrame.height();
        plotFrame.draw(g, "iteration \u2192", null, canvas.height());

        g.save();
        g.beginPath();
        g.rect(left - 3, TOP - 3, plotWidth + 6, plotHeight + 6);
        g.clip();
        g.setLineJoin("round");
        g.setLineCap("round");
        if (test != null) {
            int testPoints = strokeSeries(g, iterations, test, count, TEST_COLOR, dashed);
            if (testPoints > 0) {
                g.beginPath();
                g.arc(xs[testPoints - 1], ys[testPoints - 1], 3.5, 0, 2 * Math.PI);
                g.setFillStyle("#ffffff");
                g.fill();
                g.setStrokeStyle(TEST_COLOR);
                g.setLineWidth(2);
                g.stroke();
            }
        }
        int trainPoints = strokeSeries(g, iterations, history.trainView(), count, TRAIN_COLOR, solid);
        g.restore();
        if (trainPoints > 0) {
            double x = xs[trainPoints - 1];
            double y = ys[trainPoints - 1];
            g.beginPath();
            g.arc(x, y, 4, 0, 2 * Math.PI);
            g.setFillStyle(TRAIN_COLOR);
            g.fill();
            if (lab.isDiverged()) {
                markDivergence(g, x, y);
            }
        }
        if (markIteration >= 1) {
            drawMark(g);
        }
    }

    /** Fits the axes to the curves and the step mark together, so the mark is never clipped. */
    private void fitWithMark(double[] iterations, double[] train, double[] test, int count) {
        int size = count + 2;
        if (fitIterations.length < size) {
            fitIterations = new double[size];
            fitCosts = new double[size];
            fitOther = new double[size];
        }
        System.arraycopy(iterations, 0, fitIterations, 0, count);
        System.arraycopy(train, 0, fitCosts, 0, count);
        if (test != null) {
            System.arraycopy(test, 0, fitOther, 0, count);
        }
        fitIterations[count] = markIteration - 1;
        fitCosts[count] = markBefore;
        fitOther[count] = Double.NaN;
        fitIterations[count + 1] = markIteration;
        fitCosts[count + 1] = Double.isFinite(markAfter) ? markAfter : markBefore;
        fitOther[count + 1] = Double.NaN;
        geometry.fit(fitIterations, fitCosts, test != null ? fitOther : null, size, logScale.isOn());
    }

    /** A ring at J before the step and, after gradient descent, an arrow down to a diamond at J after it. */
    private void drawMark(CanvasRenderingContext2D g) {
        if (!geometry.isPlottable(markBefore)) {
            return;
        }
        double x0 = geometry.x(markIteration - 1);
        double y0 = geometry.y(markBefore);
        g.setStrokeStyle(MARK_COLOR);
        g.setFillStyle(MARK_COLOR);
        g.setLineWidth(2);
        g.beginPath();
        g.arc(x0, y0, 6, 0, 2 * Math.PI);
        g.stroke();
        g.setFont(PlotFrame.BOLD_FONT);
        g.setTextBaseline("middle");
        if (!geometry.isPlottable(markAfter)) {
            g.setTextAlign(x0 > canvas.width() / 2 ? "right" : "left");
            g.fillText("J", x0 > canvas.width() / 2 ? x0 - 10 : x0 + 10, y0 - 10);
            return;
        }
        double x1 = geometry.x(markIteration);
        double y1 = geometry.y(markAfter);
        g.beginPath();
        g.moveTo(x0, y0);
        g.lineTo(x1, y1);
        g.stroke();
        g.beginPath();
        g.moveTo(x1, y1 - 6);
        g.lineTo(x1 + 6, y1);
        g.lineTo(x1, y1 + 6);
        g.lineTo(x1 - 6, y1);
        g.closePath();
        g.fill();
        boolean onLeft = x1 > canvas.width() / 2;
        g.setTextAlign(onLeft ? "right" : "left");
        g.fillText("new J", onLeft ? x1 - 10 : x1 + 10, y1 - 10);
    }

    /** Strokes one series as a polyline; returns how many points were plotted (into xs, ys). */
    private int strokeSeries(CanvasRenderingContext2D g, double[] iterations, double[] costs, int count,
            String color, JSArray<JSObject> dash) {
        int points = geometry.toPixels(iterations, costs, count, xs, ys);
        if (points == 0) {
            return 0;
        }
        // the polyline in whole sixteenths of a pixel (xs, ys ≥ 0: inside the plot), stroked in CSS pixels
        FineUnits.enter(g);
        g.beginPath();
        g.moveTo((int) (xs[0] * FineUnits.PER_PIXEL + 0.5), (int) (ys[0] * FineUnits.PER_PIXEL + 0.5));
        for (int k = 1; k < points; k++) {
            g.lineTo((int) (xs[k] * FineUnits.PER_PIXEL + 0.5), (int) (ys[k] * FineUnits.PER_PIXEL + 0.5));
        }
        g.restore();
        g.setLineDash(dash);
        g.setStrokeStyle(color);
        g.setLineWidth(2.25);
        g.stroke();
        g.setLineDash(solid);
        return points;
    }

    /** A red ring with a cross on the last point, and the word "diverged" beside it. */
    private void markDivergence(CanvasRenderingContext2D g, double x, double y) {
        g.beginPath();
        g.arc(x, y, 8, 0, 2 * Math.PI);
        g.moveTo(x - 4.5, y - 4.5);
        g.lineTo(x + 4.5, y + 4.5);
        g.moveTo(x + 4.5, y - 4.5);
        g.lineTo(x - 4.5, y + 4.5);
        g.setStrokeStyle(PlotFrame.DIVERGED_COLOR);
        g.setLineWidth(2);
        g.stroke();
        g.setFillStyle(PlotFrame.DIVERGED_COLOR);
        g.setFont(PlotFrame.BOLD_FONT);
        boolean onLeft = x > canvas.width() / 2;
        g.setTextAlign(onLeft ? "right" : "left");
        g.setTextBaseline("middle");
        g.fillText("diverged", onLeft ? x - 12 : x + 12, y < TOP + 14 ? y + 14 : y - 12);
    }
}
