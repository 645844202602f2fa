package org.backproplab.viz;

import java.util.Arrays;

/**
 * The durations of the last {@code capacity} animation frames, in milliseconds, in a ring buffer that
 * {@link #record} fills without allocating (it runs every frame). The statistics ({@link #median},
 * {@link #percentile}) copy the window and sort it: they are for tests and the benchmark, not the frame.
 * NaN durations are ignored by {@link #record}.
 */
public final class FrameTimes {
    private final double[] millis;
    /** Where the next duration goes. */
    private int next;
    /** A double, not a long: TeaVM's JavaScript longs are BigInts, which allocate. */
    private double count;

    /** @param capacity how many of the latest frames to keep, 1 or more */
    public FrameTimes(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a frame-time window holds at least 1 frame, but " + capacity
                    + " were asked for");
        }
        millis = new double[capacity];
    }

    /** Adds one frame's duration; the oldest one falls out once the window is full. */
    public void record(double frameMillis) {
        if (frameMillis != frameMillis) {
            return;
        }
        millis[next] = frameMillis;
        next = next + 1 == millis.length ? 0 : next + 1;
        count++;
    }

    /** Frames recorded since construction (also those no longer in the window). */
    public double count() {
        return count;
    }

    public int capacity() {
        return millis.length;
    }

    /** The last {@code n} durations (at most the window's), oldest first, in a new array. */
    public double[] last(int n) {
        int size = (int) Math.min(Math.min(count, millis.length), Math.max(0, n));
        double[] out = new double[size];
        int first = next - size + millis.length;
        for (int k = 0; k < size; k++) {
            out[k] = millis[(first + k) % millis.length];
        }
        return out;
    }

    /** The median of the last {@code n} durations; NaN when none was recorded. */
    public double median(int n) {
        return percentile(n, 50);
    }

    /**
     * The {@code p}-th percentile (0 to 100, nearest rank: the smallest value with at least p % of the
     * values at or below it) of the last {@code n} durations; NaN when none was recorded.
     */
    public double percentile(int n, double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile is from 0 to 100, but is " + p);
        }
        double[] values = last(n);
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        int rank = (int) Math.ceil(p / 100 * values.length);
        return values[Math.max(0, rank - 1)];
    }
}
