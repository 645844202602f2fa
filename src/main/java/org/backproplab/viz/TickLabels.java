package org.backproplab.viz;

import org.backproplab.core.NumberFormat;

/**
 * The text of an axis's tick labels, rebuilt only when the ticks change: a plot redrawn every frame on an
 * unchanged axis builds no strings. Minus signs are typographic (U+2212). An axis "in log10 units" (the
 * learning-rate finder's α axis, whose ticks are exponents) labels tick k as 10^k written out: "0.001", "10".
 */
public final class TickLabels {
    private final double[] values = new double[Ticks.MAX_TICKS];
    private final String[] text = new String[Ticks.MAX_TICKS];
    private int count = -1;
    private boolean log;
    private double step;
    private boolean log10Units;

    /**
     * Takes the labels of {@code ticks}; returns true when they had to be rebuilt (the first time, or when
     * the ticks, their step, their kind or {@code inLog10Units} changed), false when the cached text stands.
     */
    public boolean update(Ticks ticks, boolean inLog10Units) {
        boolean same = ticks.count() == count && ticks.isLog() == log && ticks.step() == step
                && inLog10Units == log10Units;
        for (int i = 0; same && i < count; i++) {
            same = values[i] == ticks.value(i);
        }
        if (same) {
            return false;
        }
        count = ticks.count();
        log = ticks.isLog();
        step = ticks.step();
        log10Units = inLog10Units;
        for (int i = 0; i < count; i++) {
            values[i] = ticks.value(i);
            String label = inLog10Units ? NumberFormat.format(Math.pow(10, values[i]), 1) : ticks.label(i);
            text[i] = label.replace('-', '\u2212');
        }
        return true;
    }

    /** How many labels the last {@link #update} took (0 before any). */
    public int count() {
        return Math.max(count, 0);
    }

    /** Label i, 0 ≤ i &lt; count(). */
    public String get(int i) {
        return text[i];
    }
}
