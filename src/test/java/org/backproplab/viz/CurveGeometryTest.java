package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CurveGeometryTest {
    /** Plot area left 10, top 20, 200 × 100: x from 10 to 210, y from 20 (top) to 120 (bottom). */
    private static CurveGeometry geometry() {
        CurveGeometry geometry = new CurveGeometry();
        geometry.setPlotArea(10, 20, 200, 100);
        return geometry;
    }

    @Test
    void linearCostsMapOntoTheNiceAxis() {
        CurveGeometry geometry = geometry();
        double[] costs = new double[11];
        for (int n = 0; n <= 10; n++) {
            costs[n] = 1 - 0.09 * n; // 1.0 down to 0.1
        }
        geometry.fit(null, costs, 11, false);
        // y ticks: raw step 0.9/4 = 0.225 → 0.2, so the axis runs 0 … 1
        assertEquals(0, geometry.yMin(), 1e-12);
        assertEquals(1, geometry.yMax(), 1e-12);
        assertEquals(20, geometry.y(1), 1e-9);
        assertEquals(70, geometry.y(0.5), 1e-9);
        assertEquals(120, geometry.y(0), 1e-9);
        assertEquals(10, geometry.x(0), 1e-9);
        assertEquals(110, geometry.x(5), 1e-9);
        assertEquals(210, geometry.x(10), 1e-9);
        assertEquals(0, geometry.xTicks().value(0));
        assertEquals(10, geometry.xTicks().value(geometry.xTicks().count() - 1));
    }

    @Test
    void logCostsMapByDecades() {
        CurveGeometry geometry = geometry();
        geometry.fit(new double[] {100, 200, 300, 400, 500}, new double[] {1000, 100, 10, 1, 0.1}, 5, true);
        assertEquals(0.1, geometry.yMin(), 1e-15);
        assertEquals(1000, geometry.yMax(), 1e-9);
        // 4 decades over 100 px: each decade 25 px
        assertEquals(20, geometry.y(1000), 1e-9);
        assertEquals(70, geometry.y(10), 1e-9);
        assertEquals(95, geometry.y(1), 1e-9);
        assertEquals(10, geometry.x(100), 1e-9);
        assertEquals(60, geometry.x(200), 1e-9);
    }

    @Test
    void nonFiniteAndNonPositiveCostsAreSkipped() {
        CurveGeometry geometry = geometry();
        double[] costs = {1, Double.NaN, 2, Double.POSITIVE_INFINITY, 3, 0, -1};
        geometry.fit(null, costs, 7, true);
        assertTrue(geometry.yMin() <= 1 && geometry.yMax() >= 3);
        double[] xs = new double[7];
        double[] ys = new double[7];
        int n = geometry.toPixels(null, costs, 7, xs, ys);
        assertEquals(3, n);
        // plottable iterations 0, 2, 4 span the whole width
        assertEquals(10, xs[0], 1e-9);
        assertEquals(110, xs[1], 1e-9);
        assertEquals(210, xs[2], 1e-9);
        assertTrue(ys[0] > ys[1] && ys[1] > ys[2], "higher cost is higher up");
        // on a linear axis 0 and -1 are plottable
        geometry.fit(null, costs, 7, false);
        assertEquals(5, geometry.toPixels(null, costs, 7, xs, ys));
        assertTrue(geometry.yMin() <= -1);
    }

    @Test
    void unplottableCostsGoToAnEdgeInsteadOfNaN() {
        CurveGeometry geometry = geometry();
        geometry.fit(null, new double[] {0.5, 0.25}, 2, true);
        assertEquals(20, geometry.y(Double.NaN));
        assertEquals(20, geometry.y(Double.POSITIVE_INFINITY));
        assertEquals(120, geometry.y(Double.NEGATIVE_INFINITY));
        assertEquals(120, geometry.y(0));
        assertEquals(120, geometry.y(-3));
        assertEquals(20, geometry.y(1e9)); // beyond the axis: clamped
        assertEquals(10, geometry.x(Double.NaN));
    }

    @Test
    void emptySeriesGivesDefaultAxes() {
        CurveGeometry geometry = geometry();
        geometry.fit(null, new double[0], 0, false);
        assertEquals(0, geometry.xMin());
        assertEquals(1, geometry.xMax());
        assertEquals(0, geometry.yMin());
        assertEquals(1, geometry.yMax());
        geometry.fit(null, new double[] {Double.NaN}, 1, true);
        assertEquals(1, geometry.yMin());
        assertEquals(10, geometry.yMax());
        assertTrue(Double.isFinite(geometry.y(5)) && Double.isFinite(geometry.x(0)));
    }

    @Test
    void singlePointAndConstantSeriesGetARangeWithRoom() {
        CurveGeometry geometry = geometry();
        geometry.fit(new double[] {7}, new double[] {0.5}, 1, false);
        assertEquals(10, geometry.x(7), 1e-9);
        assertTrue(geometry.yMin() < 0.5 && geometry.yMax() > 0.5);
        double y = geometry.y(0.5);
        assertTrue(y > 20 && y < 120, "" + y);
        geometry.fit(null, new double[] {2, 2, 2, 2}, 4, true);
        assertTrue(geometry.yMin() < 2 && geometry.yMax() > 2);
        y = geometry.y(2);
        assertTrue(y > 20 && y < 120, "" + y);
    }

    @Test
    void twoSeriesShareOneAxisCoveringBoth() {
        CurveGeometry geometry = geometry();
        double[] iterations = {0, 10, 20};
        double[] train = {0.9, 0.5, 0.2};
        double[] test = {Double.NaN, 0.7, 1.3}; // no test cost at the first point
        geometry.fit(iterations, train, test, 3, false);
        assertTrue(geometry.yMin() <= 0.2 && geometry.yMax() >= 1.3);
        assertEquals(0, geometry.xMin());
        assertEquals(20, geometry.xMax());
        geometry.fit(iterations, train, null, 3, false);
        assertTrue(geometry.yMax() < 1.3);
    }

    @Test
    void hugeCostsStillMapInsideThePlot() {
        CurveGeometry geometry = geometry();
        double[] costs = {Double.MAX_VALUE, -Double.MAX_VALUE, 0};
        geometry.fit(null, costs, 3, false);
        assertEquals(20, geometry.y(Double.MAX_VALUE), 1e-9);
        assertEquals(120, geometry.y(-Double.MAX_VALUE), 1e-9);
        assertEquals(70, geometry.y(0), 1e-9);
        geometry.fit(null, new double[] {Double.MIN_VALUE, Double.MAX_VALUE}, 2, true);
        assertTrue(Double.isFinite(geometry.y(Double.MIN_VALUE)) && Double.isFinite(geometry.y(1)));
    }

    @Property(tries = 500)
    void pixelsAreAlwaysFiniteAndInsideThePlot(@ForAll @Size(max = 40) double[] raw,
            @ForAll boolean logScale, @ForAll @DoubleRange(min = 0, max = 1) double nanShare) {
        double[] costs = raw.clone();
        for (int n = 0; n < costs.length; n++) {
            if ((n * 0.618) % 1 < nanShare) {
                costs[n] = n % 2 == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
            }
        }
        CurveGeometry geometry = geometry();
        geometry.fit(null, costs, costs.length, logScale);
        double[] xs = new double[costs.length];
        double[] ys = new double[costs.length];
        int n = geometry.toPixels(null, costs, costs.length, xs, ys);
        for (int k = 0; k < n; k++) {
            assertTrue(xs[k] >= 10 - 1e-9 && xs[k] <= 210 + 1e-9, "x " + xs[k]);
            assertTrue(ys[k] >= 20 && ys[k] <= 120, "y " + ys[k]);
        }
        for (double cost : costs) {
            double y = geometry.y(cost);
            assertTrue(y >= 20 && y <= 120);
        }
    }

    @Property(tries = 300)
    void toPixelsIsXAndYOfThePlottablePointsInOrder(@ForAll @Size(max = 60) double[] costs,
            @ForAll @Size(max = 60) double[] iterations, @ForAll boolean logScale, @ForAll boolean withOther) {
        int count = Math.min(costs.length, iterations.length);
        double[] other = new double[count];
        for (int n = 0; n < count; n++) {
            other[n] = costs[n] * 0.5 - 1; // a second series, so the axes are not fitted to costs alone
        }
        CurveGeometry geometry = geometry();
        geometry.fit(iterations, costs, withOther ? other : null, count, logScale);
        double[] xs = new double[count];
        double[] ys = new double[count];
        int written = geometry.toPixels(iterations, costs, count, xs, ys);
        int expected = 0;
        for (int n = 0; n < count; n++) {
            if (!Double.isFinite(iterations[n]) || !geometry.isPlottable(costs[n])) {
                continue;
            }
            assertEquals(geometry.x(iterations[n]), xs[expected], 0.0, "x of point " + n);
            assertEquals(geometry.y(costs[n]), ys[expected], 0.0, "y of point " + n);
            expected++;
        }
        assertEquals(expected, written);
    }

    @Property(tries = 300)
    void fitSpansThePlottablePointsExactly(@ForAll @Size(min = 1, max = 60) double[] costs, @ForAll boolean logScale) {
        CurveGeometry geometry = geometry();
        geometry.fit(null, costs, costs.length, logScale);
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        int first = -1;
        int last = -1;
        for (int n = 0; n < costs.length; n++) {
            if (Double.isFinite(costs[n]) && (!logScale || costs[n] > 0)) {
                lowest = Math.min(lowest, costs[n]);
                highest = Math.max(highest, costs[n]);
                first = first < 0 ? n : first;
                last = n;
            }
        }
        if (first < 0) {
            assertEquals(0, geometry.xMin());
            assertEquals(1, geometry.xMax());
            return;
        }
        assertEquals(first, geometry.xMin());
        assertEquals(last > first ? last : first + 1, geometry.xMax());
        // (a log axis ends at the decade 1e308, below the largest doubles)
        assertTrue(geometry.yMin() <= lowest && (geometry.yMax() >= highest || logScale && highest > 1e308),
                geometry.yMin() + ".." + geometry.yMax() + " holds " + lowest + ".." + highest);
    }
}
