package org.backproplab.ui.stepper;

import org.backproplab.ui.dom.Dom;

import org.backproplab.core.Shape;
import org.backproplab.state.phases.PhaseText;
import org.backproplab.state.phases.Phase;
import org.backproplab.state.phases.PhaseView;
import org.backproplab.viz.EdgeStyle;
import org.backproplab.viz.LabelPlacer;
import org.backproplab.viz.NetworkLayout;
import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * What {@link org.backproplab.ui.lab.network.NetworkView} draws on top of the network while the phase stepper shows a phase:
 * <ul>
 *   <li>forward: z and a per neuron, the weights used, a pulse flowing left to right;</li>
 *   <li>cost: ŷ, y and ŷ − y at the outputs;</li>
 *   <li>backpropagation: δ per neuron, edges coloured and sized by ∂J/∂w, a pulse flowing right to left;</li>
 *   <li>gradient descent: each edge's new weight over a ghost of the old one, "old → new".</li>
 * </ul>
 * Numbers are drawn for every neuron (and every edge) of a small network; for a larger one only for the
 * neuron in focus (hovered, tapped, else the first output) and the edges into it. Pulses are skipped when
 * the system asks for reduced motion.
 */
public final class PhaseOverlay {
    /** Per layer of edges, how long a pulse takes to cross it. */
    static final double PULSE_MS = 520;
    /** ∂J/∂w &gt; 0: gradient descent will make w smaller. Purple, dark enough for 4.5:1 on white. */
    static final String GRADIENT_POSITIVE = "#7b2cbf";
    /** ∂J/∂w &lt; 0: gradient descent will make w larger. Teal. */
    static final String GRADIENT_NEGATIVE = "#00897b";
    private static final String GHOST = "rgba(120, 128, 136, 0.35)";
    private static final String PULSE = "#1d1d1d";
    private static final String LABEL_TEXT = "#1d1d1d";
    private static final String LABEL_BACKGROUND = "rgba(255, 255, 255, 0.9)";
    private static final String LABEL_BORDER = "#c5cad0";
    private static final String OUTPUT_RING = "#c62828";
    private static final String LABEL_FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    private static final double LINE = 14;
    private static final double HINT_LINE = 16;
    /** Most non-input neurons for which every neuron gets its numbers. */
    private static final int ALL_NEURON_LABELS = 10;
    /** Most weights for which every edge gets its number. */
    private static final int ALL_EDGE_LABELS = 8;

    private final boolean motion = !prefersReducedMotion();
    private PhaseView view;
    private double startedAt;
    /** Where this paint's numbers go: never over each other. */
    private final LabelPlacer placer = new LabelPlacer();

    @JSBody(script = "return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);")
    static native boolean prefersReducedMotion();

    /** Shows {@code next} (null for none); returns whether anything drawn changes. */
    public boolean set(PhaseView next, double now) {
        if (next == view) {
            return false;
        }
        if (next == null || view == null || next.phase() != view.phase() || next.iteration() != view.iteration()) {
            startedAt = now;
        }
        view = next;
        return true;
    }

    public PhaseView view() {
        return view;
    }

    /** Whether a pulse is still moving at {@code now} (the view must then redraw every frame). */
    public boolean isPulsing(double now, Shape shape) {
        if (view == null || !motion || shape == null) {
            return false;
        }
        Phase phase = view.phase();
        if (phase != Phase.FORWARD && phase != Phase.BACKPROPAGATION) {
            return false;
        }
        return now - startedAt < (shape.layerCount() - 1) * PULSE_MS;
    }

    // ---- edges

    /**
     * Draws the edges the way the phase shows them; returns false (drawing nothing) when the plain weight
     * edges are right for the phase.
     */
    public boolean drawEdges(CanvasRenderingContext2D g, NetworkLayout layout, Shape shape, double[] parameters,
            double widthScale) {
        if (view == null || !view.shape().equals(shape)) {
            return false;
        }
        Phase phase = view.phase();
        if (phase == Phase.BACKPROPAGATION) {
            drawGradientEdges(g, layout, shape);
            return true;
        }
        if (phase == Phase.GRADIENT_DESCENT) {
            drawUpdateEdges(g, layout, shape, parameters, widthScale);
            return true;
        }
        return false;
    }

    private void drawGradientEdges(CanvasRenderingContext2D g, NetworkLayout layout, Shape shape) {
        double largest = 0;
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            int offset = shape.weightOffset(l);
            int count = shape.size(l) * shape.size(l + 1);
            for (int p = offset; p < offset + count; p++) {
                double size = Math.abs(view.gradient(p));
                if (size > largest) {
                    largest = size;
                }
            }
        }
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            double ax = layout.neuronX(l, 0);
            double bx = layout.neuronX(l + 1, 0);
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    double gradient = view.gradient(shape.weightIndex(l, j, i));
                    double share = largest > 0 && Double.isFinite(gradient) ? Math.abs(gradient) / largest : 0;
                    g.beginPath();
                    g.moveTo(ax, layout.neuronY(l, i));
                    g.lineTo(bx, layout.neuronY(l + 1, j));
                    g.setStrokeStyle(gradient > 0 ? GRADIENT_POSITIVE : gradient < 0 ? GRADIENT_NEGATIVE : GHOST);
                    g.setLineWidth(0.6 + 5.4 * Math.sqrt(share));
                    g.stroke();
                }
            }
        }
    }

    private void drawUpdateEdges(CanvasRenderingContext2D g, NetworkLayout layout, Shape shape, double[] parameters,
            double widthScale) {
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            double ax = layout.neuronX(l, 0);
            double bx = layout.neuronX(l + 1, 0);
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    int index = shape.weightIndex(l, j, i);
                    double old = view.parameter(index);
                    double now = parameters[index];
                    g.beginPath();
                    g.moveTo(ax, layout.neuronY(l, i));
                    g.lineTo(bx, layout.neuronY(l + 1, j));
                    g.setStrokeStyle(GHOST);
                    g.setLineWidth(EdgeStyle.width(old) * widthScale + 5);
                    g.stroke();
                    g.setStrokeStyle(EdgeStyle.color(now));
                    g.setLineWidth(EdgeStyle.width(now) * widthScale);
                    g.stroke();
                }
            }
        }
    }

    // ---- pulses

    /** Dots travelling along the edges, one layer of edges after the other. */
    public void drawPulses(CanvasRenderingContext2D g, NetworkLayout layout, Shape shape, double now) {
        if (!isPulsing(now, shape)) {
            return;
        }
        boolean backward = view.phase() == Phase.BACKPROPAGATION;
        int gaps = shape.layerCount() - 1;
        double elapsed = now - startedAt;
        int step = (int) Math.floor(elapsed / PULSE_MS);
        if (step < 0 || step >= gaps) {
            return;
        }
        double t = (elapsed - step * PULSE_MS) / PULSE_MS;
        int l = backward ? gaps - 1 - step : step;
        double ax = layout.neuronX(l, 0);
        double bx = layout.neuronX(l + 1, 0);
        double radius = Math.max(2.5, Math.min(4.5, layout.radius() / 4));
        g.beginPath();
        for (int j = 0; j < shape.size(l + 1); j++) {
            double by = layout.neuronY(l + 1, j);
            for (int i = 0; i < shape.size(l); i++) {
                double ay = layout.neuronY(l, i);
                double f = backward ? 1 - t : t;
                double x = ax + (bx - ax) * f;
                double y = ay + (by - ay) * f;
                g.moveTo(x + radius, y);
                g.arc(x, y, radius, 0, 2 * Math.PI);
            }
        }
        g.setFillStyle(PULSE);
        g.fill();
        g.setStrokeStyle("#ffffff");
        g.setLineWidth(1.5);
        g.stroke();
    }

    // ---- numbers

    /** Whether every neuron gets its numbers (a small network with room below each node). */
    private boolean labelsEveryNeuron(NetworkLayout layout, Shape shape) {
        int neurons = 0;
        for (int l = 1; l < shape.layerCount(); l++) {
            neurons += shape.size(l);
        }
        return neurons <= ALL_NEURON_LABELS && layout.spacing() - 2 * layout.radius() >= 3 * LINE + 2;
    }

    private static int weightCount(Shape shape) {
        int count = 0;
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            count += shape.size(l) * shape.size(l + 1);
        }
        return count;
    }

    /**
     * The numbers of the phase: under each neuron (or the focus neuron only, for a large network) and on the
     * edges (all of a small network, else the focus neuron's incoming edges). {@code focus} is a
     * {@link NetworkLayout#encode} code or NONE.
     */
    public void drawLabels(CanvasRenderingContext2D g, NetworkLayout layout, Shape shape, double width, double height,
            double shiftY, int focus) {
        if (view == null || !view.shape().equals(shape)) {
            return;
        }
        boolean everyNeuron = labelsEveryNeuron(layout, shape);
        int last = shape.layerCount() - 1;
        if (focus == NetworkLayout.NONE) {
            focus = NetworkLayout.encode(last, 0);
        }
        int focusLayer = NetworkLayout.layerOf(focus);
        int focusNeuron = NetworkLayout.neuronOf(focus);
        if (focusLayer > last || focusNeuron >= shape.size(focusLayer)) {
            focusLayer = last;
            focusNeuron = 0;
        }
        boolean everyEdge = everyNeuron && weightCount(shape) <= ALL_EDGE_LABELS;
        g.setFont(LABEL_FONT);
        g.setTextBaseline("middle");
        g.setTextAlign("center");
        double r = layout.radius();
        // the bottom line is kept free for the hint that some numbers were left out
        placer.start(1, shiftY + 1, width - 1, shiftY + height - 1 - HINT_LINE);
        // the nodes are obstacles too: a number should not hide a neuron where it can go elsewhere
        for (int l = 0; l <= last; l++) {
            for (int n = 0; n < shape.size(l); n++) {
                placer.addNode(layout.neuronX(l, n), layout.neuronY(l, n), r);
            }
        }
        if (view.phase() == Phase.COST) {
            for (int k = 0; k < shape.outputSize(); k++) {
                double ring = r + 3;
                g.setStrokeStyle(OUTPUT_RING);
                g.setLineWidth(2);
                g.strokeRect(layout.neuronX(last, k) - ring, layout.neuronY(last, k) - ring, 2 * ring, 2 * ring);
            }
        }
        // the neurons' numbers first (the focus neuron's before all), then the edges' by falling size
        neuronLabel(g, layout, focusLayer, focusNeuron, !everyNeuron);
        for (int l = 0; l <= last; l++) {
            for (int n = 0; n < shape.size(l); n++) {
                if (everyNeuron && !(l == focusLayer && n == focusNeuron)) {
                    neuronLabel(g, layout, l, n, false);
                }
            }
        }
        int edgeCount = 0;
        for (int l = 0; l < last; l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    boolean intoFocus = l + 1 == focusLayer && j == focusNeuron;
                    boolean outOfFocus = focusLayer == 0 && l == 0 && i == focusNeuron;
                    if (everyEdge || intoFocus || outOfFocus) {
                        edgeCount = addEdge(shape.weightIndex(l, j, i), edgeCount);
                    }
                }
            }
        }
        int[] order = LabelPlacer.byFallingSize(edgeSizes, edgeCount);
        for (int k = 0; k < edgeCount; k++) {
            edgeLabel(g, layout, shape, edgeIndices[order[k]]);
        }
        if (placer.droppedCount() > 0) {
            g.setTextAlign("left");
            g.setTextBaseline("bottom");
            g.setFillStyle(LABEL_TEXT);
            g.fillText(PhaseText.LEFT_OUT_HINT, 6, shiftY + height - 4);
        }
    }

    private int[] edgeIndices = new int[16];
    private double[] edgeSizes = new double[16];

    /** Adds weight {@code index} to this paint's edge labels, with the size that orders them. */
    private int addEdge(int index, int count) {
        if (count == edgeIndices.length) {
            int[] indices = new int[count * 2];
            double[] sizes = new double[count * 2];
            System.arraycopy(edgeIndices, 0, indices, 0, count);
            System.arraycopy(edgeSizes, 0, sizes, 0, count);
            edgeIndices = indices;
            edgeSizes = sizes;
        }
        edgeIndices[count] = index;
        edgeSizes[count] = switch (view.phase()) {
            case BACKPROPAGATION -> view.gradient(index);
            case GRADIENT_DESCENT -> view.newParameter(index) - view.parameter(index);
            default -> view.parameter(index);
        };
        return count + 1;
    }

    /** Left, top, right, bottom of each number placed in the last paint, "l,t,r,b;…", for tests. */
    public String placedBoxes() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < placer.placedCount(); k++) {
            double[] box = placer.box(k);
            text.append(k == 0 ? "" : ";").append(pixel(box[0])).append(',').append(pixel(box[1]))
                    .append(',').append(pixel(box[2])).append(',').append(pixel(box[3]));
        }
        return text.toString();
    }

    /** The nearest whole pixel (an int, not Math.round's long: TeaVM makes longs BigInts); boxes are finite. */
    private static int pixel(double value) {
        return (int) Math.floor(value + 0.5);
    }

    /** Numbers left out of the last paint because they had no free spot. */
    public int droppedLabels() {
        return placer.droppedCount();
    }

    private void neuronLabel(CanvasRenderingContext2D g, NetworkLayout layout, int l, int n, boolean emphasised) {
        String[] lines = PhaseText.neuronLabel(view, l, n);
        if (lines.length == 0) {
            return;
        }
        double textWidth = 0;
        for (String line : lines) {
            textWidth = Math.max(textWidth, g.measureText(line).getWidth());
        }
        double boxWidth = textWidth + 8;
        double boxHeight = lines.length * LINE + 4;
        if (!placer.placeNeuronLabel(layout.neuronX(l, n), layout.neuronY(l, n), layout.radius(), boxWidth, boxHeight)) {
            return;
        }
        double left = placer.left();
        double y = placer.top();
        drawBox(g, left, y, boxWidth, boxHeight, emphasised);
        g.setFillStyle(LABEL_TEXT);
        for (int k = 0; k < lines.length; k++) {
            g.fillText(lines[k], left + boxWidth / 2, y + 2 + LINE * (k + 0.5));
        }
    }

    private void edgeLabel(CanvasRenderingContext2D g, NetworkLayout layout, Shape shape, int index) {
        String text = PhaseText.edgeLabel(view, index);
        double boxWidth = g.measureText(text).getWidth() + 8;
        double boxHeight = LINE + 3;
        int l = NetworkLayout.weightLayer(shape, index);
        int i = NetworkLayout.weightFrom(shape, index);
        int j = NetworkLayout.weightTo(shape, index);
        if (!placer.placeEdgeLabel(layout.neuronX(l, i), layout.neuronY(l, i), layout.neuronX(l + 1, j),
                layout.neuronY(l + 1, j), boxWidth, boxHeight)) {
            return;
        }
        double left = placer.left();
        double top = placer.top();
        drawBox(g, left, top, boxWidth, boxHeight, false);
        g.setFillStyle(view.phase() == Phase.BACKPROPAGATION
                ? (view.gradient(index) > 0 ? GRADIENT_POSITIVE : view.gradient(index) < 0 ? GRADIENT_NEGATIVE : LABEL_TEXT)
                : LABEL_TEXT);
        g.fillText(text, left + boxWidth / 2, top + boxHeight / 2 + 0.5);
    }

    private static void drawBox(CanvasRenderingContext2D g, double left, double top, double width, double height,
            boolean emphasised) {
        g.setFillStyle(LABEL_BACKGROUND);
        g.fillRect(left, top, width, height);
        g.setStrokeStyle(emphasised ? LABEL_TEXT : LABEL_BORDER);
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
    }

    // ---- tooltips

    /** Extra tooltip lines for a neuron in the current phase ("" when the phase adds none). */
    public String neuronText(Shape shape, int l, int n) {
        return view == null || !view.shape().equals(shape) || l == 0 ? "" : PhaseText.neuronTooltip(view, l, n);
    }

    /** Extra tooltip lines for a weight in the current phase ("" when the phase adds none). */
    public String weightText(Shape shape, int index) {
        return view == null || !view.shape().equals(shape) ? "" : PhaseText.weightTooltip(view, index);
    }
}
