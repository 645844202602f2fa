package org.backproplab.ui.stepper;

import org.backproplab.ui.dom.Dom;

import org.backproplab.core.Shape;
import org.backproplab.state.phases.PhaseText;
import org.backproplab.state.phases.Phase;
import org.backproplab.state.phases.PhaseView;
import org.backproplab.viz.EdgeStyle;
import org.backproplab.viz.NetworkLayout;
import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * What {@link org.backproplab.ui.lab.NetworkView} draws on top of the network while the phase stepper shows a phase:
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
    /** Most non-input neurons for which every neuron gets its numbers. */
    private static final int ALL_NEURON_LABELS = 10;
    /** Most weights for which every edge gets its number. */
    private static final int ALL_EDGE_LABELS = 8;
    private static final double[] EDGE_POSITIONS = {0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8};

    private final boolean motion = !prefersReducedMotion();
    private PhaseView view;
    private double startedAt;
    /** Label boxes placed so far in this paint: left, top, right, bottom. */
    private double[] boxes = new double[64 * 4];
    private int boxCount;

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
        boxCount = 0;
        // the nodes are obstacles too: an edge's number should not hide a neuron
        double r = layout.radius();
        for (int l = 0; l <= last; l++) {
            for (int n = 0; n < shape.size(l); n++) {
                remember(layout.neuronX(l, n) - r, layout.neuronY(l, n) - r, layout.neuronX(l, n) + r,
                        layout.neuronY(l, n) + r);
            }
        }
        double top = shiftY;
        double bottom = shiftY + height;
        if (view.phase() == Phase.COST) {
            for (int k = 0; k < shape.outputSize(); k++) {
                double ring = r + 3;
                g.setStrokeStyle(OUTPUT_RING);
                g.setLineWidth(2);
                g.strokeRect(layout.neuronX(last, k) - ring, layout.neuronY(last, k) - ring, 2 * ring, 2 * ring);
            }
        }
        // edges first (they have fewer places to go), then each neuron's numbers below or above it
        for (int l = 0; l < last; l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    boolean intoFocus = l + 1 == focusLayer && j == focusNeuron;
                    boolean outOfFocus = focusLayer == 0 && l == 0 && i == focusNeuron;
                    if (everyEdge || intoFocus || outOfFocus) {
                        edgeLabel(g, layout, shape, l, j, i, width, top, bottom);
                    }
                }
            }
        }
        for (int l = 0; l <= last; l++) {
            for (int n = 0; n < shape.size(l); n++) {
                boolean inFocus = l == focusLayer && n == focusNeuron;
                if (everyNeuron || inFocus) {
                    neuronLabel(g, layout, shape, l, n, width, top, bottom, inFocus && !everyNeuron);
                }
            }
        }
    }

    private void neuronLabel(CanvasRenderingContext2D g, NetworkLayout layout, Shape shape, int l, int n,
            double width, double top, double bottom, boolean emphasised) {
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
        double cx = layout.neuronX(l, n);
        double left = clamp(cx - boxWidth / 2, 1, width - boxWidth - 1);
        double below = clamp(layout.neuronY(l, n) + layout.radius() + 3, top + 1, bottom - boxHeight - 1);
        double above = clamp(layout.neuronY(l, n) - layout.radius() - 3 - boxHeight, top + 1, bottom - boxHeight - 1);
        double y = overlap(left, below, left + boxWidth, below + boxHeight)
                <= overlap(left, above, left + boxWidth, above + boxHeight) ? below : above;
        drawBox(g, left, y, boxWidth, boxHeight, emphasised);
        g.setFillStyle(LABEL_TEXT);
        for (int k = 0; k < lines.length; k++) {
            g.fillText(lines[k], left + boxWidth / 2, y + 2 + LINE * (k + 0.5));
        }
        remember(left, y, left + boxWidth, y + boxHeight);
    }

    private void edgeLabel(CanvasRenderingContext2D g, NetworkLayout layout, Shape shape, int l, int j, int i,
            double width, double top, double bottom) {
        int index = shape.weightIndex(l, j, i);
        String text = PhaseText.edgeLabel(view, index);
        double boxWidth = g.measureText(text).getWidth() + 8;
        double boxHeight = LINE + 3;
        double ax = layout.neuronX(l, i);
        double ay = layout.neuronY(l, i);
        double bx = layout.neuronX(l + 1, j);
        double by = layout.neuronY(l + 1, j);
        // the first free spot along the edge, else the one that covers the least of what is already there
        double bestLeft = 0;
        double bestTop = 0;
        double leastCovered = Double.POSITIVE_INFINITY;
        for (int c = 0; c < EDGE_POSITIONS.length && leastCovered > 0; c++) {
            double t = EDGE_POSITIONS[c];
            double left = clamp(ax + (bx - ax) * t - boxWidth / 2, 1, width - boxWidth - 1);
            double y = clamp(ay + (by - ay) * t - boxHeight / 2, top + 1, bottom - boxHeight - 1);
            double covered = overlap(left, y, left + boxWidth, y + boxHeight);
            if (covered < leastCovered) {
                leastCovered = covered;
                bestLeft = left;
                bestTop = y;
            }
        }
        drawBox(g, bestLeft, bestTop, boxWidth, boxHeight, false);
        g.setFillStyle(view.phase() == Phase.BACKPROPAGATION
                ? (view.gradient(index) > 0 ? GRADIENT_POSITIVE : view.gradient(index) < 0 ? GRADIENT_NEGATIVE : LABEL_TEXT)
                : LABEL_TEXT);
        g.fillText(text, bestLeft + boxWidth / 2, bestTop + boxHeight / 2 + 0.5);
        remember(bestLeft, bestTop, bestLeft + boxWidth, bestTop + boxHeight);
    }

    private static void drawBox(CanvasRenderingContext2D g, double left, double top, double width, double height,
            boolean emphasised) {
        g.setFillStyle(LABEL_BACKGROUND);
        g.fillRect(left, top, width, height);
        g.setStrokeStyle(emphasised ? LABEL_TEXT : LABEL_BORDER);
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
    }

    private void remember(double left, double top, double right, double bottom) {
        if ((boxCount + 1) * 4 > boxes.length) {
            double[] bigger = new double[boxes.length * 2];
            System.arraycopy(boxes, 0, bigger, 0, boxes.length);
            boxes = bigger;
        }
        boxes[boxCount * 4] = left;
        boxes[boxCount * 4 + 1] = top;
        boxes[boxCount * 4 + 2] = right;
        boxes[boxCount * 4 + 3] = bottom;
        boxCount++;
    }

    /** The area of the placed boxes (and nodes) that the box would cover. */
    private double overlap(double left, double top, double right, double bottom) {
        double area = 0;
        for (int b = 0; b < boxCount; b++) {
            double w = Math.min(right, boxes[b * 4 + 2]) - Math.max(left, boxes[b * 4]);
            double h = Math.min(bottom, boxes[b * 4 + 3]) - Math.max(top, boxes[b * 4 + 1]);
            if (w > 0 && h > 0) {
                area += w * h;
            }
        }
        return area;
    }

    private static double clamp(double value, double low, double high) {
        return value < low ? low : (value > high ? high : value);
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
