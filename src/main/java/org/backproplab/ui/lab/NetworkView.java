package org.backproplab.ui.lab;

import org.backproplab.viz.NumberFormat;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.FineUnits;
import org.backproplab.ui.dom.Tooltip;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.ViewFailure;
import org.backproplab.ui.dom.ViewPixels;
import org.backproplab.ui.stepper.PhaseDisplay;
import org.backproplab.ui.stepper.PhaseOverlay;

import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Shape;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.PhaseView;
import org.backproplab.viz.BoundaryRaster;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.EdgeBatches;
import org.backproplab.viz.EdgeStyle;
import org.backproplab.viz.NetworkLayout;
import org.backproplab.viz.NeuronRasters;
import org.backproplab.viz.RasterGrid;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The network as columns of neurons joined by its weights: blue edges are positive weights, orange
 * negative, thicker is larger |w|. With 2-D data every neuron shows a small heatmap of its output over the
 * input plane (what it responds to); with 1-D data a small curve of its output against x. Hovering or
 * tapping an edge shows its weight and ∂J/∂w, a neuron its bias. Buttons above the columns add and remove
 * hidden layers and neurons; pressing one tells the {@link Listener}, and the next {@link #draw} shows
 * the new network.
 *
 * <p>While the phase stepper shows a phase ({@link #showPhase}), a {@link PhaseOverlay} draws what that phase
 * computes: z and a, ŷ − y, δ and ∂J/∂w, old → new weights. Clicking an edge selects its weight for the
 * weight microscope (shift-click: the second weight); clicking a neuron puts its numbers in focus.
 *
 * <p>The canvas carries {@code data-layers="2-4-2-1"} (the layer sizes drawn) for tests and scripts.
 */
public final class NetworkView implements PhaseDisplay {
    /** Told when the user pressed a +/− button: the hidden layer sizes the lab should switch to. */
    public interface Listener {
        void hiddenLayersChanged(int[] hiddenLayers);

        /** The user clicked the edge of weight {@code index} (flat); {@code second}: shift-click, the second weight. */
        default void weightSelected(int index, boolean second) {
        }
    }

    /**
     * Column gaps below this (CSS px) stack each column's + and − buttons (the strip above the canvas
     * then grows, see views.css); phones with 40 px touch targets need twice as much room.
     */
    private static final double NARROW_GAP = 62;
    private static final double NARROW_GAP_TOUCH = 88;
    /** Column gaps below this show a column's size as "16" instead of "16 neurons" (which would run together). */
    private static final double TIGHT_GAP = 78;
    /** Room above the top node and below the bottom one: at least the largest node radius. */
    private static final double VERTICAL_PADDING = NetworkLayout.MAX_RADIUS + 5;
    /** Cells per side of a neuron's thumbnail heatmap. */
    private static final int THUMB = 24;
    /**
     * While the weights change frame after frame (training), the neuron thumbnails are recomputed at most
     * this often: 10 pictures a second still show each neuron's response moving, and the largest network's
     * 112 thumbnails (24 × 24 forward passes) cost a twentieth of its frame. The frame after the lab stops
     * changing brings them up to date, so a paused, stepped or reset lab always shows its current weights.
     */
    private static final double THUMBNAIL_MS = 100;
    /** Samples of a neuron's output curve for 1-D data. */
    private static final int CURVE_SAMPLES = 33;
    private static final double DOMAIN = 6;
    private static final String NODE_BORDER = "#8a8f94";
    private static final String CURVE_BACKGROUND = "#f3f5f6";
    private static final String CURVE_COLOR = "#1d1d1d";
    private static final String ZERO_LINE = "#c4c8cc";
    private static final String HIGHLIGHT = "#1d1d1d";
    private static final String SELECTED = "#111111";
    private static final String LABEL_COLOR = "#333333";
    private static final String LABEL_FONT = "italic 15px Georgia, 'Times New Roman', serif";
    private static final String[] INPUT_NAMES_2D = {"x\u2081", "x\u2082"};

    private final Listener listener;
    private final HTMLElement root;
    private final HTMLElement columns;
    private final HTMLElement stage;
    private final ViewCanvas canvas;
    private final Tooltip tooltip;
    private final ViewFailure failure;
    private final HTMLButtonElement addLayer;
    private final HTMLButtonElement removeLayer;
    private final HTMLElement layerCount;
    private final HTMLElement[] columnGroups = new HTMLElement[AppState.MAX_HIDDEN_LAYERS];
    private final HTMLElement[] neuronCounts = new HTMLElement[AppState.MAX_HIDDEN_LAYERS];
    private final HTMLButtonElement[] addNeuron = new HTMLButtonElement[AppState.MAX_HIDDEN_LAYERS];
    private final HTMLButtonElement[] removeNeuron = new HTMLButtonElement[AppState.MAX_HIDDEN_LAYERS];
    private final HTMLElement inputCaption;
    private final HTMLElement outputCaption;

    private LabSession lab;
    private boolean narrow;
    /** How far the layout is drawn above its own coordinates (see render). */
    private double shiftY;
    private int drawnRevision = Integer.MIN_VALUE;
    private boolean needsRedraw = true;
    /** When the thumbnails were last computed (performance.now()), and whether the weights moved since. */
    private double thumbnailsAt = Double.NEGATIVE_INFINITY;
    private boolean thumbnailsStale;
    private Shape shape;
    private NetworkLayout layout;
    private Backprop backprop;
    private NeuronRasters rasters;
    private EdgeBatches edges;
    private ViewPixels atlas;
    private int[] atlasPixels;
    private int[] neuronOffsets;
    /** Each neuron's centre (index neuronOffsets[layer] + neuron) and the radius, in {@link FineUnits}. */
    private int[] fineX = new int[0];
    private int[] fineY = new int[0];
    private int fineRadius;
    private double[] curves;
    private final double[] curveInput = new double[1];

    private boolean pointerInside;
    private boolean pointerIsTouch;
    private double pointerX;
    private double pointerY;
    private int hoverNeuron = NetworkLayout.NONE;
    private int hoverEdge = NetworkLayout.NONE;
    /** The neuron whose numbers a large network shows while stepping (clicked), or NONE. */
    private int focusNeuron = NetworkLayout.NONE;
    private final PhaseOverlay overlay = new PhaseOverlay();
    private final JSArray<JSObject> secondDash = Dom.dashes(6, 4);
    private final JSArray<JSObject> noDash = Dom.dashes(0, 0);
    private int drawnFirstWeight = NetworkLayout.NONE;
    private int drawnSecondWeight = NetworkLayout.NONE;

    public NetworkView(HTMLElement container, Listener listener) {
        this.listener = listener;
        root = Dom.element("div", "blv-root blv-network-view", container);
        HTMLElement layers = Dom.element("div", "blv-toolbar blv-layer-controls", root);
        removeLayer = Dom.button("\u2212", "remove the last hidden layer", "blv-round", layers,
                () -> changeLayers(-1));
        layerCount = Dom.span("blv-layer-count", "", layers);
        layerCount.setAttribute("aria-live", "polite");
        addLayer = Dom.button("+", "add a hidden layer", "blv-round", layers, () -> changeLayers(+1));

        columns = Dom.element("div", "blv-columns", root);
        stage = Dom.element("div", "blv-stage", root);
        canvas = new ViewCanvas(stage, "the network");
        inputCaption = Dom.span("blv-column-caption", "input", columns);
        outputCaption = Dom.span("blv-column-caption", "output", columns);
        for (int l = 0; l < AppState.MAX_HIDDEN_LAYERS; l++) {
            int layer = l;
            HTMLElement group = Dom.element("div", "blv-column", columns);
            HTMLElement buttons = Dom.element("div", "blv-column-buttons", group);
            addNeuron[l] = Dom.button("+", "add a neuron to hidden layer " + (l + 1), "blv-round blv-small",
                    buttons, () -> changeNeurons(layer, +1));
            removeNeuron[l] = Dom.button("\u2212", "remove a neuron from hidden layer " + (l + 1),
                    "blv-round blv-small", buttons, () -> changeNeurons(layer, -1));
            neuronCounts[l] = Dom.span("blv-column-count", "", group);
            group.setHidden(true);
            columnGroups[l] = group;
        }
        tooltip = new Tooltip(stage);
        failure = new ViewFailure(root);

        canvas.element.addEventListener("pointermove", event -> pointerAt((MouseEvent) event));
        canvas.element.addEventListener("pointerdown", event -> pointerAt((MouseEvent) event));
        canvas.element.addEventListener("click", event -> clicked((MouseEvent) event));
        canvas.element.addEventListener("pointerleave", event -> {
            if (!pointerIsTouch) {
                pointerInside = false;
                updateHover();
            }
        });
    }

    /** Draws the lab's network; returns at once when neither the lab's revision nor the size changed. */
    public void draw(LabSession session) {
        try {
            render(session);
            failure.clear();
        } catch (Throwable e) {
            failure.report(e);
        }
    }

    /**
     * Shows what phase {@code view} of the stepper computes on top of the network, or the plain network for
     * null; takes effect on the next {@link #draw}.
     */
    @Override
    public void showPhase(PhaseView view) {
        if (overlay.set(view, Performance.now())) {
            needsRedraw = true;
            if (tooltip.isVisible()) {
                updateHover();
            }
        }
    }

    private void render(LabSession session) {
        lab = session;
        boolean resized = canvas.fit();
        double now = Performance.now();
        if (overlay.isPulsing(now, shape)) {
            needsRedraw = true;
        }
        int first = session.state().selectedWeight();
        int second = session.state().secondWeight();
        if (first != drawnFirstWeight || second != drawnSecondWeight) {
            drawnFirstWeight = first;
            drawnSecondWeight = second;
            needsRedraw = true;
        }
        Shape current = session.network().shape();
        boolean reshaped = !current.equals(shape);
        if (reshaped) {
            adoptShape(current);
        }
        if (resized || reshaped) {
            int layers = shape.layerCount();
            double gap = (canvas.width() - 2 * padding()) / (layers - 1);
            setNarrow(gap < (isTouchSized() ? NARROW_GAP_TOUCH : NARROW_GAP));
            Dom.setClass(columns, "blv-tight", gap < TIGHT_GAP);
            // NetworkLayout pads all sides alike; the sides need room for the x labels, top and bottom only
            // for a node: lay out a taller area and shift it up.
            shiftY = Math.max(0, padding() - VERTICAL_PADDING);
            layout = new NetworkLayout(shape, canvas.width(), canvas.height() + 2 * shiftY, padding());
            placeFineUnits();
            placeColumnControls();
            needsRedraw = true;
        }
        boolean changed = session.revision() != drawnRevision;
        if (!changed && !needsRedraw && !thumbnailsStale) {
            return;
        }
        // a change THUMBNAIL_MS after the last picture, or the first frame without a change after skipped ones
        boolean thumbnailsDue = reshaped || (changed ? now - thumbnailsAt >= THUMBNAIL_MS : thumbnailsStale);
        if (thumbnailsDue) {
            computeThumbnails(session);
            thumbnailsAt = now;
            thumbnailsStale = false;
        } else if (changed) {
            thumbnailsStale = true;
        }
        if ((changed || reshaped) && tooltip.isVisible()) {
            updateHover();
        }
        drawnRevision = session.revision();
        needsRedraw = false;
        paint(session);
    }

    /** The layout in {@link FineUnits}, once per layout, so that a frame's edges and nodes go in as integers. */
    private void placeFineUnits() {
        int neurons = neuronOffsets[shape.layerCount()];
        fineX = new int[neurons];
        fineY = new int[neurons];
        for (int l = 0; l < shape.layerCount(); l++) {
            for (int i = 0; i < shape.size(l); i++) {
                fineX[neuronOffsets[l] + i] = FineUnits.of(layout.neuronX(l, i));
                fineY[neuronOffsets[l] + i] = FineUnits.of(layout.neuronY(l, i));
            }
        }
        fineRadius = FineUnits.of(layout.radius());
    }

    private double padding() {
        return Math.max(34, Math.min(48, canvas.width() * 0.07));
    }

    // ---- shape changes: workspaces, captions, buttons, text alternative

    private void adoptShape(Shape current) {
        shape = current;
        backprop = new Backprop(current);
        edges = new EdgeBatches(current);
        int layers = current.layerCount();
        neuronOffsets = new int[layers + 1];
        for (int l = 0; l < layers; l++) {
            neuronOffsets[l + 1] = neuronOffsets[l] + current.size(l);
        }
        int neurons = neuronOffsets[layers];
        if (current.inputSize() == 2) {
            rasters = new NeuronRasters(RasterGrid.playground(THUMB), current);
            int cells = THUMB * THUMB;
            atlas = new ViewPixels(THUMB, THUMB * neurons);
            atlasPixels = new int[cells * neurons];
            curves = null;
        } else {
            rasters = null;
            atlas = null;
            atlasPixels = null;
            curves = new double[CURVE_SAMPLES * neurons];
        }
        hoverNeuron = NetworkLayout.NONE;
        hoverEdge = NetworkLayout.NONE;
        focusNeuron = NetworkLayout.NONE;
        tooltip.hide();

        int hidden = layers - 2;
        layerCount.setTextContent(hidden == 1 ? "1 hidden layer" : hidden + " hidden layers");
        addLayer.setDisabled(hidden >= AppState.MAX_HIDDEN_LAYERS);
        removeLayer.setDisabled(hidden <= AppState.MIN_HIDDEN_LAYERS);
        for (int l = 0; l < AppState.MAX_HIDDEN_LAYERS; l++) {
            boolean used = l < hidden;
            Dom.show(columnGroups[l], used);
            if (used) {
                int size = current.size(l + 1);
                neuronCounts[l].setTextContent(size == 1 ? "1 neuron" : size + " neurons");
                neuronCounts[l].setAttribute("data-short", Integer.toString(size));
                addNeuron[l].setDisabled(size >= AppState.MAX_NEURONS);
                removeNeuron[l].setDisabled(size <= 1);
            }
        }
        canvas.element.setAttribute("data-layers", sizesText(current));
        canvas.element.setAttribute("aria-label", describe(current));
    }

    /** "2-4-2-1": the layer sizes, inputs first. */
    private static String sizesText(Shape shape) {
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < shape.layerCount(); l++) {
            if (l > 0) {
                text.append('-');
            }
            text.append(shape.size(l));
        }
        return text.toString();
    }

    private static String describe(Shape shape) {
        StringBuilder text = new StringBuilder("Network diagram: ");
        text.append(shape.inputSize() == 2 ? "2 inputs (x\u2081, x\u2082)" : "1 input (x)");
        int hidden = shape.layerCount() - 2;
        text.append(hidden == 1 ? ", 1 hidden layer of " : ", " + hidden + " hidden layers of ");
        for (int l = 1; l <= hidden; l++) {
            text.append(l == 1 ? "" : l == hidden ? " and " : ", ").append(shape.size(l));
        }
        text.append(hidden == 1 && shape.size(1) == 1 ? " neuron (" : " neurons (")
                .append(shape.activation(1).id()).append("), ")
                .append(shape.outputSize()).append(shape.outputSize() == 1 ? " output (" : " outputs (")
                .append(shape.outputActivation().id()).append("). ")
                .append("Lines are weights: blue positive, orange negative, thicker for larger size. ")
                .append(shape.inputSize() == 2
                        ? "Each neuron shows its output over the input plane."
                        : "Each neuron shows its output as a curve against x.");
        return text.toString();
    }

    private void placeColumnControls() {
        int layers = shape.layerCount();
        double gap = layout.neuronX(1, 0) - layout.neuronX(0, 0);
        for (int l = 0; l < layers - 2 && l < AppState.MAX_HIDDEN_LAYERS; l++) {
            HTMLElement group = columnGroups[l];
            Dom.setPixels(group, "left", layout.neuronX(l + 1, 0));
            Dom.setStyle(group, "max-width", (int) Math.max(36, Dom.pixel(gap - 4)) + "px");
        }
        Dom.setPixels(inputCaption, "left", layout.neuronX(0, 0));
        Dom.setPixels(outputCaption, "left", layout.neuronX(layers - 1, 0));
    }

    /** Stacks the columns' buttons (a taller strip, so the canvas below shrinks and is laid out again). */
    private void setNarrow(boolean value) {
        if (value != narrow) {
            narrow = value;
            if (value) {
                columns.getClassList().add("blv-narrow");
            } else {
                columns.getClassList().remove("blv-narrow");
            }
        }
    }

    /** Whether views.css gives buttons touch size (40 px): phones and coarse pointers. */
    private boolean isTouchSized() {
        return addLayer.getOffsetHeight() >= 36;
    }

    private void changeLayers(int delta) {
        if (lab == null) {
            return;
        }
        int[] hidden = lab.state().hiddenLayers();
        int count = hidden.length + delta;
        if (count < AppState.MIN_HIDDEN_LAYERS || count > AppState.MAX_HIDDEN_LAYERS) {
            return;
        }
        int[] next = new int[count];
        System.arraycopy(hidden, 0, next, 0, Math.min(hidden.length, count));
        if (count > hidden.length) {
            next[count - 1] = Math.min(hidden[hidden.length - 1], AppState.MAX_NEURONS);
        }
        listener.hiddenLayersChanged(next);
    }

    private void changeNeurons(int layer, int delta) {
        if (lab == null) {
            return;
        }
        int[] hidden = lab.state().hiddenLayers();
        if (layer >= hidden.length) {
            return;
        }
        int size = hidden[layer] + delta;
        if (size < 1 || size > AppState.MAX_NEURONS) {
            return;
        }
        hidden[layer] = size;
        listener.hiddenLayersChanged(hidden);
    }

    // ---- thumbnails

    private void computeThumbnails(LabSession session) {
        double[] parameters = session.network().parameters();
        if (rasters != null) {
            rasters.evaluate(backprop, parameters);
            int cells = THUMB * THUMB;
            int last = shape.layerCount() - 1;
            boolean classColours = shape.outputSize() > 1;
            for (int l = 0; l <= last; l++) {
                for (int i = 0; i < shape.size(l); i++) {
                    int at = (neuronOffsets[l] + i) * cells;
                    if (l == last && classColours) {
                        // output neuron i of a softmax: light grey at p = 0 to its class's colour at p = 1
                        rasters.paintProbability(l, i, BoundaryRaster.classRgb(Math.min(i, 2)), 255, atlasPixels, at);
                    } else {
                        rasters.paint(l, i, ColorScale.PLAYGROUND, 255, atlasPixels, at);
                    }
                }
            }
            atlas.upload(atlasPixels);
        } else {
            for (int k = 0; k < CURVE_SAMPLES; k++) {
                curveInput[0] = -DOMAIN + 2 * DOMAIN * k / (CURVE_SAMPLES - 1);
                backprop.forward(parameters, curveInput, 0);
                for (int l = 0; l < shape.layerCount(); l++) {
                    for (int i = 0; i < shape.size(l); i++) {
                        curves[(neuronOffsets[l] + i) * CURVE_SAMPLES + k] = backprop.activation(l, i);
                    }
                }
            }
        }
    }

    // ---- drawing

    private void paint(LabSession session) {
        canvas.begin();
        if (!canvas.isDrawable() || layout == null) {
            return;
        }
        CanvasRenderingContext2D g = canvas.context;
        g.translate(0, -shiftY);
        double[] parameters = session.network().parameters();
        double radius = layout.radius();
        double widthScale = Math.max(0.35, Math.min(1, radius / 14));
        g.setLineCap("round");
        boolean phaseEdges = overlay.drawEdges(g, layout, shape, parameters, widthScale);
        if (!phaseEdges) {
            drawEdges(g, parameters, widthScale);
        }
        markSelected(g, drawnFirstWeight, false);
        markSelected(g, drawnSecondWeight, true);
        if (hoverEdge != NetworkLayout.NONE && hoverEdge < parameters.length) {
            highlightEdge(g, hoverEdge, parameters, widthScale);
        }
        double now = Performance.now();
        overlay.drawPulses(g, layout, shape, now);
        drawNeurons(g, radius);
        drawInputNames(g, radius);
        if (overlay.view() != null) {
            int focus = hoverNeuron != NetworkLayout.NONE ? hoverNeuron : focusNeuron;
            overlay.drawLabels(g, layout, shape, canvas.width(), canvas.height(), shiftY, focus);
        }
    }

    /** Every weight as a line, one path per batch of equal colour and width (thin first, see EdgeBatches). */
    private void drawEdges(CanvasRenderingContext2D g, double[] parameters, double widthScale) {
        edges.group(parameters);
        FineUnits.enter(g);
        for (int b = 0; b < edges.batchCount(); b++) {
            int end = edges.end(b);
            if (edges.start(b) == end) {
                continue;
            }
            g.beginPath();
            for (int k = edges.start(b); k < end; k++) {
                int index = edges.edge(k);
                int l = layerOfWeight(index);
                int local = index - shape.weightOffset(l);
                int from = neuronOffsets[l] + local % shape.size(l);
                int to = neuronOffsets[l + 1] + local / shape.size(l);
                g.moveTo(fineX[from], fineY[from]);
                g.lineTo(fineX[to], fineY[to]);
            }
            g.setStrokeStyle(edges.color(b));
            g.setLineWidth(edges.width(b) * widthScale * FineUnits.PER_PIXEL);
            g.stroke();
        }
        g.restore();
    }

    /** A dark band under a weight picked for the microscope: solid for the first, dashed for the second. */
    private void markSelected(CanvasRenderingContext2D g, int index, boolean second) {
        if (index < 0 || index >= shape.parameterCount() || !shape.isWeight(index)) {
            return;
        }
        int l = layerOfWeight(index);
        int local = index - shape.weightOffset(l);
        int j = local / shape.size(l);
        int i = local % shape.size(l);
        g.beginPath();
        g.moveTo(layout.neuronX(l, i), layout.neuronY(l, i));
        g.lineTo(layout.neuronX(l + 1, j), layout.neuronY(l + 1, j));
        g.setStrokeStyle(SELECTED);
        g.setLineWidth(2);
        if (second) {
            g.setLineDash(secondDash);
        }
        g.stroke();
        if (second) {
            g.setLineDash(noDash);
        }
    }

    private void highlightEdge(CanvasRenderingContext2D g, int edge, double[] parameters, double widthScale) {
        int l = layerOfWeight(edge);
        int local = edge - shape.weightOffset(l);
        int j = local / shape.size(l);
        int i = local % shape.size(l);
        double weight = parameters[edge];
        double ax = layout.neuronX(l, i);
        double ay = layout.neuronY(l, i);
        double bx = layout.neuronX(l + 1, j);
        double by = layout.neuronY(l + 1, j);
        double width = EdgeStyle.width(weight) * widthScale;
        g.beginPath();
        g.moveTo(ax, ay);
        g.lineTo(bx, by);
        g.setStrokeStyle(HIGHLIGHT);
        g.setLineWidth(width + 4);
        g.stroke();
        g.setStrokeStyle(EdgeStyle.color(weight));
        g.setLineWidth(Math.max(width, 1.5));
        g.stroke();
    }

    /**
     * Every node: its thumbnail or output curve, and a border. Thumbnails are placed in {@link FineUnits}
     * (drawImage and strokeRect box every fractional argument), curves in CSS pixels.
     */
    private void drawNeurons(CanvasRenderingContext2D g, double radius) {
        boolean fine = atlas != null;
        double unit = fine ? FineUnits.PER_PIXEL : 1;
        if (fine) {
            FineUnits.enter(g);
        }
        for (int l = 0; l < shape.layerCount(); l++) {
            for (int i = 0; i < shape.size(l); i++) {
                int index = neuronOffsets[l] + i;
                double x;
                double y;
                double side;
                if (fine) {
                    x = fineX[index] - fineRadius;
                    y = fineY[index] - fineRadius;
                    side = 2 * fineRadius;
                    atlas.drawRows(g, index * THUMB, THUMB, x, y, side, side);
                } else {
                    x = layout.neuronX(l, i) - radius;
                    y = layout.neuronY(l, i) - radius;
                    side = 2 * radius;
                    drawCurve(g, l, index, x, y, side);
                }
                boolean hovered = hoverNeuron == NetworkLayout.encode(l, i);
                g.setStrokeStyle(hovered ? HIGHLIGHT : NODE_BORDER);
                g.setLineWidth(hovered ? 2.5 * unit : unit);
                g.strokeRect(x, y, side, side);
            }
        }
        if (fine) {
            g.restore();
        }
    }

    /** A neuron's output against x ∈ [−6, 6]: fixed ranges for tanh and sigmoid, else its own min..max. */
    private void drawCurve(CanvasRenderingContext2D g, int layer, int index, double x, double y, double side) {
        g.setFillStyle(CURVE_BACKGROUND);
        g.fillRect(x, y, side, side);
        int base = index * CURVE_SAMPLES;
        Activation activation = layer == 0 ? Activation.LINEAR : shape.activation(layer);
        double low;
        double high;
        if (activation == Activation.TANH) {
            low = -1;
            high = 1;
        } else if (activation == Activation.SIGMOID || activation == Activation.SOFTMAX) {
            low = 0;
            high = 1;
        } else {
            low = Double.POSITIVE_INFINITY;
            high = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < CURVE_SAMPLES; k++) {
                double v = curves[base + k];
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
            if (!(low <= high)) {
                return;
            }
            double span = Math.max(high - low, 1e-9);
            low -= span * 0.1;
            high += span * 0.1;
        }
        double inset = Math.max(1.5, side * 0.08);
        double plotHeight = side - 2 * inset;
        double scale = plotHeight / (high - low);
        if (low < 0 && high > 0) {
            double zeroY = y + inset + high * scale;
            g.beginPath();
            g.moveTo(x + 1, zeroY);
            g.lineTo(x + side - 1, zeroY);
            g.setStrokeStyle(ZERO_LINE);
            g.setLineWidth(1);
            g.stroke();
        }
        g.beginPath();
        boolean started = false;
        for (int k = 0; k < CURVE_SAMPLES; k++) {
            double v = curves[base + k];
            if (!Double.isFinite(v)) {
                started = false;
                continue;
            }
            double clamped = v < low ? low : (v > high ? high : v);
            double px = x + side * k / (CURVE_SAMPLES - 1);
            double py = y + inset + (high - clamped) * scale;
            if (started) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                started = true;
            }
        }
        g.setStrokeStyle(CURVE_COLOR);
        g.setLineWidth(Math.max(1, side / 24));
        g.stroke();
    }

    private void drawInputNames(CanvasRenderingContext2D g, double radius) {
        g.setFont(LABEL_FONT);
        g.setFillStyle(LABEL_COLOR);
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i < shape.inputSize(); i++) {
            String name = shape.inputSize() == 2 ? INPUT_NAMES_2D[i] : "x";
            g.fillText(name, layout.neuronX(0, i) - radius - 5, layout.neuronY(0, i));
        }
    }

    // ---- hover and tap

    private void pointerAt(MouseEvent event) {
        pointerInside = true;
        pointerIsTouch = !Dom.isMouse(event);
        pointerX = event.getOffsetX();
        pointerY = event.getOffsetY();
        updateHover();
    }

    /** A click on an edge picks its weight for the microscope; on a neuron, puts that neuron's numbers in focus. */
    private void clicked(MouseEvent event) {
        if (layout == null || lab == null) {
            return;
        }
        double x = event.getOffsetX();
        double y = event.getOffsetY() + shiftY;
        int neuron = layout.hitNeuron(x, y);
        if (neuron != NetworkLayout.NONE) {
            focusNeuron = neuron == focusNeuron ? NetworkLayout.NONE : neuron;
            needsRedraw = true;
            return;
        }
        int edge = layout.hitEdge(x, y, pointerIsTouch ? 10 : 4);
        if (edge != NetworkLayout.NONE) {
            listener.weightSelected(edge, event.getShiftKey());
        }
    }

    /** Finds what the pointer is on and shows it in the tooltip; marks the canvas for a redraw on change. */
    private void updateHover() {
        int neuron = NetworkLayout.NONE;
        int edge = NetworkLayout.NONE;
        if (pointerInside && layout != null && lab != null) {
            double y = pointerY + shiftY;
            neuron = layout.hitNeuron(pointerX, y);
            if (neuron == NetworkLayout.NONE) {
                edge = layout.hitEdge(pointerX, y, pointerIsTouch ? 10 : 4);
            }
        }
        if (neuron != hoverNeuron || edge != hoverEdge) {
            hoverNeuron = neuron;
            hoverEdge = edge;
            needsRedraw = true;
        }
        if (neuron != NetworkLayout.NONE) {
            int layer = NetworkLayout.layerOf(neuron);
            int index = NetworkLayout.neuronOf(neuron);
            tooltip.show(describeNeuron(layer, index), layout.neuronX(layer, index),
                    layout.neuronY(layer, index) - shiftY - layout.radius(), canvas.width(),
                    canvas.height());
        } else if (edge != NetworkLayout.NONE) {
            tooltip.show(describeWeight(edge), pointerX, pointerY, canvas.width(), canvas.height());
        } else {
            tooltip.hide();
        }
    }

    private String neuronName(int layer, int neuron) {
        if (layer == 0) {
            return shape.inputSize() == 2 ? "input " + INPUT_NAMES_2D[neuron] : "input x";
        }
        if (layer == shape.layerCount() - 1) {
            return shape.outputSize() == 1 ? "the output" : "output " + (neuron + 1);
        }
        return "neuron " + (neuron + 1) + " of hidden layer " + layer;
    }

    private String describeNeuron(int layer, int neuron) {
        if (layer == 0) {
            return neuronName(layer, neuron) + "\n"
                    + (shape.inputSize() == 2
                            ? (neuron == 0 ? "the point's horizontal coordinate" : "the point's vertical coordinate")
                            : "the value the network gets");
        }
        int bias = shape.biasIndex(layer - 1, neuron);
        double[] gradient = lab.trainer().gradientView();
        String heading = neuronName(layer, neuron);
        if (layer == shape.layerCount() - 1 && shape.outputSize() > 1) {
            heading += " (probability of class " + neuron + ")";
        }
        return heading + " \u00b7 " + shape.activation(layer).id() + "\nbias b = "
                + NumberFormat.display(lab.network().parameters()[bias], 3)
                + (overlay.view() != null ? overlay.neuronText(shape, layer, neuron)
                        : "\n" + gradientText("b", gradient[bias]));
    }

    private String describeWeight(int index) {
        int l = layerOfWeight(index);
        int local = index - shape.weightOffset(l);
        int j = local / shape.size(l);
        int i = local % shape.size(l);
        double weight = lab.network().parameters()[index];
        double gradient = lab.trainer().gradientView()[index];
        String text = "weight w = " + NumberFormat.display(weight, 3) + "\nfrom " + neuronName(l, i) + "\nto "
                + neuronName(l + 1, j);
        return overlay.view() != null ? text + overlay.weightText(shape, index)
                : text + "\n" + gradientText("w", gradient) + "\nclick to select this weight (shift-click: a second one)";
    }

    /** "∂J/∂w = 0.012 (last step)", or that there is none yet: the trainer's gradient is zero until it steps. */
    private String gradientText(String parameter, double value) {
        String name = "\u2202J/\u2202" + parameter;
        return lab.trainer().iteration() == 0 ? name + ": after the first step"
                : name + " = " + NumberFormat.display(value, 3) + " (last step)";
    }

    private int layerOfWeight(int index) {
        for (int l = shape.layerCount() - 2; l > 0; l--) {
            if (index >= shape.weightOffset(l)) {
                return l;
            }
        }
        return 0;
    }

    /** The root element, for the shell's layout if it needs it. */
    HTMLElement element() {
        return root;
    }
}
