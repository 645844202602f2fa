package org.backproplab.ui.ratelab;

import org.backproplab.train.Race;
import org.backproplab.train.RaceSharpness;
import org.backproplab.ui.chart.Legend;
import org.backproplab.ui.chart.PlotFrame;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.viz.CurveGeometry;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * Beside the race's cost: the stable limit (2/λ_max for gradient descent, the momentum forms otherwise) measured
 * along each run, in the lane's colour and dash pattern with a dot per sample, on a log axis, and each lane's α as
 * a thin horizontal line of the same colour. Where a run's limit curve climbs past its α line, the run started above
 * the limit and trained its way to flatter ground.
 */
final class SharpnessChart {
    private static final double TOP = 12;
    private static final double RIGHT = 14;
    private static final double BOTTOM = 34;
    private static final int MAX_SAMPLES = RaceView.RACE_STEPS / RaceSharpness.INTERVAL + 2;

    private final CurveGeometry geometry = new CurveGeometry();
    private final PlotFrame plotFrame = new PlotFrame(geometry, TOP, RIGHT, BOTTOM, false, true);
    private final double[] iterations = new double[MAX_SAMPLES];
    private final double[] limits = new double[MAX_SAMPLES];
    private final double[] xs = new double[MAX_SAMPLES];
    private final double[] ys = new double[MAX_SAMPLES];

    /** Draws the limits of {@code tracker} (null: the empty axes) for {@code race}, run r in lane laneOfRun[r]'s style. */
    void paint(ViewCanvas canvas, Race race, RaceSharpness tracker, int[] laneOfRun) {
        canvas.begin();
        if (!canvas.isDrawable()) {
            return;
        }
        CanvasRenderingContext2D g = canvas.context;
        plotFrame.startCostRange(true);
        if (tracker != null) {
            for (int r = 0; r < race.runCount(); r++) {
                plotFrame.includeCost(race.learningRate(r));
                for (int k = 0; k < tracker.count(r); k++) {
                    plotFrame.includeCost(tracker.limit(r, k));
                }
            }
        }
        geometry.setTickTargets(Math.max(2, (int) (canvas.width() / 110)), Math.max(2, (int) (canvas.height() / 40)));
        plotFrame.fitCosts(0, RaceView.RACE_STEPS);
        if (!plotFrame.layout(g, canvas.width(), canvas.height(), 30)) {
            return;
        }
        double left = plotFrame.left();
        double width = plotFrame.width();
        double height = plotFrame.height();
        plotFrame.draw(g, "iteration →", "stable limit (log scale)", canvas.height());
        if (tracker == null) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(left - 4, TOP - 4, width + 8, height + 8);
        g.clip();
        g.setLineJoin("round");
        g.setLineCap("round");
        for (int r = race.runCount() - 1; r >= 0; r--) {
            int lane = laneOfRun[r];
            String color = RaceView.LANE_COLORS[lane];
            // the lane's α: a thin line across
            double rateY = geometry.y(race.learningRate(r));
            g.beginPath();
            g.moveTo(left, rateY);
            g.lineTo(left + width, rateY);
            g.setLineDash(Legend.DASHES[lane]);
            g.setStrokeStyle(color);
            g.setLineWidth(1);
            g.stroke();
            int count = tracker.count(r);
            for (int k = 0; k < count; k++) {
                iterations[k] = tracker.iteration(r, k);
                limits[k] = tracker.limit(r, k);
            }
            int points = geometry.toPixels(iterations, limits, count, xs, ys);
            if (points == 0) {
                continue;
            }
            g.beginPath();
            g.moveTo(xs[0], ys[0]);
            for (int k = 1; k < points; k++) {
                g.lineTo(xs[k], ys[k]);
            }
            g.setLineWidth(2.5);
            g.stroke();
            g.setLineDash(Legend.SOLID);
            g.setFillStyle(color);
            for (int k = 0; k < points; k++) {
                g.beginPath();
                g.arc(xs[k], ys[k], 2.5, 0, 2 * Math.PI);
                g.fill();
            }
        }
        g.restore();
    }
}
