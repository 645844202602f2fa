package org.backproplab.ui.lab.output;

import org.backproplab.state.text.OutputLegendText;
import org.backproplab.ui.chart.PictureKey;
import org.backproplab.ui.dom.Tooltip;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.ViewFailure;
import org.backproplab.ui.dom.ViewPixels;

import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.state.LabSession;
import org.backproplab.viz.BoundaryPass;
import org.backproplab.state.text.NeuronFocusText;
import org.backproplab.viz.BoundaryRaster;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.OutputGeometry;
import org.backproplab.viz.OutputText;
import org.backproplab.viz.RasterGrid;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
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
    private static final int HEATMAP_ALPHA = 170;
    private static final double MESSAGE_MILLIS = 4000;

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
    /** The legend's words that name what the plot shows: ŷ or the focused neuron (NeuronFocusText). */
    private final HTMLElement backgroundNote;
    private final HTMLElement curveName;
    /** Hidden while a neuron's curve shows: its errors are not drawn then. */
    private final HTMLElement errorKey;
    private final HTMLElement errorName;
    private final ViewFailure failure;

    private final RasterGrid grid = RasterGrid.playground(SIDE);
    private final BoundaryRaster boundary = new BoundaryRaster(grid);
    private final NeuronPicture neuronPicture = new NeuronPicture(grid);
    private final OutputOptions options;
    /** The neuron pointed at in the network view (layer, neuron), or layer −1: the picture shows ŷ. */
    private int focusLayer = -1;
    private int focusNeuron;
    private int focusRevision = Integer.MIN_VALUE;
    private final HTMLElement focusCaption;
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
    private final OutputGeometry geometry = new OutputGeometry();
    private final OutputPlot plot = new OutputPlot(geometry);

    private LabSession lab;
    private int drawnRevision = Integer.MIN_VALUE;
    private boolean needsRedraw = true;
    private Shape shape;
    private Dataset seenTrain;
    private Dataset seenTest;
    private boolean classification;
    private int classCount;
    private int chosenClass = 1;
    private int messageTimer = -1;

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
            HTMLButtonElement button = Dom.button("", "add " + OutputText.CLASS_NAMES[c] + " points (class " + c + ")",
                    "blv-segment", classPicker, () -> chooseClass(label));
            Dom.span("blv-dot blv-dot-" + c, "", button);
            Dom.span("blv-segment-name", OutputText.CLASS_NAMES[c], button);
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
        focusCaption = Dom.element("p", "blv-neuron-caption", stage);
        focusCaption.setAttribute("data-role", "neuron-caption");
        focusCaption.setHidden(true);
        message.setAttribute("role", "status");
        message.setHidden(true);

        HTMLElement legend = Dom.element("div", "blv-legend", root);
        legendClasses = Dom.element("span", "blv-legend-group", legend);
        Dom.span("blv-key-point blv-key-train", "", legendClasses);
        Dom.span("", "training point", legendClasses);
        Dom.span("blv-key-point blv-key-test", "", legendClasses);
        Dom.span("", "test point", legendClasses);
        backgroundNote = Dom.span("blv-legend-note", NeuronFocusText.backgroundNote(null, -1, 0), legendClasses);
        options = new OutputOptions(legend, this::optionsChanged);
        legendRegression = Dom.element("span", "blv-legend-group", legend);
        Dom.span("blv-key-point blv-key-train blv-key-grey", "", legendRegression);
        Dom.span("", "training point", legendRegression);
        Dom.span("blv-key-point blv-key-hollow", "", legendRegression);
        Dom.span("", "test point", legendRegression);
        Dom.span("blv-key-line blv-key-prediction", "", legendRegression);
        curveName = Dom.span("", NeuronFocusText.legendName(null, -1, 0), legendRegression);
        errorKey = Dom.span("blv-key-line blv-key-error", "", legendRegression);
        errorName = Dom.span("", "error", legendRegression);
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
            showClassPicker(session);
            seenTrain = session.trainData();
            seenTest = session.testData();
            if (!classification) {
                geometry.startFit();
                geometry.includePoints(seenTrain.inputsView(), seenTrain.targetsView(), seenTrain.count());
                geometry.includePoints(seenTest.inputsView(), seenTest.targetsView(), seenTest.count());
                geometry.finishFit();
            }
            canvas.element.setAttribute("aria-label",
                    OutputText.description(classification, classCount, seenTrain.count(), seenTest.count()));
            needsRedraw = true;
        }
        if (resized || needsRedraw) {
            if (classification) {
                geometry.placeSquare(canvas.width(), canvas.height(), grid);
            } else {
                geometry.placeWide(canvas.width(), canvas.height());
            }
        }
        if (classification && canvas.isDrawable() && focusLayer >= 0) {
            if (session.revision() != focusRevision) {
                focusRevision = session.revision();
                neuronPicture.paint(current, session.network().parameters(), focusLayer, focusNeuron, HEATMAP_ALPHA,
                        pixels);
                heatmap.upload(pixels);
                needsRedraw = true;
            }
        } else if (classification && canvas.isDrawable() && updateBoundary(session)) {
            needsRedraw = true;
        }
        // with 2-D data training changes only the heatmap (redrawn above when a picture is complete)
        boolean changed = !classification && session.revision() != drawnRevision;
        if (!changed && !needsRedraw && !resized) {
            return;
        }
        drawnRevision = session.revision();
        needsRedraw = false;
        plot.paint(canvas, session, classification, classCount, heatmap);
    }

    /**
     * Shows neuron {@code neuron} of layer {@code layer}'s output instead of ŷ — over the plane (2-D data) or as a
     * curve over x (1-D data) — or ŷ again for layer −1; takes effect on the next {@link #draw}.
     */
    public void showNeuron(int layer, int neuron) {
        if (layer == focusLayer && neuron == focusNeuron) {
            return;
        }
        boolean shown = layer >= 0 && shape != null && layer < shape.layerCount() && neuron < shape.size(layer);
        focusLayer = shown ? layer : -1;
        focusNeuron = neuron;
        plot.showNeuron(shown && !classification ? layer : -1, neuron);
        focusRevision = Integer.MIN_VALUE;
        Dom.show(focusCaption, shown);
        int legendLayer = shown ? layer : -1;
        backgroundNote.setTextContent(NeuronFocusText.backgroundNote(shape, legendLayer, neuron));
        curveName.setTextContent(NeuronFocusText.legendName(shape, legendLayer, neuron));
        Dom.show(errorKey, !shown);
        Dom.show(errorName, !shown);
        if (classification) {
            options.showNeuron(shape, legendLayer, neuron);
        }
        if (shown) {
            focusCaption.setTextContent(NeuronFocusText.caption(shape, layer, neuron));
        } else {
            pictureRevision = Integer.MIN_VALUE; // the prediction's picture again, at once
        }
        needsRedraw = true;
    }

    private void adoptShape(LabSession session, Shape current) {
        showNeuron(-1, 0);
        shape = current;
        plot.adopt(current);
        classification = current.inputSize() == 2;
        classCount = classification ? Math.max(2, current.outputSize()) : 0;
        pass = classification ? new BoundaryPass(boundary, current) : null;
        bandsPerClockRead = Math.max(1, 2000 / current.parameterCount());
        pictureRevision = Integer.MIN_VALUE;
        showClassPicker(session);
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
        options.adopt(classification, classCount);
        seenTrain = null;
        seenTest = null;
    }

    /** "add points" for the point sets, but not for written-out examples: those are typed in the examples field. */
    private void showClassPicker(LabSession session) {
        Dom.show(classPicker, classification && !session.state().dataset().isWrittenOut());
    }

    private void chooseClass(int label) {
        chosenClass = label;
        for (int c = 0; c < classButtons.length; c++) {
            classButtons[c].setAttribute("aria-pressed", c == label ? "true" : "false");
        }
    }

    // ---- drawing    // ---- drawing

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
        // a new network's picture at once (the old one would be of another network), but the page's very first
        // in bands like any other: there is no picture to mistake for it, and the page's first frame stays short
        if (first && pictures > 0) {
            complete = pass.finish();
        } else {
            passDeadline = Performance.now() + BoundaryPass.BUDGET_MS;
            bandsUntilClockRead = bandsPerClockRead;
            complete = pass.advance(passBudget);
        }
        if (!complete) {
            return false;
        }
        double[] outputs = options.shown(pass.outputs(), shape.outputSize());
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

    /** "Show test data" or "Discretize output" was pressed: the plot and its picture again. */
    private void optionsChanged() {
        plot.showTestPoints(options.showsTest());
        pictureRevision = Integer.MIN_VALUE;
        focusRevision = Integer.MIN_VALUE;
        needsRedraw = true;
    }

    /**
     * Whether the plot shows a whole picture: false only while the first picture of a page's network is computed
     * in bands (a hidden plot, 1-D data and a neuron's picture have none to wait for).
     */
    public boolean isComplete() {
        return !classification || !canvas.isDrawable() || focusLayer >= 0 || pictureRevision != Integer.MIN_VALUE;
    }

    /** The view's canvas (Export ▾ draws its picture there at another size, see ViewCanvas#drawPicture). */
    public ViewCanvas canvas() {
        return canvas;
    }

    /** What a saved picture says above the plot: the legend under the plot on screen, as marks and words. */
    public PictureKey pictureKey() {
        PictureKey key = new PictureKey(null);
        if (!classification) {
            String grey = "#4d4d4d";
            return key.dots("training point", grey).rings("test point", grey)
                    .line("prediction", ColorScale.cssOf(ColorScale.BLUE_RGB), Dom.dashes(0, 0))
                    .tick("error", ColorScale.cssOf(ColorScale.ORANGE_RGB));
        }
        String[] classes = new String[classCount];
        for (int c = 0; c < classCount; c++) {
            classes[c] = ColorScale.cssOf(BoundaryRaster.classRgb(c));
        }
        key.dots("training point", classes);
        if (options.showsTest()) {
            key.rings("test point", classes);
        }
        String[] bar = classCount > 2 || options.isDiscretized() ? classes
                : new String[] {classes[0], ColorScale.cssOf(ColorScale.LIGHT_GREY_RGB), classes[1]};
        return key.bar(OutputLegendText.description(classCount, options.isDiscretized()),
                classCount > 2 || options.isDiscretized(), bar);
    }

    /** Complete boundary pictures shown since the view was made (for tests). */
    public int pictures() {
        return pictures;
    }

    /** Whether the boundary picture shows the weights of lab revision {@code revision} (for tests). */
    public boolean showsRevision(int revision) {
        return pictureRevision == revision;
    }

    // ---- pointer

    private void clicked(MouseEvent event) {
        if (lab == null || listener == null) {
            return;
        }
        double px = event.getOffsetX();
        double py = event.getOffsetY();
        if (!geometry.inPlot(px, py)) {
            return;
        }
        double x = OutputGeometry.roundToHundredths(geometry.domainX(px));
        double y = OutputGeometry.roundToHundredths(geometry.domainY(py));
        String refusal = listener.pointAdded(x, y, classification ? chosenClass : 0);
        if (refusal != null && !refusal.isEmpty()) {
            showMessage(refusal);
        }
        needsRedraw = true;
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
        if (lab == null || shape == null || !Dom.isMouse(event)) {
            return;
        }
        if (!lab.network().shape().equals(shape)) {
            // the settings changed since the last frame: the forward pass is still the old shape's (the WebAssembly
            // build traps on the new weights' shorter array; JavaScript read past it silently) until draw adopts it
            tooltip.hide();
            return;
        }
        double px = event.getOffsetX();
        double py = event.getOffsetY();
        if (!geometry.inPlot(px, py)) {
            tooltip.hide();
            return;
        }
        double x = geometry.domainX(px);
        double y = geometry.domainY(py);
        double[] out = plot.predict(lab.network().parameters(), x, y);
        String text = classification ? OutputText.classHover(x, y, out, shape.outputSize())
                : OutputText.regressionHover(x, out[0]);
        tooltip.show(text, px, py, canvas.width(), canvas.height());
    }

}
