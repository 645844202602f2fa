package org.backproplab.landscape;

/**
 * The past points (w, J) of one weight during training, for drawing where it came from on its
 * {@link CostSlice}: the last {@code capacity} points, oldest first. A point's J is the cost when it was
 * recorded, with the other weights as they were then, so old points need not lie on today's curve.
 * Allocates only in the constructor.
 */
public final class SliceTrail {
    private final PointRing points;
    private int index = -1;

    public SliceTrail(int capacity) {
        points = new PointRing(capacity);
    }

    /**
     * Records parameter {@code index} at value {@code weight} with cost {@code cost}. A different index than
     * the points so far starts the trail afresh (a trail belongs to one weight).
     */
    public void add(int index, double weight, double cost) {
        if (index != this.index) {
            points.clear();
            this.index = index;
        }
        points.add(weight, cost);
    }

    /** Forgets every point (e.g. when the weights are re-initialised). */
    public void clear() {
        points.clear();
        index = -1;
    }

    /** The parameter the trail follows; −1 when empty after {@link #clear()}. */
    public int index() {
        return index;
    }

    public int size() {
        return points.size();
    }

    public int capacity() {
        return points.capacity();
    }

    /** w of point {@code i}, 0 the oldest kept. */
    public double weight(int i) {
        return points.x(i);
    }

    /** J of point {@code i}. */
    public double cost(int i) {
        return points.y(i);
    }
}
