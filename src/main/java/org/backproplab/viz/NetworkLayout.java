package org.backproplab.viz;

import org.backproplab.core.Shape;

/**
 * Where each neuron of a network sits in a drawing area of {@code width × height} CSS pixels: one column
 * per layer, inputs on the left, columns evenly spaced from {@code padding} to {@code width − padding};
 * within a column neurons are {@link #spacing()} apart and centred on {@code height / 2}. The spacing
 * lets the largest layer fill {@code height − 2·padding}, so all columns share one rhythm.
 *
 * <p>Node radius = min({@value #MAX_RADIUS}, {@value #RADIUS_FRACTION} × min(spacing, column gap)), so
 * that circles never touch. Edges are the segments between neuron centres.
 *
 * <p>Immutable; build a new one when the canvas is resized. The getters and hit tests allocate nothing.
 */
public final class NetworkLayout {
    /** The largest node radius in CSS pixels. */
    public static final double MAX_RADIUS = 18.0;
    /** Radius as a fraction of the smaller of neuron spacing and column gap (below 0.5: no overlap). */
    public static final double RADIUS_FRACTION = 0.35;
    /** What the hit tests return when nothing is hit. */
    public static final int NONE = -1;

    private final Shape shape;
    private final double width;
    private final double height;
    private final double[] columnX;
    private final double[] firstY;
    private final double spacing;
    private final double radius;

    /**
     * @param width drawing width in CSS pixels, finite and ≥ 0
     * @param height drawing height in CSS pixels, finite and ≥ 0
     * @param padding margin on every side, finite and ≥ 0; keep it ≥ {@link #radius()} so nodes stay
     *     inside (an area smaller than the padding collapses all columns to the middle, radius 0)
     */
    public NetworkLayout(Shape shape, double width, double height, double padding) {
        if (shape == null) {
            throw new IllegalArgumentException("a network shape is required for its layout");
        }
        check("width", width);
        check("height", height);
        check("padding", padding);
        this.shape = shape;
        this.width = width;
        this.height = height;
        int layers = shape.layerCount();
        double innerWidth = Math.max(0, width - 2 * padding);
        double innerHeight = Math.max(0, height - 2 * padding);
        double columnGap = innerWidth / (layers - 1);
        double left = width >= 2 * padding ? padding : width / 2;
        this.spacing = innerHeight / shape.maxLayerSize();
        this.radius = Math.min(MAX_RADIUS, RADIUS_FRACTION * Math.min(spacing, columnGap));
        this.columnX = new double[layers];
        this.firstY = new double[layers];
        for (int l = 0; l < layers; l++) {
            columnX[l] = left + l * columnGap;
            firstY[l] = height / 2 - (shape.size(l) - 1) * 0.5 * spacing;
        }
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be a finite number ≥ 0, but is " + value);
        }
    }

    public Shape shape() {
        return shape;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The x of every neuron centre in layer {@code layer} (0 = inputs). */
    public double neuronX(int layer, int neuron) {
        return columnX[layer];
    }

    /** The y of neuron {@code neuron}'s centre in layer {@code layer}; neuron 0 is the top one. */
    public double neuronY(int layer, int neuron) {
        return firstY[layer] + neuron * spacing;
    }

    /** Node radius in CSS pixels. */
    public double radius() {
        return radius;
    }

    /** Vertical distance between neighbouring neuron centres in a column. */
    public double spacing() {
        return spacing;
    }

    /**
     * The neuron whose circle contains (x, y) (the nearest if several), encoded as
     * {@code layer · 65536 + neuron} (decode with {@link #layerOf} and {@link #neuronOf}), or
     * {@link #NONE}.
     */
    public int hitNeuron(double x, double y) {
        if (!(radius > 0)) {
            return NONE; // a collapsed layout has no clickable nodes
        }
        int best = NONE;
        double bestDistance = radius;
        for (int l = 0; l < columnX.length; l++) {
            double dx = x - columnX[l];
            if (Math.abs(dx) > radius) {
                continue;
            }
            for (int i = 0; i < shape.size(l); i++) {
                double distance = Math.hypot(dx, y - neuronY(l, i));
                if (distance <= bestDistance) {
                    bestDistance = distance;
                    best = encode(l, i);
                }
            }
        }
        return best;
    }

    /** The code {@link #hitNeuron(double, double)} returns for neuron {@code neuron} of layer {@code layer}. */
    public static int encode(int layer, int neuron) {
        return (layer << 16) | neuron;
    }

    /** The layer of a {@link #hitNeuron(double, double)} result (not {@link #NONE}). */
    public static int layerOf(int code) {
        return code >>> 16;
    }

    /** The neuron index within its layer of a {@link #hitNeuron(double, double)} result (not {@link #NONE}). */
    public static int neuronOf(int code) {
        return code & 0xFFFF;
    }

    /**
     * The flat parameter index ({@link Shape#weightIndex}) of the weight whose edge passes nearest to
     * (x, y), if that distance is ≤ {@code tolerance}; else {@link #NONE}. Edges run between neuron
     * centres, so test {@link #hitNeuron(double, double)} first when a node should win over its edges.
     */
    public int hitEdge(double x, double y, double tolerance) {
        int best = NONE;
        double bestDistance = tolerance;
        for (int l = 0; l < columnX.length - 1; l++) {
            double ax = columnX[l];
            double bx = columnX[l + 1];
            // an edge's x range is [ax, bx]; points outside it by more than the tolerance cannot hit
            if (x < ax - tolerance || x > bx + tolerance) {
                continue;
            }
            for (int j = 0; j < shape.size(l + 1); j++) {
                double by = neuronY(l + 1, j);
                for (int i = 0; i < shape.size(l); i++) {
                    double distance = distanceToSegment(x, y, ax, neuronY(l, i), bx, by);
                    if (distance <= bestDistance) {
                        bestDistance = distance;
                        best = shape.weightIndex(l, j, i);
                    }
                }
            }
        }
        return best;
    }

    /** The layer l of weight {@code index} (flat, a weight): the edge runs from layer l to layer l + 1. */
    public static int weightLayer(Shape shape, int index) {
        for (int l = shape.layerCount() - 2; l > 0; l--) {
            if (index >= shape.weightOffset(l)) {
                return l;
            }
        }
        return 0;
    }

    /** The neuron i of layer {@link #weightLayer} where weight W[l][j][i] starts. */
    public static int weightFrom(Shape shape, int index) {
        int l = weightLayer(shape, index);
        return (index - shape.weightOffset(l)) % shape.size(l);
    }

    /** The neuron j of layer {@link #weightLayer} + 1 where weight W[l][j][i] ends. */
    public static int weightTo(Shape shape, int index) {
        int l = weightLayer(shape, index);
        return (index - shape.weightOffset(l)) / shape.size(l);
    }

    /** Euclidean distance from point P to the segment AB (to A when A = B). */
    public static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        // t = projection of AP on AB, as a fraction of AB, clamped to the segment
        double t = lengthSquared == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
        t = t < 0 ? 0 : (t > 1 ? 1 : t);
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
