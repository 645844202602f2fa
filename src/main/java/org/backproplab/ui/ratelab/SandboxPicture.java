package org.backproplab.ui.ratelab;

import org.backproplab.landscape.SandboxPath;
import org.backproplab.landscape.Surface;
import org.backproplab.landscape.SurfaceGrid;
import org.backproplab.landscape.SurfaceKind;
import org.backproplab.ui.chart.Legend;
import org.backproplab.ui.chart.PlotFrame;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.ViewPixels;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.HeightRaster;
import org.backproplab.core.NumberFormat;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * The sandbox's picture: the surface as a heatmap with contour bands (computed once per surface), each
 * optimizer's path in its colour and dash pattern, a cross where a path diverged, the minimum (or saddle
 * point), the start, and a legend. It keeps the square it drew in, for clicks.
 */
final class SandboxPicture {
    /** Vermillion, blue, bluish green, purple, near-black: apart for colour-blind eyes and on the light heatmap. */
    static final String[] COLORS = {"#d55e00", "#0072b2", "#009e73", "#aa4499", "#1f2933"};
    private static final int GRID = 256;
    private static final ColorScale VALLEY = new ColorScale(0xFFFFFF, 0xE6EEF6, 0xB4C9DE);
    private static final ColorScale SADDLE = new ColorScale(0xF2D3B5, 0xF7F7F7, 0xBCD2E8);
    private static final double MARGIN = 28;

    private final SurfaceGrid grid = new SurfaceGrid(GRID, GRID);
    private final int[] pixels = new int[GRID * GRID];
    private final Legend legend = new Legend(SandboxView.KINDS.length);
    private ViewPixels heatmap;
    private boolean heatmapStale = true;
    private Surface surface;
    private SandboxPath[] paths;
    private boolean[] ran;
    // the picture's square
    private double plotLeft;
    private double plotTop;
    private double plotSide;

    /** The next paint samples the surface's heatmap again. */
    void surfaceChanged() {
        heatmapStale = true;
    }

    double left() {
        return plotLeft;
    }

    double top() {
        return plotTop;
    }

    double side() {
        return plotSide;
    }

    /** Draws the surface, every path that ran ({@code ran[k]}), the minimum or saddle, the start and a legend. */
    void paint(ViewCanvas canvas, Surface current, SandboxPath[] paths, boolean[] ran, double startX, double startY) {
        surface = current;
        this.paths = paths;
        this.ran = ran;
        canvas.begin();
        if (!canvas.isDrawable()) {
            return;
        }
        CanvasRenderingContext2D g = canvas.context;
        if (heatmapStale || heatmap == null) {
            if (heatmap == null) {
                heatmap = new ViewPixels(GRID, GRID);
            }
            grid.sample(surface);
            boolean saddle = surface.kind() == SurfaceKind.SADDLE;
            HeightRaster.paint(grid.valuesView(), GRID, GRID, grid.min(), grid.max(), !saddle, 12,
                    saddle ? SADDLE : VALLEY, pixels);
            heatmap.upload(pixels);
            heatmapStale = false;
        }
        plotSide = Math.max(0, Math.min(canvas.width() - 2 * MARGIN, canvas.height() - 2 * MARGIN));
        plotLeft = (canvas.width() - plotSide) / 2;
        plotTop = (canvas.height() - plotSide) / 2;
        heatmap.draw(g, plotLeft, plotTop, plotSide, plotSide);
        g.setStrokeStyle(PlotFrame.FRAME_COLOR);
        g.setLineWidth(1);
        g.strokeRect(plotLeft - 0.5, plotTop - 0.5, plotSide + 1, plotSide + 1);
        drawAxisLabels(g);

        g.save();
        g.beginPath();
        g.rect(plotLeft, plotTop, plotSide, plotSide);
        g.clip();
        g.setLineJoin("round");
        g.setLineCap("round");
        for (int k = 0; k < SandboxView.KINDS.length; k++) {
            if (ran[k]) {
                drawPath(g, k);
            }
        }
        g.restore();
        markSpecialPoint(g);
        // the start on top of everything
        double sx = px(startX);
        double sy = py(startY);
        g.beginPath();
        g.arc(sx, sy, 6, 0, 2 * Math.PI);
        g.setFillStyle("#ffffff");
        g.fill();
        g.setStrokeStyle("#1f2933");
        g.setLineWidth(2);
        g.stroke();
        g.setFont(PlotFrame.BOLD_FONT);
        g.setFillStyle("#1f2933");
        g.setTextAlign(sx > plotLeft + plotSide * 0.7 ? "right" : "left");
        g.setTextBaseline("bottom");
        g.fillText("start", sx > plotLeft + plotSide * 0.7 ? sx - 9 : sx + 9, sy - 6);
        drawLegend(g);
    }

    private void drawPath(CanvasRenderingContext2D g, int k) {
        SandboxPath path = paths[k];
        int n = path.count();
        if (n < 1) {
            return;
        }
        double[] xs = path.xView();
        double[] ys = path.yView();
        for (int pass = 0; pass < 2; pass++) {
            g.beginPath();
            g.moveTo(px(xs[0]), py(ys[0]));
            for (int i = 1; i < n; i++) {
                g.lineTo(px(xs[i]), py(ys[i]));
            }
            if (pass == 0) {
                // a pale halo keeps the line visible on the darker contours
                g.setLineDash(Legend.SOLID);
                g.setStrokeStyle("rgba(255,255,255,0.75)");
                g.setLineWidth(5);
            } else {
                g.setLineDash(Legend.DASHES[k]);
                g.setStrokeStyle(COLORS[k]);
                g.setLineWidth(2.25);
            }
            g.stroke();
        }
        g.setLineDash(Legend.SOLID);
        double ex = px(xs[n - 1]);
        double ey = py(ys[n - 1]);
        if (path.diverged() && surface.kind() != SurfaceKind.SADDLE) {
            PlotFrame.crossMark(g, clampX(ex), clampY(ey), 7, COLORS[k]);
        } else {
            g.beginPath();
            g.arc(ex, ey, 4, 0, 2 * Math.PI);
            g.setFillStyle(COLORS[k]);
            g.fill();
        }
    }

    private void drawAxisLabels(CanvasRenderingContext2D g) {
        g.setFont(PlotFrame.FONT);
        g.setFillStyle(PlotFrame.AXIS_COLOR);
        g.setTextBaseline("top");
        g.setTextAlign("left");
        g.fillText(NumberFormat.format(surface.minX(), 2).replace('-', '\u2212'), plotLeft, plotTop + plotSide + 4);
        g.setTextAlign("right");
        g.fillText(NumberFormat.format(surface.maxX(), 2), plotLeft + plotSide, plotTop + plotSide + 4);
        g.setTextAlign("center");
        g.fillText("x →", plotLeft + plotSide / 2, plotTop + plotSide + 4);
        g.setTextAlign("right");
        g.setTextBaseline("top");
        g.fillText(NumberFormat.format(surface.maxY(), 2), plotLeft - 4, plotTop);
        g.setTextBaseline("bottom");
        g.fillText(NumberFormat.format(surface.minY(), 2).replace('-', '\u2212'), plotLeft - 4, plotTop + plotSide);
        g.setTextBaseline("middle");
        g.fillText("y", plotLeft - 6, plotTop + plotSide / 2);
    }

    private void markSpecialPoint(CanvasRenderingContext2D g) {
        boolean saddle = surface.kind() == SurfaceKind.SADDLE;
        double x = px(saddle ? 0 : surface.minimumX());
        double y = py(saddle ? 0 : surface.minimumY());
        g.beginPath();
        g.moveTo(x - 7, y);
        g.lineTo(x + 7, y);
        g.moveTo(x, y - 7);
        g.lineTo(x, y + 7);
        g.setStrokeStyle("#1f2933");
        g.setLineWidth(2);
        g.stroke();
        g.setFont(PlotFrame.BOLD_FONT);
        g.setTextAlign("left");
        g.setTextBaseline("top");
        g.setStrokeStyle("rgba(255,255,255,0.85)");
        g.setLineWidth(3);
        g.strokeText(saddle ? "saddle point" : "minimum", x + 6, y + 6);
        g.setFillStyle("#1f2933");
        g.fillText(saddle ? "saddle point" : "minimum", x + 6, y + 6);
    }

    private void drawLegend(CanvasRenderingContext2D g) {
        legend.clear();
        for (int k = 0; k < SandboxView.KINDS.length; k++) {
            if (ran[k]) {
                legend.add(SandboxView.NAMES[k], COLORS[k], k);
            }
        }
        legend.draw(g, plotLeft + plotSide, plotTop);
    }

    private double px(double x) {
        return plotLeft + (x - surface.minX()) / (surface.maxX() - surface.minX()) * plotSide;
    }

    private double py(double y) {
        return plotTop + (surface.maxY() - y) / (surface.maxY() - surface.minY()) * plotSide;
    }

    private double clampX(double x) {
        return Math.max(plotLeft + 8, Math.min(plotLeft + plotSide - 8, x));
    }

    private double clampY(double y) {
        return Math.max(plotTop + 8, Math.min(plotTop + plotSide - 8, y));
    }
}
