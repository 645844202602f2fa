package org.backproplab.train;

/**
 * The cost of every iteration, for the cost curve, in bounded memory. Points are stored in a doubling
 * array until {@link #capacity()} is reached; then every other point is dropped and from then on only
 * every second iteration is stored (the {@link #stride()} doubles), so a run of any length keeps between
 * capacity/2 and capacity evenly spaced points: point i is the cost of iteration i · stride (counting the
 * first recorded iteration as 0). min, max and last cover every recorded cost, dropped or not.
 */
public final class CostHistory {
    /** The default bound on stored points. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private static final int INITIAL_ARRAY = 64;

    private final int capacity;
    private double[] values;
    private int size;
    private long stride = 1;
    private long count;
    private double min = Double.NaN;
    private double max = Double.NaN;
    private double last = Double.NaN;

    public CostHistory() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity the most points kept, even and ≥ 2 */
    public CostHistory(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be an even number >= 2, but is " + capacity);
        }
        this.capacity = capacity;
        this.values = new double[Math.min(capacity, INITIAL_ARRAY)];
    }

    /**
     * Records the cost of the next iteration. NaN and ∞ are stored (the curve shows where it broke) but
     * leave min and max alone. Allocates only when the array doubles, at most log₂(capacity) times.
     */
    public void add(double cost) {
        if (count % stride == 0) {
            if (size == capacity) {
                for (int i = 0; i < capacity / 2; i++) {
                    values[i] = values[2 * i];
                }
                size = capacity / 2;
                stride *= 2;
            }
            if (count % stride == 0) {
                if (size == values.length) {
                    double[] bigger = new double[Math.min(capacity, 2 * values.length)];
                    System.arraycopy(values, 0, bigger, 0, size);
                    values = bigger;
                }
                values[size++] = cost;
            }
        }
        count++;
        last = cost;
        if (Double.isFinite(cost)) {
            if (!(cost >= min)) {
                min = cost;
            }
            if (!(cost <= max)) {
                max = cost;
            }
        }
    }

    /** Forgets every point. */
    public void clear() {
        size = 0;
        stride = 1;
        count = 0;
        min = Double.NaN;
        max = Double.NaN;
        last = Double.NaN;
    }

    /** Stored points. */
    public int size() {
        return size;
    }

    /** The cost stored as point {@code index}, 0 ≤ index &lt; size(). */
    public double get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("point " + index + " does not exist; there are " + size);
        }
        return values[index];
    }

    /** The iteration (counted from 0 at the first add) whose cost is point {@code index}. */
    public long iterationOf(int index) {
        return index * stride;
    }

    /** Iterations between stored points: 1 until the capacity is first reached, then 2, 4, … */
    public long stride() {
        return stride;
    }

    /** Costs recorded, stored or not. */
    public long count() {
        return count;
    }

    public int capacity() {
        return capacity;
    }

    /** The smallest finite cost recorded; NaN if none. */
    public double min() {
        return min;
    }

    /** The largest finite cost recorded; NaN if none. */
    public double max() {
        return max;
    }

    /** The last cost recorded; NaN if none. */
    public double last() {
        return last;
    }
}
