package org.backproplab.ui.ratelab;

import org.backproplab.train.Race;
import org.backproplab.ui.chart.Legend;
import org.backproplab.ui.chart.PlotFrame;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.viz.CurveGeometry;
import org.backproplab.core.NumberFormat;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * The race's chart: every run's cost J against iteration in its lane's colour and dash pattern (linear or
 * log J), a diverged run's line ending in a cross with a dotted line up to the top, and a legend of the α.
 */
final class RaceChart {
    private static final double TOP = 22;
    private static final double RIGHT = 14;
    private static final double BOTTOM = 34;

    private final CurveGeometry geometry = new CurveGeometry();
    private final PlotFrame plotFrame = new PlotFrame(geometry, TOP, RIGHT, BOTTOM, false, true);
    private final double[] xs = new double[RaceView.RACE_STEPS + 1];
    private final double[] ys = new double[RaceView.RACE_STEPS + 1];
    private final Legend legend = new Legend(Race.MAX_RUNS);
    private Race race;
    private int[] laneOfRun;

    /** Draws the cost curves of {@code race} (null: the empty axes), run r in the style of lane laneOfRun[r]. */
    void paint(ViewCanvas canvas, Race race, int[] laneOfRun, boolean log) {
        this.race = race;
        this.laneOfRun = laneOfRun;
        canvas.begin();
        if (!canvas.isDrawable()) {
            return;
        }
        CanvasRenderingContext2D g = canvas.context;
        plotFrame.startCostRange(log);
        if (race != null) {
            for (int r = 0; r < race.runCount(); r++) {
                double[] costs = race.costsView(r);
                for (int n = 0; n < race.costCount(r); n++) {
                    plotFrame.includeCost(costs[n]);
                }
            }
        }
        geometry.setTickTargets(Math.max(2, (int) (canvas.width() / 110)), Math.max(2, (int) (canvas.height() / 50)));
        plotFrame.fitCosts(0, RaceView.RACE_STEPS);
        if (!plotFrame.layout(g, canvas.width(), canvas.height(), 40)) {
            return;
        }
        double left = plotFrame.left();
        double width = plotFrame.width();
        double height = plotFrame.height();
        plotFrame.draw(g, "iteration →", log ? "J (log scale)" : "J", canvas.height());
        if (race == null) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(left - 3, TOP - 3, width + 6, height + 6);
        g.clip();
        g.setLineJoin("round");
        g.setLineCap("round");
        for (int r = race.runCount() - 1; r >= 0; r--) {
            int lane = laneOfRun[r];
            int points = geometry.toPixels(null, race.costsView(r), race.costCount(r), xs, ys);
            if (points == 0) {
                continue;
            }
            g.beginPath();
            g.moveTo(xs[0], ys[0]);
            for (int k = 1; k < points; k++) {
                g.lineTo(xs[k], ys[k]);
            }
            g.setLineDash(Legend.DASHES[lane]);
            g.setStrokeStyle(RaceView.LANE_COLORS[lane]);
            g.setLineWidth(2.5);
            g.stroke();
            g.setLineDash(Legend.SOLID);
            if (race.isDiverged(r)) {
                double x = xs[points - 1];
                double y = ys[points - 1];
                // the cost shot up from here: a dotted line to the top, then the cross
                g.beginPath();
                g.moveTo(x, y);
                g.lineTo(x, TOP);
                g.setLineDash(Legend.DOTS);
                g.setLineWidth(2);
                g.stroke();
                g.setLineDash(Legend.SOLID);
                PlotFrame.crossMark(g, x, y, 8, RaceView.LANE_COLORS[lane]);
                g.setFont(PlotFrame.BOLD_FONT);
                g.setFillStyle(PlotFrame.DIVERGED_COLOR);
                g.setTextAlign("left");
                g.setTextBaseline("middle");
                g.fillText("diverged (α = " + NumberFormat.format(race.learningRate(r), 3) + ")", x + 12,
                        Math.min(TOP + height - 10, y + 16));
            }
        }
        g.restore();
        drawLegend(g, left + width, TOP);
    }

    private void drawLegend(CanvasRenderingContext2D g, double right, double top) {
        legend.clear();
        for (int r = 0; r < race.runCount(); r++) {
            legend.add(legendText(r), RaceView.LANE_COLORS[laneOfRun[r]], laneOfRun[r]);
        }
        legend.draw(g, right, top);
    }

    private String legendText(int run) {
        return "α = " + NumberFormat.format(race.learningRate(run), 3) + (race.isDiverged(run) ? " ✕" : "");
    }
}
