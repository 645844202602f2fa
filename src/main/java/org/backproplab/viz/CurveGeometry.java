package org.backproplab.viz;

/**
 * Maps a cost-versus-iteration series to pixel coordinates in a plot rectangle, with a linear or log10
 * cost axis, and supplies the axis ticks. A reusable workspace: {@link #fit} and the mappings allocate
 * nothing, so the cost plot can be re-fitted every frame as the series grows.
 *
 * <p>A point is plottable when its iteration is finite and its cost is finite (and &gt; 0 on a log axis);
 * other points are skipped when fitting and by {@link #toPixels}. The x axis spans the plottable
 * iterations exactly (ticks inside it only); the y axis spans the plottable costs extended to nice tick
 * bounds. Empty series: x ∈ [0, 1] and y ∈ [0, 1] (log: [1, 10]); one point or a constant series gets
 * a widened range ({@link Ticks}). The mappings never return NaN.
 */
public final class CurveGeometry {
    private double left;
    private double top;
    private double width = 1;
    private double height = 1;
    private boolean logY;
    private double xMin = 0;
    private double xMax = 1;
    private double yMin = 0;
    private double yMax = 1;
    private int xTickTarget = 5;
    private int yTickTarget = 4;
    private final Ticks xTicks = new Ticks();
    private final Ticks yTicks = new Ticks();

    /** The plot rectangle in CSS pixels (the area inside the axes). Non-finite or negative sizes become 0. */
    public void setPlotArea(double left, double top, double width, double height) {
        this.left = Double.isFinite(left) ? left : 0;
        this.top = Double.isFinite(top) ? top : 0;
        this.width = width >= 0 && width < Double.POSITIVE_INFINITY ? width : 0;
        this.height = height >= 0 && height < Double.POSITIVE_INFINITY ? height : 0;
    }

    /** About how many intervals each axis should get (defaults 5 on x, 4 on y). */
    public void setTickTargets(int xTarget, int yTarget) {
        this.xTickTarget = xTarget;
        this.yTickTarget = yTarget;
    }

    /**
     * Fits the axes to {@code costs[0..count)} at {@code iterations[0..count)} (or at iteration n for
     * example n when iterations is null), on a log10 cost axis when {@code logScale}.
     */
    public void fit(double[] iterations, double[] costs, int count, boolean logScale) {
        fit(iterations, costs, null, count, logScale);
    }

    /**
     * Fits the axes to two series at the same iterations (e.g. train and test cost, as in
     * {@code state.CostSeries}), so that both curves share one pair of axes; {@code otherCosts} may be
     * null (then this is {@link #fit(double[], double[], int, boolean)}).
     */
    public void fit(double[] iterations, double[] costs, double[] otherCosts, int count, boolean logScale) {
        this.logY = logScale;
        double loX = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY;
        double hiY = Double.NEGATIVE_INFINITY;
        for (int series = 0; series < 2; series++) {
            double[] values = series == 0 ? costs : otherCosts;
            if (values == null) {
                continue;
            }
            // Per point no call that takes or returns a double (isPlottable, Math.min): the browser boxes
            // such a number on the heap whenever V8 did not inline the call, and this runs over up to 2 × 2,048
            // points a frame. x − x == 0 is Double.isFinite(x): ∞ − ∞ and NaN − NaN are NaN.
            for (int n = 0; n < count; n++) {
                double iteration = iterations == null ? n : iterations[n];
                double cost = values[n];
                if (iteration - iteration != 0 || cost - cost != 0 || (logScale && !(cost > 0))) {
                    continue;
                }
                if (iteration < loX) {
                    loX = iteration;
                }
                if (iteration > hiX) {
                    hiX = iteration;
                }
                if (cost < loY) {
                    loY = cost;
                }
                if (cost > hiY) {
                    hiY = cost;
                }
            }
        }
        if (loX > hiX) { // nothing plottable
            loX = 0;
            hiX = 1;
            loY = logScale ? 1 : 0;
            hiY = logScale ? 10 : 1;
        } else if (loX == hiX) {
            hiX = loX + 1; // a single iteration: show it at the left edge of a unit range
        }
        xMin = loX;
        xMax = hiX;
        xTicks.linear(loX, hiX, xTickTarget, false);
        if (logScale) {
            yTicks.log10(loY, hiY, yTickTarget);
        } else {
            yTicks.linear(loY, hiY, yTickTarget, true);
        }
        yMin = yTicks.niceMin();
        yMax = yTicks.niceMax();
    }

    /** Whether a cost can be drawn on the current axis: finite, and &gt; 0 on a log axis. */
    public boolean isPlottable(double cost) {
        return Double.isFinite(cost) && (!logY || cost > 0);
    }

    /** Pixel x of an iteration, clamped to the plot rectangle; non-finite iterations map to the left edge. */
    public double x(double iteration) {
        if (!Double.isFinite(iteration)) {
            return left;
        }
        // halved so that differences of huge values cannot overflow to ∞ (∞/∞ would be NaN)
        double fraction = (iteration * 0.5 - xMin * 0.5) / (xMax * 0.5 - xMin * 0.5);
        fraction = fraction < 0 ? 0 : (fraction > 1 ? 1 : fraction);
        return left + fraction * width;
    }

    /**
     * Pixel y of a cost, clamped to the plot rectangle. Costs the axis cannot show go to an edge: NaN and
     * +∞ (a diverged run) to the top, −∞ and (on a log axis) costs ≤ 0 to the bottom.
     */
    public double y(double cost) {
        double fraction;
        if (cost != cost || cost == Double.POSITIVE_INFINITY) {
            fraction = 1;
        } else if (!isPlottable(cost)) {
            fraction = 0;
        } else if (logY) {
            double low = Math.log10(yMin);
            fraction = (Math.log10(cost) - low) / (Math.log10(yMax) - low);
        } else {
            fraction = (cost * 0.5 - yMin * 0.5) / (yMax * 0.5 - yMin * 0.5);
        }
        fraction = fraction < 0 ? 0 : (fraction > 1 ? 1 : fraction);
        return top + (1 - fraction) * height;
    }

    /**
     * Writes the pixel coordinates of the plottable points, in order, into xs and ys (each at least count
     * long) and returns how many were written: a polyline without gaps or NaN.
     */
    public int toPixels(double[] iterations, double[] costs, int count, double[] xs, double[] ys) {
        // x(iteration) and y(cost) of plottable points written out, the same arithmetic without a call per
        // point (see fit); on a log axis Math.log10 is still called per point.
        double halfXMin = xMin * 0.5;
        double halfXSpan = xMax * 0.5 - halfXMin;
        double halfYMin = yMin * 0.5;
        double halfYSpan = yMax * 0.5 - halfYMin;
        double logLow = logY ? Math.log10(yMin) : 0;
        double logSpan = logY ? Math.log10(yMax) - logLow : 1;
        int written = 0;
        for (int n = 0; n < count; n++) {
            double iteration = iterations == null ? n : iterations[n];
            double cost = costs[n];
            if (iteration - iteration != 0 || cost - cost != 0 || (logY && !(cost > 0))) {
                continue;
            }
            double fraction = (iteration * 0.5 - halfXMin) / halfXSpan;
            fraction = fraction < 0 ? 0 : (fraction > 1 ? 1 : fraction);
            xs[written] = left + fraction * width;
            fraction = logY ? (Math.log10(cost) - logLow) / logSpan : (cost * 0.5 - halfYMin) / halfYSpan;
            fraction = fraction < 0 ? 0 : (fraction > 1 ? 1 : fraction);
            ys[written] = top + (1 - fraction) * height;
            written++;
        }
        return written;
    }

    public boolean isLogScale() {
        return logY;
    }

    public double xMin() {
        return xMin;
    }

    public double xMax() {
        return xMax;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }

    /** Ticks for the iteration axis, all inside [xMin, xMax]; valid until the next fit. */
    public Ticks xTicks() {
        return xTicks;
    }

    /** Ticks for the cost axis, from yMin to yMax; valid until the next fit. */
    public Ticks yTicks() {
        return yTicks;
    }
}
