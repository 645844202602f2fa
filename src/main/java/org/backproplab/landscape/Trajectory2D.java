package org.backproplab.landscape;

/**
 * The path of two weights (w1, w2) during training, for drawing over their {@link CostGrid}: the last
 * {@code capacity} points, oldest first. Allocates only in the constructor.
 */
public final class Trajectory2D {
    private final PointRing points;
    private int first = -1;
    private int second = -1;

    public Trajectory2D(int capacity) {
        points = new PointRing(capacity);
    }

    /**
     * Records parameters {@code first} and {@code second} at values {@code w1}, {@code w2}. Another pair of
     * indices than the points so far starts the path afresh.
     */
    public void add(int first, double w1, int second, double w2) {
        if (first != this.first || second != this.second) {
            points.clear();
            this.first = first;
            this.second = second;
        }
        points.add(w1, w2);
    }

    /** Forgets every point. */
    public void clear() {
        points.clear();
        first = -1;
        second = -1;
    }

    /** The flat index of the first weight (x axis); −1 when cleared. */
    public int firstIndex() {
        return first;
    }

    /** The flat index of the second weight (y axis); −1 when cleared. */
    public int secondIndex() {
        return second;
    }

    public int size() {
        return points.size();
    }

    public int capacity() {
        return points.capacity();
    }

    /** w1 of point {@code i}, 0 the oldest kept. */
    public double w1(int i) {
        return points.x(i);
    }

    /** w2 of point {@code i}. */
    public double w2(int i) {
        return points.y(i);
    }
}
