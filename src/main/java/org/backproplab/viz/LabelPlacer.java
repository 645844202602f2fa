package org.backproplab.viz;

/**
 * Where the phase stepper's numbers go on the network picture, so that no two of them overlap: each label
 * tries its candidate spots in order and takes the first that touches no label placed before it (and, when
 * one is free of them, no neuron either); a label with no such spot is left out and counted. Labels placed
 * earlier win, so callers place the important ones first: every neuron's numbers, then each edge's by
 * falling |value| ({@link #byFallingSize}), so that the largest |∂J/∂w| of a neuron is the last to go.
 */
public final class LabelPlacer {
    /** Along an edge, from its start (0) to its end (1): the middle first, then outwards. */
    static final double[] EDGE_POSITIONS = {0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8};
    /** The gap between a neuron and its label. */
    static final double GAP = 3;

    private double[] labels = new double[32 * 4];
    private int labelCount;
    private double[] nodes = new double[32 * 4];
    private int nodeCount;
    private int dropped;
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private double placedLeft;
    private double placedTop;

    /** Starts a new picture: labels must lie inside [minX, maxX] × [minY, maxY]. */
    public void start(double minX, double minY, double maxX, double maxY) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        labelCount = 0;
        nodeCount = 0;
        dropped = 0;
    }

    /** A neuron's circle (as its bounding square): labels keep off it when they can. */
    public void addNode(double cx, double cy, double radius) {
        nodes = add(nodes, nodeCount++, cx - radius, cy - radius, cx + radius, cy + radius);
    }

    /** A neuron's label of {@code width} × {@code height}: below the neuron, else above, else right, else left. */
    public boolean placeNeuronLabel(double cx, double cy, double radius, double width, double height) {
        double[] lefts = {cx - width / 2, cx - width / 2, cx + radius + GAP, cx - radius - GAP - width};
        double[] tops = {cy + radius + GAP, cy - radius - GAP - height, cy - height / 2, cy - height / 2};
        return place(lefts, tops, width, height);
    }

    /** An edge's label of {@code width} × {@code height}, centred on a point of the edge (a, b). */
    public boolean placeEdgeLabel(double ax, double ay, double bx, double by, double width, double height) {
        int n = EDGE_POSITIONS.length;
        double[] lefts = new double[n];
        double[] tops = new double[n];
        for (int k = 0; k < n; k++) {
            double t = EDGE_POSITIONS[k];
            lefts[k] = ax + (bx - ax) * t - width / 2;
            tops[k] = ay + (by - ay) * t - height / 2;
        }
        return place(lefts, tops, width, height);
    }

    /** Left edge of the label placed last. */
    public double left() {
        return placedLeft;
    }

    /** Top edge of the label placed last. */
    public double top() {
        return placedTop;
    }

    /** Labels placed since {@link #start}. */
    public int placedCount() {
        return labelCount;
    }

    /** Labels left out since {@link #start} for want of a free spot. */
    public int droppedCount() {
        return dropped;
    }

    /** Placed label {@code k}: left, top, right, bottom. */
    public double[] box(int k) {
        return new double[] {labels[k * 4], labels[k * 4 + 1], labels[k * 4 + 2], labels[k * 4 + 3]};
    }

    /** The indices 0 … n−1 of {@code values}, by falling |value| (NaN last; ties keep their order). */
    public static int[] byFallingSize(double[] values, int n) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        // insertion sort: stable, and n is at most the weights into one layer
        for (int k = 1; k < n; k++) {
            int item = order[k];
            double size = sizeOf(values[item]);
            int m = k - 1;
            while (m >= 0 && sizeOf(values[order[m]]) < size) {
                order[m + 1] = order[m];
                m--;
            }
            order[m + 1] = item;
        }
        return order;
    }

    private static double sizeOf(double value) {
        return Double.isNaN(value) ? -1 : Math.abs(value);
    }

    private boolean place(double[] lefts, double[] tops, double width, double height) {
        int best = -1;
        double leastOnNodes = Double.POSITIVE_INFINITY;
        for (int k = 0; k < lefts.length && leastOnNodes > 0; k++) {
            double left = clamp(lefts[k], minX, maxX - width);
            double top = clamp(tops[k], minY, maxY - height);
            if (touches(labels, labelCount, left, top, left + width, top + height)) {
                continue;
            }
            double onNodes = covered(nodes, nodeCount, left, top, left + width, top + height);
            if (onNodes < leastOnNodes) {
                leastOnNodes = onNodes;
                best = k;
                placedLeft = left;
                placedTop = top;
            }
        }
        if (best < 0) {
            dropped++;
            return false;
        }
        labels = add(labels, labelCount++, placedLeft, placedTop, placedLeft + width, placedTop + height);
        return true;
    }

    private static boolean touches(double[] boxes, int count, double left, double top, double right, double bottom) {
        for (int b = 0; b < count; b++) {
            if (left < boxes[b * 4 + 2] && boxes[b * 4] < right && top < boxes[b * 4 + 3] && boxes[b * 4 + 1] < bottom) {
                return true;
            }
        }
        return false;
    }

    private static double covered(double[] boxes, int count, double left, double top, double right, double bottom) {
        double area = 0;
        for (int b = 0; b < count; b++) {
            double w = Math.min(right, boxes[b * 4 + 2]) - Math.max(left, boxes[b * 4]);
            double h = Math.min(bottom, boxes[b * 4 + 3]) - Math.max(top, boxes[b * 4 + 1]);
            if (w > 0 && h > 0) {
                area += w * h;
            }
        }
        return area;
    }

    private static double[] add(double[] boxes, int index, double left, double top, double right, double bottom) {
        double[] into = boxes;
        if ((index + 1) * 4 > into.length) {
            into = new double[into.length * 2];
            System.arraycopy(boxes, 0, into, 0, boxes.length);
        }
        into[index * 4] = left;
        into[index * 4 + 1] = top;
        into[index * 4 + 2] = right;
        into[index * 4 + 3] = bottom;
        return into;
    }

    private static double clamp(double value, double low, double high) {
        return value < low ? low : (value > high ? high : value);
    }
}
