package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.backproplab.core.NumberFormat;
import org.junit.jupiter.api.Test;

class TicksTest {
    private static double[] values(Ticks ticks) {
        double[] out = new double[ticks.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ticks.value(i);
        }
        return out;
    }

    private static String[] labels(Ticks ticks) {
        String[] out = new String[ticks.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ticks.label(i);
        }
        return out;
    }

    @Test
    void unitIntervalInFiveStepsIsTenthsTimesTwo() {
        Ticks ticks = new Ticks();
        ticks.linear(0, 1, 5, true); // raw step 0.2 is itself nice
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, values(ticks), 0);
        assertArrayEquals(new String[] {"0", "0.2", "0.4", "0.6", "0.8", "1"}, labels(ticks));
        assertEquals(0.2, ticks.step(), 0);
    }

    @Test
    void extendedTicksRoundTheRangeOutward() {
        Ticks ticks = new Ticks();
        // raw step (0.93 − 0.13)/4 = 0.2 → 0.2; 0.13 rounds down to 0, 0.93 up to 1
        ticks.linear(0.13, 0.93, 4, true);
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, values(ticks), 0);
        assertEquals(0, ticks.niceMin());
        assertEquals(1, ticks.niceMax());
        // raw step 1370 / 5 = 274: nearer 200 than 500 in ratio (274/200 = 1.37 < 500/274 = 1.82)
        ticks.linear(-120, 1250, 5, true);
        assertArrayEquals(new double[] {-200, 0, 200, 400, 600, 800, 1000, 1200, 1400}, values(ticks), 0);
        assertArrayEquals(new String[] {"-200", "0", "200", "400", "600", "800", "1000", "1200", "1400"},
                labels(ticks));
    }

    @Test
    void unextendedTicksStayInsideTheRange() {
        Ticks ticks = new Ticks();
        ticks.linear(0.13, 0.93, 4, false);
        assertArrayEquals(new double[] {0.2, 0.4, 0.6, 0.8}, values(ticks), 0);
        assertEquals(0.13, ticks.niceMin());
        assertEquals(0.93, ticks.niceMax());
    }

    @Test
    void degenerateAndNonFiniteRangesStillGiveAnAxis() {
        Ticks ticks = new Ticks();
        ticks.linear(0, 0, 4, true); // widened to [-1, 1]
        assertTrue(ticks.niceMin() <= -1 && ticks.niceMax() >= 1);
        ticks.linear(5, 5, 4, true); // widened to [4.5, 5.5]
        assertTrue(ticks.niceMin() <= 4.5 && ticks.niceMax() >= 5.5 && ticks.count() >= 2);
        ticks.linear(Double.NaN, 3, 4, true); // [0, 1]
        assertEquals(0, ticks.niceMin());
        assertEquals(1, ticks.niceMax());
        ticks.linear(1, 0, 5, true); // swapped
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, values(ticks), 0);
        ticks.linear(-1e308, 1e308, 4, true);
        assertTrue(ticks.count() >= 2 && Double.isFinite(ticks.niceMin()) && Double.isFinite(ticks.niceMax()));
        ticks.linear(-Double.MAX_VALUE, Double.MAX_VALUE, 4, true); // step 1e308: ±2e308 would overflow
        assertEquals(-Double.MAX_VALUE, ticks.niceMin());
        assertEquals(Double.MAX_VALUE, ticks.niceMax());
        assertArrayEquals(new double[] {-1e308, 0, 1e308}, values(ticks), 0);
        ticks.linear(Double.MAX_VALUE, Double.MAX_VALUE, 4, true);
        assertTrue(ticks.niceMin() < Double.MAX_VALUE && ticks.niceMax() == Double.MAX_VALUE);
    }

    @Property(tries = 2000)
    void linearTicksContainTheRangeInOneTwoFiveStepsNearTheTargetCount(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double a, @ForAll @DoubleRange(min = -12, max = 6) double logWidth,
            @ForAll @IntRange(min = 2, max = 12) int target) {
        double min = a;
        double max = a + Math.pow(10, logWidth);
        // a width near a's resolution cannot hold evenly spaced doubles
        Assume.that(max - min >= 1e-7 * Math.max(Math.abs(min), Math.abs(max)));
        Ticks ticks = new Ticks();
        ticks.linear(min, max, target, true);
        assertTrue(ticks.niceMin() <= min && ticks.niceMax() >= max, "range not contained");
        assertEquals(ticks.niceMin(), ticks.value(0));
        assertEquals(ticks.niceMax(), ticks.value(ticks.count() - 1));
        double step = ticks.step();
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9,
                "step " + step);
        for (int i = 1; i < ticks.count(); i++) {
            assertEquals(step, ticks.value(i) - ticks.value(i - 1), step * 1e-6);
        }
        // the step is within a factor √2.5 ≈ 1.582 of range/target, and rounding the ends out adds < 2
        int intervals = ticks.count() - 1;
        assertTrue(intervals >= Math.floor(target / 1.582) && intervals <= 1.582 * target + 2,
                intervals + " intervals for target " + target);
        // labels carry enough digits to read back the tick
        for (int i = 0; i < ticks.count(); i++) {
            assertEquals(ticks.value(i), Double.parseDouble(ticks.label(i)), step * 1e-6, ticks.label(i));
        }
    }

    @Test
    void logTicksOverAFewDecadesUseOneTwoFive() {
        Ticks ticks = new Ticks();
        // decades 10^-3 .. 10^0; 3 decades · 3 ≤ 10, so 1-2-5 ticks from the largest ≤ 0.003 to the smallest ≥ 0.4
        ticks.log10(0.003, 0.4, 10);
        assertArrayEquals(new double[] {0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5}, values(ticks), 1e-18);
        assertArrayEquals(new String[] {"0.002", "0.005", "0.01", "0.02", "0.05", "0.1", "0.2", "0.5"},
                labels(ticks));
        assertTrue(ticks.isLog());
    }

    @Test
    void logTicksOverManyDecadesSkipDecades() {
        Ticks ticks = new Ticks();
        ticks.log10(1, 1000, 5); // 3 decades · 3 > 5: every decade
        assertArrayEquals(new double[] {1, 10, 100, 1000}, values(ticks), 0);
        assertArrayEquals(new String[] {"1", "10", "100", "1000"}, labels(ticks));
        // 12 decades for 5 intervals: stride 1 (12) and 2 (6) are too many, 5 fits; exponents -10, -5, 0, 5
        ticks.log10(1e-8, 1e4, 5);
        assertArrayEquals(new double[] {1e-10, 1e-5, 1, 1e5}, values(ticks), 1e-24);
        assertEquals(5, ticks.step());
        assertArrayEquals(new String[] {"1e-10", "1e-5", "1", "100000"}, labels(ticks));
    }

    @Test
    void logTicksHandleEqualBadAndExtremeBounds() {
        Ticks ticks = new Ticks();
        ticks.log10(2, 2, 6); // the decade around: [1, 10] with 1-2-5
        assertArrayEquals(new double[] {1, 2, 5, 10}, values(ticks), 0);
        ticks.log10(0, 5, 6); // non-positive: [1, 10]
        assertArrayEquals(new double[] {1, 2, 5, 10}, values(ticks), 0);
        ticks.log10(1e-300, 1e300, 5);
        assertTrue(ticks.niceMin() <= 1e-300 && ticks.niceMax() >= 1e300);
        for (int i = 0; i < ticks.count(); i++) {
            assertTrue(ticks.value(i) > 0 && Double.isFinite(ticks.value(i)));
            if (i > 0) {
                assertTrue(ticks.value(i) > ticks.value(i - 1));
            }
        }
    }

    @Property(tries = 2000)
    void logTicksContainTheRangeAndAreOneTwoFiveTimesPowersOfTen(
            @ForAll @DoubleRange(min = -30, max = 30) double logMin, @ForAll @DoubleRange(min = 0, max = 40) double logSpan,
            @ForAll @IntRange(min = 2, max = 12) int target) {
        double min = Math.pow(10, logMin);
        double max = Math.pow(10, logMin + logSpan);
        Ticks ticks = new Ticks();
        ticks.log10(min, max, target);
        assertTrue(ticks.niceMin() <= min && ticks.niceMax() >= max, "range not contained");
        assertTrue(ticks.count() >= 2 && ticks.count() <= Ticks.MAX_TICKS);
        for (int i = 0; i < ticks.count(); i++) {
            double t = ticks.value(i);
            double leading = t / Math.pow(10, Math.floor(Math.log10(t) + 1e-9));
            assertTrue(Math.abs(leading - 1) < 1e-9 || Math.abs(leading - 2) < 1e-9 || Math.abs(leading - 5) < 1e-9,
                    "tick " + t);
            if (i > 0) {
                assertTrue(t > ticks.value(i - 1));
            }
        }
        assertTrue(ticks.count() <= target + 3, ticks.count() + " ticks for target " + target);
    }

    /**
     * The ticks computed with long indices, as Ticks did before it used whole doubles: an independent copy
     * of the algorithm (exact integer arithmetic) to compare with.
     */
    private static double[] longTicks(double min, double max, int target, boolean extend) {
        Ticks shape = new Ticks();
        shape.linear(min, max, target, extend); // for the step it chose; the multiples are recomputed here
        // step = m · 10^e with m ∈ {1, 2, 5}
        int e0 = (int) Math.floor(Math.log10(shape.step()) + 1e-9);
        int m0 = (int) Math.round(shape.step() / Math.pow(10, e0));
        int m = m0 >= 10 ? 1 : m0;
        int e = m0 >= 10 ? e0 + 1 : e0;
        java.util.function.LongToDoubleFunction multiple = k -> e >= 0 ? k * m * NumberFormat.pow10(e)
                : (double) (k * m) / NumberFormat.pow10(-e);
        double step = e >= 0 ? m * NumberFormat.pow10(e) : m / NumberFormat.pow10(-e);
        long first = (long) Math.floor(min / step);
        long last = (long) Math.ceil(max / step);
        if (multiple.applyAsDouble(first) > min) {
            first--;
        } else if (multiple.applyAsDouble(first + 1) <= min) {
            first++;
        }
        if (multiple.applyAsDouble(last) < max) {
            last++;
        } else if (multiple.applyAsDouble(last - 1) >= max) {
            last--;
        }
        if (!extend) {
            if (multiple.applyAsDouble(first) < min) {
                first++;
            }
            if (multiple.applyAsDouble(last) > max) {
                last--;
            }
        }
        double[] out = new double[(int) (last - first + 1) + 2];
        for (long k = first; k <= last; k++) {
            out[(int) (k - first)] = multiple.applyAsDouble(k);
        }
        out[out.length - 2] = extend ? Math.min(min, multiple.applyAsDouble(first)) : min;
        out[out.length - 1] = extend ? Math.max(max, multiple.applyAsDouble(last)) : max;
        return out;
    }

    @Property(tries = 3000)
    void doubleIndicesGiveTheTicksOfLongIndicesBitForBit(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double a, @ForAll @DoubleRange(min = -17, max = 8) double logWidth,
            @ForAll @IntRange(min = 1, max = 12) int target, @ForAll boolean extend) {
        double b = a + Math.pow(10, logWidth);
        Assume.that(b > a && Math.abs(a) / (b - a) <= 0x1p45); // narrower axes: see narrowAxesGetTicksAroundTheirRange
        Ticks ticks = new Ticks();
        ticks.linear(a, b, target, extend);
        double[] expected = longTicks(a, b, target, extend);
        double[] actual = new double[ticks.count() + 2];
        for (int i = 0; i < ticks.count(); i++) {
            actual[i] = ticks.value(i);
        }
        actual[actual.length - 2] = ticks.niceMin();
        actual[actual.length - 1] = ticks.niceMax();
        assertEquals(expected.length, actual.length, a + ".." + b);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    "tick " + i + " of " + a + ".." + b + ": " + expected[i] + " vs " + actual[i]);
        }
    }

    @Property(tries = 1000)
    void narrowAxesGetTicksAroundTheirRange(@ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
            @ForAll @IntRange(min = 1, max = 6) int ulps, @ForAll @IntRange(min = 1, max = 12) int target) {
        // a cost flat to its last bits: a range of a few ulps, indices k = a / step far beyond 2⁵²
        double b = a;
        for (int u = 0; u < ulps; u++) {
            b = Math.nextUp(b);
        }
        Ticks ticks = new Ticks();
        ticks.linear(a, b, target, true);
        assertTrue(ticks.niceMin() <= a && ticks.niceMax() >= b, ticks.niceMin() + ".." + ticks.niceMax());
        assertTrue(ticks.count() >= 1 && ticks.count() <= Ticks.MAX_TICKS);
        // (indices near 2⁵² times a mantissa of 5 round, so neighbours at ulp scale may coincide)
        for (int i = 1; i < ticks.count(); i++) {
            assertTrue(ticks.value(i) >= ticks.value(i - 1), "ticks never decrease");
        }
    }
}
