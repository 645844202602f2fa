package org.backproplab.landscape;

/**
 * The trajectory of one {@link Sandbox#run}: points 0 to count − 1, each (x, y) and f(x, y), point 0 the
 * start. Caller-owned and reusable: the arrays are allocated once for {@code capacity} points and
 * overwritten by each run, so repeated runs (one per slider move) allocate nothing.
 */
public final class SandboxPath {
    final double[] xs;
    final double[] ys;
    final double[] values;
    /** The optimizer's view of the point and of the gradient there, reused by every step. */
    final double[] parameters = new double[2];
    final double[] gradient = new double[2];
    int count;
    boolean diverged;

    /** @param capacity the most points a run can record, 1 + its steps; 1 to {@value Sandbox#MAX_POINTS} */
    public SandboxPath(int capacity) {
        if (capacity < 1 || capacity > Sandbox.MAX_POINTS) {
            throw new IllegalArgumentException("a path holds 1 to " + Sandbox.MAX_POINTS + " points, but "
                    + capacity + " were asked for");
        }
        xs = new double[capacity];
        ys = new double[capacity];
        values = new double[capacity];
    }

    public int capacity() {
        return xs.length;
    }

    /** Points recorded by the last run (0 before any run). */
    public int count() {
        return count;
    }

    /** Whether the last run stopped early because the point ran off to infinity (see {@link Sandbox#run}). */
    public boolean diverged() {
        return diverged;
    }

    public double x(int index) {
        checkIndex(index);
        return xs[index];
    }

    public double y(int index) {
        checkIndex(index);
        return ys[index];
    }

    /** f at point {@code index}. */
    public double value(int index) {
        checkIndex(index);
        return values[index];
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("point " + index + " does not exist; the path has " + count);
        }
    }

    /** The x of every point (live; only the first {@link #count()} mean anything). */
    public double[] xView() {
        return xs;
    }

    public double[] yView() {
        return ys;
    }

    public double[] valueView() {
        return values;
    }
}
