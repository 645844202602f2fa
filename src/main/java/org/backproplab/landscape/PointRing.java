package org.backproplab.landscape;

/**
 * The last {@code capacity} points (x, y) added, oldest first; older points are overwritten. Allocates
 * only in the constructor.
 */
final class PointRing {
    private final double[] xs;
    private final double[] ys;
    private int start;
    private int size;

    PointRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a trail needs room for at least 1 point, but the capacity is " + capacity);
        }
        xs = new double[capacity];
        ys = new double[capacity];
    }

    void add(double x, double y) {
        int slot;
        if (size < xs.length) {
            slot = (start + size) % xs.length;
            size++;
        } else {
            slot = start;
            start = (start + 1) % xs.length;
        }
        xs[slot] = x;
        ys[slot] = y;
    }

    void clear() {
        start = 0;
        size = 0;
    }

    int size() {
        return size;
    }

    int capacity() {
        return xs.length;
    }

    double x(int i) {
        return xs[slot(i)];
    }

    double y(int i) {
        return ys[slot(i)];
    }

    private int slot(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("point " + i + " does not exist; the trail holds " + size);
        }
        return (start + i) % xs.length;
    }
}
