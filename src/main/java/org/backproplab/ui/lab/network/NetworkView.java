package org.backproplab.ui.lab.network;

import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Tooltip;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.ViewFailure;
import org.backproplab.ui.stepper.PhaseDisplay;
import org.backproplab.ui.stepper.PhaseOverlay;

import org.backproplab.core.Shape;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.phases.PhaseView;
import org.backproplab.viz.NetworkLayout;
import org.backproplab.viz.NetworkText;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The network as columns of neurons joined by its weights: blue edges are positive weights, orange
 * negative, thicker is larger |w|. With 2-D data every neuron shows a small heatmap of its output over the
 * input plane (what it responds to); with 1-D data a small curve of its output against x. Hovering or
 * tapping an edge shows its weight and ∂J/∂w, a neuron its bias; a neuron focused from the keyboard
 * ({@link NeuronKeys}) counts as pointed at. Buttons above the columns add and remove
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

        /** The pointer is on neuron {@code neuron} of layer {@code layer}, or on none (layer −1). */
        default void neuronPointed(int layer, int neuron) {
        }

        /** The user changed a setting in the network view (an input chip, a layer's activation). */
        default void settingsChanged(AppState next) {
        }
    }

    /** Room above the top node and below the bottom one: at least the largest node radius. */
    private static final double VERTICAL_PADDING = NetworkLayout.MAX_RADIUS + 5;
    /**
     * While the weights change frame after frame (training), the neuron thumbnails are recomputed at most
     * this often: 10 pictures a second still show each neuron's response moving, and the largest network's
     * 112 thumbnails (24 × 24 forward passes) cost a twentieth of its frame. The frame after the lab stops
     * changing brings them up to date, so a paused, stepped or reset lab always shows its current weights.
     */
    private static final double THUMBNAIL_MS = 100;

    private final Listener listener;
    private final HTMLElement root;
    private final NetworkControls controls;
    private final HTMLElement stage;
    private final LayerActivationStrip activationStrip;
    private final WeightEditField weightField;
    private final NeuronKeys neuronKeys;
    private final ViewCanvas canvas;
    private final Tooltip tooltip;
    private final ViewFailure failure;

    private LabSession lab;
    /** How far the layout is drawn above its own coordinates (see render). */
    private double shiftY;
    private int drawnRevision = Integer.MIN_VALUE;
    private boolean needsRedraw = true;
    /** When the thumbnails were last computed (performance.now()), and whether the weights moved since. */
    private double thumbnailsAt = Double.NEGATIVE_INFINITY;
    /** Whether the view has been drawn before (its first drawing shows the neurons' boxes without pictures). */
    private boolean drawnOnce;
    private boolean thumbnailsStale;
    private Shape shape;
    private NetworkLayout layout;
    private final NetworkPainter painter = new NetworkPainter();

    private boolean pointerInside;
    private boolean pointerIsTouch;
    private double pointerX;
    private double pointerY;
    private int hoverNeuron = NetworkLayout.NONE;
    private int hoverEdge = NetworkLayout.NONE;
    /** The neuron whose numbers a large network shows while stepping (clicked), or NONE. */
    private int focusNeuron = NetworkLayout.NONE;
    private final PhaseOverlay overlay = new PhaseOverlay();
    private int drawnFirstWeight = NetworkLayout.NONE;
    private int drawnSecondWeight = NetworkLayout.NONE;

    public NetworkView(HTMLElement container, Listener listener) {
        this.listener = listener;
        root = Dom.element("div", "blv-root blv-network-view", container);
        controls = new NetworkControls(root, listener);
        stage = Dom.element("div", "blv-stage", root);
        canvas = new ViewCanvas(stage, "the network");
        neuronKeys = new NeuronKeys(stage, this::updateHover, neuron -> {
            focusNeuron = neuron == focusNeuron ? NetworkLayout.NONE : neuron;
            needsRedraw = true;
        });
        tooltip = new Tooltip(stage);
        weightField = new WeightEditField(stage);
        activationStrip = new LayerActivationStrip(root, listener);
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
        controls.follow(session);
        activationStrip.follow(session.state());
        weightField.follow(session);
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
            controls.fitGap(gap);
            // NetworkLayout pads all sides alike; the sides need room for the x labels, top and bottom only
            // for a node: lay out a taller area and shift it up.
            double padding = padding();
            shiftY = Math.max(0, padding - VERTICAL_PADDING);
            layout = new NetworkLayout(shape, canvas.width(), canvas.height() + 2 * shiftY, padding);
            // feature names (sin x₂, x₁x₂) are wider than x₁: widen the margin so the input labels fit; a wider
            // margin only shrinks the radius, so the second layout's labels fit too
            double labelRoom = painter.widestInputName(canvas.context) + NetworkPainter.LABEL_GAP + 2;
            if (canvas.isDrawable() && layout.radius() + labelRoom > padding) {
                padding = Math.min(canvas.width() / 4, layout.radius() + labelRoom);
                shiftY = Math.max(0, padding - VERTICAL_PADDING);
                layout = new NetworkLayout(shape, canvas.width(), canvas.height() + 2 * shiftY, padding);
            }
            painter.layOut(layout);
            controls.place(layout, shape);
            neuronKeys.place(layout, shiftY);
            activationStrip.place(layout, shape);
            needsRedraw = true;
        }
        boolean changed = session.revision() != drawnRevision;
        if (!changed && !needsRedraw && !thumbnailsStale) {
            return;
        }
        // a change THUMBNAIL_MS after the last picture, or the first frame without a change after skipped ones;
        // the page's first drawing leaves them to the next frame (the first frame's task is long enough already)
        boolean thumbnailsDue = reshaped || (changed ? now - thumbnailsAt >= THUMBNAIL_MS : thumbnailsStale);
        if (thumbnailsDue && !drawnOnce) {
            drawnOnce = true;
            thumbnailsStale = true;
        } else if (thumbnailsDue) {
            painter.computeThumbnails(session.network().parameters());
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

    /** Whether the last drawing showed every neuron's picture (false only before the pictures' first frame). */
    public boolean isComplete() {
        return drawnOnce && thumbnailsAt != Double.NEGATIVE_INFINITY;
    }

    /** The view's canvas (Export ▾ draws its picture there at another size, see ViewCanvas#drawPicture). */
    public ViewCanvas canvas() {
        return canvas;
    }

    private double padding() {
        return Math.max(34, Math.min(48, canvas.width() * 0.07));
    }

    // ---- shape changes: workspaces, captions, buttons, text alternative

    private void adoptShape(Shape current) {
        shape = current;
        painter.adopt(current);
        hoverNeuron = NetworkLayout.NONE;
        hoverEdge = NetworkLayout.NONE;
        focusNeuron = NetworkLayout.NONE;
        tooltip.hide();

        controls.adopt(current);
        neuronKeys.adopt(current);
        activationStrip.adopt(current);
        canvas.element.setAttribute("data-layers", NetworkText.sizes(current));
        canvas.element.setAttribute("aria-label", NetworkText.description(current));
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
            painter.drawEdges(g, parameters, widthScale);
        }
        painter.markSelected(g, drawnFirstWeight, false);
        painter.markSelected(g, drawnSecondWeight, true);
        if (hoverEdge != NetworkLayout.NONE && hoverEdge < parameters.length) {
            painter.highlightEdge(g, hoverEdge, parameters, widthScale);
        }
        double now = Performance.now();
        overlay.drawPulses(g, layout, shape, now);
        painter.drawNeurons(g, radius, hoverNeuron);
        painter.drawInputNames(g, radius);
        if (overlay.view() != null) {
            int focus = hoverNeuron != NetworkLayout.NONE ? hoverNeuron : focusNeuron;
            overlay.drawLabels(g, layout, shape, canvas.width(), canvas.height(), shiftY, focus);
            canvas.element.setAttribute("data-label-boxes", overlay.placedBoxes());
            canvas.element.setAttribute("data-labels-left-out", Integer.toString(overlay.droppedLabels()));
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
        // a click between a settings change (an input chip, +/−) and the next frame hits the old layout
        if (layout == null || lab == null || !lab.network().shape().equals(shape)) {
            return;
        }
        // a click's offsets are whole pixels, the pointer's are not: on the pointer's own spot (pointerdown came
        // just before), hit what the hover highlighted rather than an edge half a pixel away
        boolean samePlace = Math.abs(event.getOffsetX() - pointerX) <= 1 && Math.abs(event.getOffsetY() - pointerY) <= 1;
        double x = samePlace ? pointerX : event.getOffsetX();
        double y = (samePlace ? pointerY : event.getOffsetY()) + shiftY;
        int neuron = layout.hitNeuron(x, y);
        if (neuron != NetworkLayout.NONE) {
            focusNeuron = neuron == focusNeuron ? NetworkLayout.NONE : neuron;
            needsRedraw = true;
            return;
        }
        int edge = layout.hitEdge(x, y, pointerIsTouch ? 10 : 4);
        if (edge != NetworkLayout.NONE) {
            listener.weightSelected(edge, event.getShiftKey());
            if (!event.getShiftKey()) {
                weightField.open(lab, edge, event.getOffsetX(), event.getOffsetY());
            }
        }
    }

    /** Finds what the pointer is on and shows it in the tooltip; marks the canvas for a redraw on change. */
    private void updateHover() {
        int neuron = NetworkLayout.NONE;
        int edge = NetworkLayout.NONE;
        // until draw adopts a new shape, the layout is the old network's: its indices would read the new weights wrongly
        boolean current = lab != null && lab.network().shape().equals(shape);
        if (pointerInside && layout != null && current) {
            double y = pointerY + shiftY;
            neuron = layout.hitNeuron(pointerX, y);
            if (neuron == NetworkLayout.NONE) {
                edge = layout.hitEdge(pointerX, y, pointerIsTouch ? 10 : 4);
            }
        }
        if (neuron == NetworkLayout.NONE && edge == NetworkLayout.NONE && layout != null && current) {
            neuron = neuronKeys.focused(); // the keyboard's neuron, while the pointer is on nothing
        }
        if (neuron != hoverNeuron) {
            listener.neuronPointed(neuron == NetworkLayout.NONE ? -1 : NetworkLayout.layerOf(neuron),
                    neuron == NetworkLayout.NONE ? 0 : NetworkLayout.neuronOf(neuron));
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

    private String describeNeuron(int layer, int neuron) {
        if (layer == 0) {
            return NetworkText.inputTooltip(shape, neuron);
        }
        int bias = shape.biasIndex(layer - 1, neuron);
        return NetworkText.neuronTooltip(shape, layer, neuron, lab.network().parameters()[bias],
                overlay.view() != null ? overlay.neuronText(shape, layer, neuron) : null,
                lab.trainer().gradientView()[bias], lab.trainer().iteration() != 0);
    }

    private String describeWeight(int index) {
        return NetworkText.weightTooltip(shape, index, lab.network().parameters()[index],
                overlay.view() != null ? overlay.weightText(shape, index) : null,
                lab.trainer().gradientView()[index], lab.trainer().iteration() != 0);
    }

    /** The root element, for the shell's layout if it needs it. */
    HTMLElement element() {
        return root;
    }
}
