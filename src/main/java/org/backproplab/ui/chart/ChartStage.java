package org.backproplab.ui.chart;

import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.ViewFailure;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * The canvas of one learning-rate lab chart (finder, race) with its failure notice: made inside a
 * "blv-stage bll-stage" box, redrawn by {@link #frame} only when the view marked it {@link #invalidate
 * invalid} or the canvas changed size, and a drawing error shown in the chart instead of thrown.
 */
public final class ChartStage {
    public final ViewCanvas canvas;
    private final ViewFailure failure;
    private final Runnable paint;
    private boolean dirty = true;

    /**
     * A chart appended to {@code parent}; {@code ariaLabel} is the canvas's first text alternative and
     * {@code role} its data-role. {@code paint} draws everything (it calls {@link ViewCanvas#begin}).
     */
    public ChartStage(HTMLElement parent, String ariaLabel, String role, Runnable paint) {
        this.paint = paint;
        HTMLElement stage = Dom.element("div", "blv-stage bll-stage", parent);
        canvas = new ViewCanvas(stage, ariaLabel);
        canvas.element.setAttribute("data-role", role);
        failure = new ViewFailure(stage);
    }

    /** Asks for a redraw at the next frame. */
    public void invalidate() {
        dirty = true;
    }

    /** Redraws when invalidated or resized; called every animation frame while the chart is shown. */
    public void frame() {
        try {
            boolean resized = canvas.fit();
            if (!resized && !dirty) {
                return;
            }
            dirty = false;
            paint.run();
            failure.clear();
        } catch (Throwable e) {
            failure.report(e);
        }
    }
}
