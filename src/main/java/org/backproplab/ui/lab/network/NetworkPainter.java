package org.backproplab.ui.lab.network;

import org.backproplab.core.Shape;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.FineUnits;
import org.backproplab.viz.EdgeBatches;
import org.backproplab.viz.EdgeStyle;
import org.backproplab.viz.NetworkLayout;
import org.backproplab.viz.NetworkText;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.core.JSArray;

/**
 * Draws the network diagram's layers on a canvas: the weights as lines (blue positive, orange negative,
 * thicker for larger |w|), the weights picked for the microscope, the hovered weight, the neurons with their
 * thumbnails, and the input names. Neuron {@code index} is numbered through all layers, inputs first.
 */
final class NetworkPainter {
    private static final String NODE_BORDER = "#8a8f94";
    private static final String HIGHLIGHT = "#1d1d1d";
    private static final String SELECTED = "#111111";
    private static final String LABEL_COLOR = "#333333";
    /** CSS px between an input's name and its node. */
    static final double LABEL_GAP = 5;
    private static final String LABEL_FONT = "italic 15px Georgia, 'Times New Roman', serif";

    private final NeuronThumbnails thumbnails = new NeuronThumbnails();
    private final JSArray<JSObject> secondDash = Dom.dashes(6, 4);
    private final JSArray<JSObject> noDash = Dom.dashes(0, 0);
    private Shape shape;
    private NetworkLayout layout;
    private EdgeBatches edges;
    private int[] neuronOffsets;
    /** Each neuron's centre (index neuronOffsets[layer] + neuron) and the radius, in {@link FineUnits}. */
    private int[] fineX = new int[0];
    private int[] fineY = new int[0];
    private int fineRadius;

    /** Workspaces for a network of a new shape; {@link #layOut} must follow before drawing. */
    void adopt(Shape current) {
        shape = current;
        edges = new EdgeBatches(current);
        int layers = current.layerCount();
        neuronOffsets = new int[layers + 1];
        for (int l = 0; l < layers; l++) {
            neuronOffsets[l + 1] = neuronOffsets[l] + current.size(l);
        }
        thumbnails.adopt(current, neuronOffsets);
    }

    void computeThumbnails(double[] parameters) {
        thumbnails.compute(parameters);
    }

    /** The layout in {@link FineUnits}, once per layout, so that a frame's edges and nodes go in as integers. */
    void layOut(NetworkLayout current) {
        layout = current;
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

    /** Every weight as a line, one path per batch of equal colour and width (thin first, see EdgeBatches). */
    void drawEdges(CanvasRenderingContext2D g, double[] parameters, double widthScale) {
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
                int l = NetworkLayout.weightLayer(shape, index);
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
    void markSelected(CanvasRenderingContext2D g, int index, boolean second) {
        if (index < 0 || index >= shape.parameterCount() || !shape.isWeight(index)) {
            return;
        }
        int l = NetworkLayout.weightLayer(shape, index);
        int j = NetworkLayout.weightTo(shape, index);
        int i = NetworkLayout.weightFrom(shape, index);
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

    void highlightEdge(CanvasRenderingContext2D g, int edge, double[] parameters, double widthScale) {
        int l = NetworkLayout.weightLayer(shape, edge);
        int j = NetworkLayout.weightTo(shape, edge);
        int i = NetworkLayout.weightFrom(shape, edge);
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
    void drawNeurons(CanvasRenderingContext2D g, double radius, int hoverNeuron) {
        boolean fine = thumbnails.isHeatmap();
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
                    thumbnails.drawHeatmap(g, index, x, y, side);
                } else {
                    x = layout.neuronX(l, i) - radius;
                    y = layout.neuronY(l, i) - radius;
                    side = 2 * radius;
                    thumbnails.drawCurve(g, l, index, x, y, side);
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

    /** The width (CSS px) of the widest input name: x₁, or a feature's name such as sin x₂. */
    double widestInputName(CanvasRenderingContext2D g) {
        g.setFont(LABEL_FONT);
        double widest = 0;
        for (int i = 0; i < shape.size(0); i++) {
            widest = Math.max(widest, g.measureText(NetworkText.inputName(shape, i)).getWidth());
        }
        return widest;
    }

    /** Each input neuron's name (its feature's, with feature inputs) left of its node. */
    void drawInputNames(CanvasRenderingContext2D g, double radius) {
        g.setFont(LABEL_FONT);
        g.setFillStyle(LABEL_COLOR);
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i < shape.size(0); i++) {
            g.fillText(NetworkText.inputName(shape, i), layout.neuronX(0, i) - radius - LABEL_GAP,
                    layout.neuronY(0, i));
        }
    }
}
