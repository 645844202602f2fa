package org.backproplab.viz;

/**
 * Where the output view's plot sits on its canvas and which part of the data plane it shows, with its axis
 * ticks. Two layouts: a square plot of the classification plane (the raster grid's domain, ticks every 2),
 * centred in the canvas; or a wide regression plot whose x range covers [−6, 6] and every finite point, and
 * whose y range covers the finite targets with a 12 % margin, both extended to nice ticks.
 * A reusable workspace: fitting and the mappings allocate nothing except the tick labels.
 */
public final class OutputGeometry {
    private static final double LEFT = 30;
    private static final double RIGHT = 10;
    private static final double TOP = 24;
    private static final double BOTTOM = 34;
    /** The regression plot leaves this much more room left of its y labels. */
    private static final double WIDE_INSET = 8;
    private static final double DOMAIN = 6;

    private final Ticks xTicks = new Ticks();
    private final Ticks yTicks = new Ticks();
    private String[] xLabels = new String[0];
    private String[] yLabels = new String[0];
    private double left;
    private double top;
    private double width;
    private double height;
    private double xMin = -DOMAIN;
    private double xMax = DOMAIN;
    private double yMin = -DOMAIN;
    private double yMax = DOMAIN;
    private double loX;
    private double hiX;
    private double loY;
    private double hiY;

    /** Starts fitting a regression plot's ranges; then {@link #includePoints}, then {@link #finishFit}. */
    public void startFit() {
        loX = -DOMAIN;
        hiX = DOMAIN;
        loY = Double.POSITIVE_INFINITY;
        hiY = Double.NEGATIVE_INFINITY;
    }

    /** Includes the finite points (inputs[n], targets[n]), n &lt; count, of a 1-D data set. */
    public void includePoints(double[] inputs, double[] targets, int count) {
        for (int n = 0; n < count; n++) {
            double x = inputs[n];
            double t = targets[n];
            if (Double.isFinite(x) && Double.isFinite(t)) {
                loX = Math.min(loX, x);
                hiX = Math.max(hiX, x);
                loY = Math.min(loY, t);
                hiY = Math.max(hiY, t);
            }
        }
    }

    /** The ranges and ticks of the points included: y from −1 to 1 when none was finite. */
    public void finishFit() {
        if (!(loY <= hiY)) {
            loY = -1;
            hiY = 1;
        }
        double margin = Math.max(hiY - loY, 0.5) * 0.12;
        xTicks.linear(loX, hiX, 6, true);
        yTicks.linear(loY - margin, hiY + margin, 5, true);
        xMin = xTicks.niceMin();
        xMax = xTicks.niceMax();
        yMin = yTicks.niceMin();
        yMax = yTicks.niceMax();
        xLabels = labels(xTicks);
        yLabels = labels(yTicks);
    }

    /** The largest square plot of {@code grid}'s domain that fits a canvas of this size, centred. */
    public void placeSquare(double canvasWidth, double canvasHeight, RasterGrid grid) {
        xMin = grid.xMin();
        xMax = grid.xMax();
        yMin = grid.yMin();
        yMax = grid.yMax();
        if (xLabels.length == 0 || xTicks.isLog() || xTicks.niceMin() != -DOMAIN || xTicks.niceMax() != DOMAIN) {
            xTicks.linear(-DOMAIN, DOMAIN, 6, false);
            yTicks.linear(-DOMAIN, DOMAIN, 6, false);
            xLabels = labels(xTicks);
            yLabels = labels(yTicks);
        }
        double side = Math.max(0, Math.min(canvasWidth - LEFT - RIGHT, canvasHeight - TOP - BOTTOM));
        width = side;
        height = side;
        left = LEFT + Math.max(0, (canvasWidth - LEFT - RIGHT - side) / 2);
        top = TOP + Math.max(0, (canvasHeight - TOP - BOTTOM - side) / 2);
    }

    /** A plot as wide as the canvas allows, for the ranges of the last fit. */
    public void placeWide(double canvasWidth, double canvasHeight) {
        left = LEFT + WIDE_INSET;
        top = TOP;
        width = Math.max(0, canvasWidth - left - RIGHT);
        height = Math.max(0, canvasHeight - TOP - BOTTOM);
    }

    /** Tick labels as shown: with a true minus sign. */
    private static String[] labels(Ticks ticks) {
        String[] text = new String[ticks.count()];
        for (int i = 0; i < text.length; i++) {
            text[i] = ticks.label(i).replace('-', '\u2212');
        }
        return text;
    }

    public double toPixelX(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    public double toPixelY(double y) {
        return top + (yMax - y) / (yMax - yMin) * height;
    }

    public double domainX(double px) {
        return xMin + (px - left) / width * (xMax - xMin);
    }

    public double domainY(double py) {
        return yMax - (py - top) / height * (yMax - yMin);
    }

    public boolean inPlot(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /** Keeps far-off predictions 10 px outside the plot at most, so lines to them stay drawable. */
    public double clampY(double py) {
        return Math.max(top - 10, Math.min(top + height + 10, py));
    }

    /** A clicked coordinate rounded to hundredths, as a new point stores it; a value that is not finite stays as it is. */
    public static double roundToHundredths(double v) {
        // in the browser Math.round's long of NaN or ±∞ would throw
        return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : v;
    }

    public Ticks xTicks() {
        return xTicks;
    }

    public Ticks yTicks() {
        return yTicks;
    }

    public String[] xLabels() {
        return xLabels;
    }

    public String[] yLabels() {
        return yLabels;
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
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
}
