package org.backproplab.ui.lab.network;

import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Shape;
import org.backproplab.ui.dom.ViewPixels;
import org.backproplab.viz.BoundaryRaster;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.NeuronRasters;
import org.backproplab.viz.RasterGrid;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * What each neuron of the diagram shows inside its box: for 2-D data a heatmap of its output over the input
 * plane (all neurons' heatmaps in one atlas image, one row band per neuron), for 1-D data a curve of its
 * output against x ∈ [−6, 6]. Neuron {@code index} is numbered through all layers, inputs first.
 */
final class NeuronThumbnails {
    /** Cells per side of a neuron's thumbnail heatmap. */
    static final int THUMB = 24;
    /** Samples of a neuron's output curve for 1-D data. */
    private static final int CURVE_SAMPLES = 33;
    private static final double DOMAIN = 6;
    private static final String CURVE_BACKGROUND = "#f3f5f6";
    private static final String CURVE_COLOR = "#1d1d1d";
    private static final String ZERO_LINE = "#c4c8cc";

    private Shape shape;
    private int[] neuronOffsets;
    private Backprop backprop;
    private NeuronRasters rasters;
    private ViewPixels atlas;
    private int[] atlasPixels;
    private double[] curves;
    private final double[] curveInput = new double[1];

    /** Workspaces for a new network; {@code neuronOffsets[l]} is the index of layer l's first neuron. */
    void adopt(Shape current, int[] offsets) {
        shape = current;
        neuronOffsets = offsets;
        backprop = new Backprop(current);
        int neurons = offsets[current.layerCount()];
        if (current.inputSize() == 2) {
            rasters = new NeuronRasters(RasterGrid.playground(THUMB), current);
            atlas = new ViewPixels(THUMB, THUMB * neurons);
            atlasPixels = new int[THUMB * THUMB * neurons];
            curves = null;
        } else {
            rasters = null;
            atlas = null;
            atlasPixels = null;
            curves = new double[CURVE_SAMPLES * neurons];
        }
    }

    /** Whether the neurons show heatmaps (placed in FineUnits) rather than curves (in CSS pixels). */
    boolean isHeatmap() {
        return atlas != null;
    }

    void compute(double[] parameters) {
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

    /** Neuron {@code index}'s heatmap into the square at (x, y) of side {@code side}. */
    void drawHeatmap(CanvasRenderingContext2D g, int index, double x, double y, double side) {
        atlas.drawRows(g, index * THUMB, THUMB, x, y, side, side);
    }

    /** A neuron's output against x ∈ [−6, 6]: fixed ranges for tanh and sigmoid, else its own min..max. */
    void drawCurve(CanvasRenderingContext2D g, int layer, int index, double x, double y, double side) {
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
}
