package org.backproplab.ui.chart;

import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.Dom;

import org.backproplab.optim.LearningRateSchedule;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.state.AppState;
import org.backproplab.state.NumberText;
import org.backproplab.state.rate.RateLab;
import org.backproplab.core.NumberFormat;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A small plot of the learning-rate schedule α(t) under the Schedule select, drawn from
 * {@link LearningRateSchedule#sample}, with a dot where the lab is now. Hidden for a constant α.
 */
public final class SchedulePlot {
    private static final int SAMPLES = 121;
    private static final String LINE_COLOR = "#0b5394";

    private final HTMLElement container;
    private final HTMLElement caption;
    private ViewCanvas canvas;
    private final double[] iterations = new double[SAMPLES];
    private final double[] rates = new double[SAMPLES];
    private LearningRateScheduleKind drawnKind;
    private double drawnRate = Double.NaN;
    private long drawnHorizon = -1;
    private long drawnIteration = -1;

    public SchedulePlot(HTMLElement container) {
        this.container = container;
        caption = Dom.element("p", "bll-schedule-caption", container);
        caption.setAttribute("data-role", "schedule-caption");
        container.setHidden(true);
    }

    /** Draws α(t) of the state's schedule when anything it shows changed. */
    public void draw(AppState state, long iteration) {
        boolean constant = state.schedule() == LearningRateScheduleKind.CONSTANT;
        if (container.isHidden() != constant) {
            container.setHidden(constant);
        }
        if (constant) {
            drawnKind = null;
            return;
        }
        if (canvas == null) {
            // made on first need, so that a lab with a constant α carries no hidden canvas
            HTMLElement stage = Dom.element("div", "blv-stage bll-schedule-stage", container);
            canvas = new ViewCanvas(stage, "α(t): the learning rate over the training steps");
        }
        long horizon = RateLab.scheduleHorizon(iteration);
        boolean resized = canvas.fit();
        // the dot moves a pixel every horizon/width iterations; redrawing more often than that is waste
        long dotStep = Math.max(1, horizon / 200);
        if (!resized && state.schedule() == drawnKind && state.learningRate() == drawnRate && horizon == drawnHorizon
                && iteration / dotStep == drawnIteration / dotStep) {
            return;
        }
        if (state.schedule() != drawnKind || state.learningRate() != drawnRate) {
            LearningRateSchedule schedule = LearningRateSchedule.defaults(state.schedule());
            caption.setTextContent("α(t) = " + state.schedule().formula() + parameters(schedule));
        }
        drawnKind = state.schedule();
        drawnRate = state.learningRate();
        drawnHorizon = horizon;
        drawnIteration = iteration;
        paint(state, iteration, horizon);
        canvas.element.setAttribute("aria-label", "α(t) from " + NumberFormat.format(state.learningRate(), 3)
                + " at t = 0 to " + NumberFormat.format(rates[SAMPLES - 1], 3) + " at t = " + horizon);
    }

    private static String parameters(LearningRateSchedule s) {
        switch (s.kind()) {
            case STEP: return ", γ = " + NumberFormat.format(s.factor(), 3) + ", s = " + s.stepSize();
            case EXPONENTIAL: return ", γ = " + NumberFormat.format(s.factor(), 3);
            case INVERSE_TIME: return ", k = " + NumberFormat.format(s.decay(), 3);
            case COSINE: return ", T = " + s.period() + ", α_min = " + NumberFormat.format(s.minimumRate(), 3);
            default: return "";
        }
    }

    private void paint(AppState state, long iteration, long horizon) {
        canvas.begin();
        if (!canvas.isDrawable()) {
            return;
        }
        LearningRateSchedule schedule = LearningRateSchedule.defaults(state.schedule());
        double base = state.learningRate();
        schedule.sample(base, horizon, iterations, rates, SAMPLES);
        double max = 0;
        for (int i = 0; i < SAMPLES; i++) {
            max = Math.max(max, rates[i]);
        }
        CanvasRenderingContext2D g = canvas.context;
        double left = 4;
        double top = 14;
        double width = canvas.width() - 8;
        double height = canvas.height() - top - 14;
        if (width < 20 || height < 10 || !(max > 0)) {
            return;
        }
        g.setStrokeStyle(PlotFrame.FRAME_COLOR);
        g.setLineWidth(1);
        g.beginPath();
        g.moveTo(left, top);
        g.lineTo(left, top + height + 0.5);
        g.lineTo(left + width, top + height + 0.5);
        g.stroke();
        g.beginPath();
        for (int i = 0; i < SAMPLES; i++) {
            double x = left + iterations[i] / horizon * width;
            double y = top + height - rates[i] / max * height;
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.setStrokeStyle(LINE_COLOR);
        g.setLineWidth(2);
        g.stroke();
        double now = schedule.rate(base, Math.min(iteration, horizon));
        double dotX = left + Math.min(iteration, horizon) / (double) horizon * width;
        double dotY = top + height - now / max * height;
        g.beginPath();
        g.arc(dotX, dotY, 4, 0, 2 * Math.PI);
        g.setFillStyle("#d55e00");
        g.fill();
        g.setFont(PlotFrame.FONT);
        g.setFillStyle(PlotFrame.AXIS_COLOR);
        g.setTextBaseline("top");
        g.setTextAlign("left");
        g.fillText("α = " + NumberFormat.format(base, 3), left + 4, 0);
        g.setTextAlign("right");
        g.fillText("now: " + NumberFormat.format(now, 3), left + width, 0);
        g.setTextBaseline("bottom");
        g.fillText("t = " + NumberText.grouped(horizon), left + width, canvas.height());
        g.setTextAlign("left");
        g.fillText("t = 0", left + 4, canvas.height());
    }
}
