package org.backproplab.viz;

import org.backproplab.core.NumberFormat;

/**
 * "Nice" axis ticks: for a linear axis, multiples of a step from {1, 2, 5} × 10^k; for a log10 axis,
 * powers of ten (every 1, 2, 5, 10, … decades), or 1, 2, 5 × 10^k when the range spans few decades.
 *
 * <p>A reusable workspace: {@link #linear} and {@link #log10} overwrite the previous ticks and allocate
 * nothing, so they may run every frame; {@link #label} builds a String, so cache labels until the ticks
 * change. At most {@value #MAX_TICKS} ticks.
 */
public final class Ticks {
    public static final int MAX_TICKS = 64;
    /** Target counts are clamped to 1..MAX_TARGET. */
    public static final int MAX_TARGET = 30;
    /**
     * The largest index k of a multiple k · step: below 2⁵² k ± 1 and k · m are exact in a double, so the
     * ticks are those of exact integer arithmetic without a long (TeaVM makes a long a BigInt, a new object
     * per operation, and the cost plot's axes are fitted every frame). Only an axis narrower than about
     * 2⁻⁵⁰ of its distance from 0 (a cost flat to its last bits) needs more; it gets a larger step instead,
     * as it could not show more distinct ticks anyway.
     */
    private static final double WHOLE_DOUBLES = 0x1p52;

    private final double[] values = new double[MAX_TICKS];
    private int count;
    private double niceMin;
    private double niceMax;
    /** Linear: the step's mantissa 1, 2 or 5 and decimal exponent; log: decades per tick (0: 1-2-5). */
    private int stepMantissa;
    private int stepExponent;
    private boolean log;

    public Ticks() {
        linear(0, 1, 5, true);
    }

    /**
     * Ticks for a linear axis over [min, max] with about {@code targetCount} intervals.
     *
     * <p>The step is the value from {1, 2, 5} × 10^k nearest (in ratio) to (max − min) / targetCount,
     * so there are between targetCount/1.6 and 1.6·targetCount intervals. With {@code extend}, the ticks
     * run from {@link #niceMin()} = the largest multiple of the step ≤ min to {@link #niceMax()} = the
     * smallest ≥ max, so they contain the range (use niceMin/niceMax as the axis bounds); without, only
     * the multiples inside [min, max] are kept and niceMin/niceMax are min and max.
     *
     * <p>Edge cases: min &gt; max are swapped; min = max is widened by 10 % of |min| each way (by 1 when 0);
     * non-finite bounds are replaced by [0, 1]; a multiple of the step that would overflow to ±∞ (bounds
     * near ±1.8e308) is dropped and the axis ends at the bound itself; a range narrower than about 2⁻⁵⁰ of
     * its distance from 0 gets a step larger than its width (see {@link #WHOLE_DOUBLES}).
     */
    public void linear(double min, double max, int targetCount, boolean extend) {
        log = false;
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            min = 0;
            max = 1;
        }
        if (min > max) {
            double swap = min;
            min = max;
            max = swap;
        }
        if (min == max) {
            double widen = min == 0 ? 1 : Math.abs(min) * 0.1;
            min = Math.max(min - widen, -Double.MAX_VALUE);
            max = Math.min(max + widen, Double.MAX_VALUE);
        }
        int target = clampTarget(targetCount);
        double raw = max / target - min / target; // no overflow even for ±1e308
        if (!(raw >= Double.MIN_VALUE)) {
            raw = Double.MIN_VALUE; // a width of a few subnormals, halved to 0: log10 would be −∞
        }
        int exponent = (int) Math.floor(Math.log10(raw));
        double residual = raw / NumberFormat.pow10(exponent);
        if (residual >= 10) {
            exponent++;
            residual /= 10;
        } else if (residual < 1) {
            exponent--;
            residual *= 10;
        }
        // nearest of 1, 2, 5, 10 in ratio: the thresholds are the geometric means √2, √10, √50
        int mantissa;
        if (residual < 1.4142135623730951) {
            mantissa = 1;
        } else if (residual < 3.1622776601683795) {
            mantissa = 2;
        } else if (residual < 7.0710678118654755) {
            mantissa = 5;
        } else {
            mantissa = 1;
            exponent++;
        }
        while (true) {
            stepMantissa = mantissa;
            stepExponent = exponent;
            double step = step();
            double first = Math.floor(min / step);
            double last = Math.ceil(max / step);
            if (Math.abs(first) <= WHOLE_DOUBLES && Math.abs(last) <= WHOLE_DOUBLES
                    && placeMultiples(first, last, min, max, extend)) {
                return;
            }
            // too many ticks or too large indices (only for extreme bounds): next larger step in the 1-2-5 sequence
            if (mantissa == 1) {
                mantissa = 2;
            } else if (mantissa == 2) {
                mantissa = 5;
            } else {
                mantissa = 1;
                exponent++;
            }
        }
    }

    /**
     * Places the multiples first..last of the current step, adjusted to the exact neighbours of min and max;
     * false (nothing placed) when there would be more than {@value #MAX_TICKS}. |first|, |last| ≤ 2⁵².
     */
    private boolean placeMultiples(double first, double last, double min, double max, boolean extend) {
        // ⌈−0.3⌉ is −0.0: the tick would be −0.0 instead of 0
        first = first == 0 ? 0 : first;
        last = last == 0 ? 0 : last;
        // float division may land one off: take the exact neighbours of min and max
        if (multiple(first) > min) {
            first--;
        } else if (multiple(first + 1) <= min) {
            first++;
        }
        if (multiple(last) < max) {
            last++;
        } else if (multiple(last - 1) >= max) {
            last--;
        }
        // near ±1.8e308 the outer multiple may overflow: drop it (the axis then ends at min or max)
        while (multiple(first) == Double.NEGATIVE_INFINITY) {
            first++;
        }
        while (multiple(last) == Double.POSITIVE_INFINITY) {
            last--;
        }
        if (!extend) {
            if (multiple(first) < min) {
                first++;
            }
            if (multiple(last) > max) {
                last--;
            }
        }
        if (last - first + 1 > MAX_TICKS) {
            return false;
        }
        count = 0;
        for (double k = first; k <= last; k++) {
            values[count++] = multiple(k);
        }
        niceMin = extend ? Math.min(min, multiple(first)) : min;
        niceMax = extend ? Math.max(max, multiple(last)) : max;
        return true;
    }

    /**
     * k · step for a whole k, |k| ≤ 2⁵² + 1, computed as (k·m) / 10^−e for negative exponents so that 3 × 0.1
     * prints as 0.3.
     */
    private double multiple(double k) {
        if (stepExponent >= 0) {
            return k * stepMantissa * NumberFormat.pow10(stepExponent);
        }
        return k * stepMantissa / NumberFormat.pow10(-stepExponent);
    }

    /**
     * Ticks for a log10 axis over [min, max] (both &gt; 0), about {@code targetCount} of them. When the
     * range covers at most targetCount/3 decades the ticks are 1, 2, 5 × 10^k; otherwise powers of ten
     * every s decades, s from 1, 2, 5, 10, 20, … the smallest with at most targetCount intervals. The
     * ticks are extended to contain the range: niceMin ≤ min and niceMax ≥ max, both ticks (except that
     * nothing goes beyond 10^308 or below 10^−323).
     *
     * <p>Edge cases: swapped bounds are swapped back; equal bounds get the decade around them;
     * a bound that is not finite and &gt; 0 makes the range [1, 10].
     */
    public void log10(double min, double max, int targetCount) {
        log = true;
        if (!(min > 0 && min < Double.POSITIVE_INFINITY && max > 0 && max < Double.POSITIVE_INFINITY)) {
            min = 1;
            max = 10;
        }
        if (min > max) {
            double swap = min;
            min = max;
            max = swap;
        }
        int target = clampTarget(targetCount);
        int low = (int) Math.floor(Math.log10(min));
        while (low > -323 && NumberFormat.pow10(low) > min) {
            low--;
        }
        while (NumberFormat.pow10(low + 1) <= min) {
            low++;
        }
        int high = (int) Math.ceil(Math.log10(max));
        while (high < 308 && NumberFormat.pow10(high) < max) {
            high++;
        }
        while (NumberFormat.pow10(high - 1) >= max) {
            high--;
        }
        low = Math.max(low, -323);
        high = Math.min(high, 308);
        if (high <= low) {
            high = low + 1;
        }
        if (min == max) {
            min = NumberFormat.pow10(low);
            max = NumberFormat.pow10(high);
        }
        int decades = high - low;
        count = 0;
        if (decades * 3 <= target) {
            stepExponent = 0;
            stepMantissa = 0;
            for (int e = low; e <= high; e++) {
                double power = NumberFormat.pow10(e);
                addIfWithin(power, min, max);
                if (e < high) {
                    addIfWithin(2 * power, min, max);
                    addIfWithin(5 * power, min, max);
                }
            }
            return;
        }
        // stride: the smallest of 1, 2, 5, 10, 20, 50, … decades with decades / stride ≤ target
        int stride = 1;
        for (int n = 1; decades > stride * target; n++) {
            stride = (n % 3 == 0 ? 1 : (n % 3 == 1 ? 2 : 5)) * (int) NumberFormat.pow10(n / 3);
        }
        stepExponent = stride;
        stepMantissa = 0;
        int first = Math.floorDiv(low, stride) * stride;
        int last = -Math.floorDiv(-high, stride) * stride;
        for (int e = first; e <= last && count < MAX_TICKS; e += stride) {
            double power = NumberFormat.pow10(Math.max(-323, Math.min(308, e)));
            if (count == 0 || power > values[count - 1]) {
                values[count++] = power;
            }
        }
        niceMin = values[0];
        niceMax = values[count - 1];
    }

    /**
     * Adds tick t of a 1-2-5 log axis unless it lies strictly inside the interval beyond the range's
     * nearest tick on either side; keeps niceMin/niceMax up to date.
     */
    private void addIfWithin(double t, double min, double max) {
        if (t <= min) {
            // a newer tick ≤ min replaces the earlier one: only the largest tick ≤ min is kept
            count = 0;
            values[count++] = t;
            niceMin = t;
            niceMax = t;
            return;
        }
        if (count > 0 && values[count - 1] >= max) {
            return; // already past max
        }
        values[count++] = t;
        niceMax = t;
    }

    private static int clampTarget(int targetCount) {
        return targetCount < 1 ? 1 : Math.min(targetCount, MAX_TARGET);
    }

    /** Number of ticks. */
    public int count() {
        return count;
    }

    /** Tick i, ascending, 0 ≤ i &lt; count(). */
    public double value(int i) {
        return values[i];
    }

    /** The lower axis bound: the first tick when extended, else the given min. */
    public double niceMin() {
        return niceMin;
    }

    /** The upper axis bound: the last tick when extended, else the given max. */
    public double niceMax() {
        return niceMax;
    }

    /** Whether these are log10 ticks. */
    public boolean isLog() {
        return log;
    }

    /** Linear: the distance between ticks (m · 10^e, m ∈ {1, 2, 5}). Log: decades per tick, 0 for 1-2-5 ticks. */
    public double step() {
        if (log) {
            return stepExponent;
        }
        return stepExponent >= 0 ? stepMantissa * NumberFormat.pow10(stepExponent)
                : stepMantissa / NumberFormat.pow10(-stepExponent);
    }

    /**
     * Tick i as text with just enough significant digits to show the step: "0.2", "1.4", "100", "1e-5".
     * Allocates.
     */
    public String label(int i) {
        double v = values[i];
        if (v == 0) {
            return "0";
        }
        if (log) {
            return NumberFormat.format(v, 1);
        }
        // ticks are multiples of 10^stepExponent: digits from v's leading digit down to that place
        int leading = (int) Math.floor(Math.log10(Math.abs(v)) + 1e-12);
        return NumberFormat.format(v, Math.max(1, leading - stepExponent + 1));
    }
}
