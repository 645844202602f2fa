package org.backproplab.ui;

import org.backproplab.core.Network;
import org.backproplab.core.Shape;

/**
 * Draws a network as columns of neurons joined by its weights: blue for positive, orange for negative
 * (a colour-blind-safe pair), line width proportional to |w|. A stand-in until the real NetworkView.
 */
final class PlaceholderView {
    static final String POSITIVE = "#0877bd";
    static final String NEGATIVE = "#f59322";
    private static final String BACKGROUND = "#ffffff";
    private static final String NEURON_FILL = "#f7f7f7";
    private static final String NEURON_OUTLINE = "#444444";
    private static final String LABEL = "#555555";
    private static final double MARGIN = 48;
    private static final double MAX_EDGE_WIDTH = 6;
    private static final double MIN_EDGE_WIDTH = 0.5;

    private final Canvas2D canvas;

    PlaceholderView(Canvas2D canvas) {
        this.canvas = canvas;
    }

    void draw(Network network) {
        canvas.fit();
        canvas.fillBackground(BACKGROUND);
        Shape shape = network.shape();
        int layers = shape.layerCount();
        double left = MARGIN;
        double right = canvas.width() - MARGIN;
        double top = MARGIN;
        double bottom = canvas.height() - MARGIN;
        if (right <= left || bottom <= top) {
            return;
        }
        double columnGap = (right - left) / (layers - 1);
        double rowGap = (bottom - top) / Math.max(1, shape.maxLayerSize());
        double radius = Math.max(3, Math.min(18, Math.min(columnGap, rowGap) * 0.3));

        double largestWeight = 0;
        for (int l = 0; l < layers - 1; l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    largestWeight = Math.max(largestWeight, Math.abs(network.weight(l, j, i)));
                }
            }
        }
        for (int l = 0; l < layers - 1; l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    double w = network.weight(l, j, i);
                    double lineWidth = largestWeight > 0
                            ? MIN_EDGE_WIDTH + (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH) * Math.abs(w) / largestWeight
                            : MIN_EDGE_WIDTH;
                    canvas.line(x(left, columnGap, l), y(top, bottom, shape.size(l), i),
                            x(left, columnGap, l + 1), y(top, bottom, shape.size(l + 1), j),
                            w >= 0 ? POSITIVE : NEGATIVE, lineWidth);
                }
            }
        }
        for (int l = 0; l < layers; l++) {
            for (int n = 0; n < shape.size(l); n++) {
                canvas.circle(x(left, columnGap, l), y(top, bottom, shape.size(l), n), radius,
                        NEURON_FILL, NEURON_OUTLINE, 1.5);
            }
            String label = l == 0 ? "inputs" : l == layers - 1 ? "output" : "hidden " + l;
            canvas.centredText(label, x(left, columnGap, l), bottom + MARGIN * 0.6, "13px sans-serif", LABEL);
        }
    }

    /** Centre x of layer l's column. */
    private static double x(double left, double columnGap, int l) {
        return left + l * columnGap;
    }

    /** Centre y of neuron n of a layer with {@code count} neurons, spread evenly over [top, bottom]. */
    private static double y(double top, double bottom, int count, int n) {
        return top + (bottom - top) * (n + 0.5) / count;
    }
}
