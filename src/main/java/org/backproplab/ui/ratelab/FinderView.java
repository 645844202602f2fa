package org.backproplab.ui.ratelab;

import org.backproplab.ui.host.LabHost;
import org.backproplab.ui.chart.ChartStage;
import org.backproplab.ui.chart.LogScaleToggle;
import org.backproplab.ui.chart.PlotFrame;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.Dom;

import org.backproplab.state.LabSession;
import org.backproplab.state.rate.RateLab;
import org.backproplab.train.LearningRateFinder;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.state.rate.RaceFill;
import org.backproplab.train.TrainingConfig;
import org.backproplab.viz.CurveGeometry;
import org.backproplab.core.NumberFormat;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The learning-rate finder: a sweep of α from 0.0001 to 10 on a log scale, each trained the same number of
 * steps from the lab's starting weights, done in slices a few per animation frame with a progress bar and
 * a Cancel button; the final cost is plotted against α (diverged α as crosses along the top), the best α is
 * marked, and one button applies it to the lab.
 */
public final class FinderView {
    private static final String POINT_COLOR = "#0b5394";
    private static final String BEST_COLOR = "#1b7a3a";
    private static final double TOP = 30;
    private static final double RIGHT = 16;
    private static final double BOTTOM = 34;
    private static final String X_TITLE = "learning rate α (log scale) →";
    private static final String Y_TITLE = "J after " + LearningRateFinder.DEFAULT_STEPS_PER_RATE + " steps";
    private static final String Y_TITLE_LOG = Y_TITLE + " (log scale)";

    private final LabHost view;
    private final LearningRateLab owner;
    private final HTMLButtonElement startButton;
    private final HTMLElement progressBar;
    private final HTMLElement progressFill;
    private final HTMLElement progressText;
    private final HTMLElement result;
    private final HTMLButtonElement useButton;
    private final HTMLButtonElement raceButton;
    private final LogScaleToggle logScale;
    private final ChartStage chart;
    private final ViewCanvas canvas;
    private final CurveGeometry geometry = new CurveGeometry();
    private final double[] logRates = new double[LearningRateFinder.DEFAULT_RATE_COUNT];
    private final PlotFrame plotFrame = new PlotFrame(geometry, TOP, RIGHT, BOTTOM, true, false);
    private LearningRateFinder finder;
    /** The race's four rates, measured around the stable limit with the finder's best α among them (null: none). */
    private RaceFill check;
    private long seed;
    private Network start;
    private Dataset data;
    private TrainingConfig config;
    private boolean running;
    private double suggestion = Double.NaN;

    FinderView(HTMLElement parent, LabHost view, Guard guard, LearningRateLab owner) {
        this.view = view;
        this.owner = owner;
        HTMLElement intro = Dom.element("p", "bll-intro", parent);
        intro.setTextContent("The finder trains the lab's network from its starting weights for "
                + LearningRateFinder.DEFAULT_STEPS_PER_RATE + " steps with each of "
                + LearningRateFinder.DEFAULT_RATE_COUNT + " learning rates from 0.0001 to 10, and plots where J "
                + "ends. Too small: J hardly moves. Too large: J bounces or explodes. The best α sits in the valley, "
                + "usually just below where the runs start to diverge.");
        HTMLElement bar = Dom.element("div", "bll-bar", parent);
        startButton = (HTMLButtonElement) Dom.element("button", "bl-button bl-primary", bar);
        startButton.setType("button");
        startButton.setTextContent("▶ Sweep α");
        startButton.setAttribute("data-role", "finder-start");
        guard.listen(startButton, "click", "sweeping the learning rate", (Event e) -> startOrCancel());
        progressBar = Dom.element("div", "bll-progress", bar);
        progressBar.setAttribute("role", "progressbar");
        progressBar.setAttribute("aria-label", "Sweep progress");
        progressBar.setAttribute("aria-valuemin", "0");
        progressBar.setAttribute("aria-valuemax", "100");
        progressBar.setAttribute("aria-valuenow", "0");
        progressBar.setAttribute("data-role", "finder-progress");
        progressFill = Dom.element("div", "bll-progress-fill", progressBar);
        progressText = Dom.span("bll-progress-text", "not run yet", bar);
        logScale = new LogScaleToggle(bar, "blv-toggle bll-log", true, this::redraw);

        HTMLElement chartBox = Dom.element("div", "bll-chart bll-finder-chart", parent);
        chart = new ChartStage(chartBox, "Final cost J against learning rate α: not swept yet", "finder-canvas",
                this::paint);
        canvas = chart.canvas;

        HTMLElement outcome = Dom.element("div", "bll-bar bll-outcome", parent);
        result = Dom.element("p", "bll-result", outcome);
        result.setAttribute("aria-live", "polite");
        result.setAttribute("data-role", "finder-result");
        useButton = (HTMLButtonElement) Dom.element("button", "bl-button bl-primary", outcome);
        useButton.setType("button");
        useButton.setAttribute("data-role", "finder-use");
        useButton.setHidden(true);
        guard.listen(useButton, "click", "using the finder's α", (Event e) -> useBest());
        raceButton = (HTMLButtonElement) Dom.element("button", "bl-button", outcome);
        raceButton.setType("button");
        raceButton.setTextContent("Race four of these rates");
        raceButton.setTitle("Fill the race with a too small, a good, a too large and a diverging α, measured around the"
                + " stable limit with the finder's best α among them, each labelled by what it did in a race");
        raceButton.setAttribute("data-role", "finder-race");
        raceButton.setHidden(true);
        guard.listen(raceButton, "click", "racing the finder's rates", (Event e) -> {
            if (check != null && check.isDone()) {
                owner.raceWith(check);
            }
        });
        result.setTextContent("Press Sweep α to measure every α on this problem (about "
                + LearningRateFinder.DEFAULT_RATE_COUNT * LearningRateFinder.DEFAULT_STEPS_PER_RATE
                + " training steps in all).");
    }

    private void startOrCancel() {
        if (running || check != null && !check.isDone()) {
            cancel();
            return;
        }
        LabSession lab = view.lab();
        start = lab.initialNetwork();
        data = lab.trainData();
        config = lab.trainer().config();
        seed = view.state().seed();
        check = null;
        finder = new LearningRateFinder(start, data, config);
        for (int i = 0; i < finder.rateCount(); i++) {
            logRates[i] = Math.log10(finder.rate(i));
        }
        running = true;
        suggestion = Double.NaN;
        useButton.setHidden(true);
        raceButton.setHidden(true);
        owner.race().setFinderFill(null);
        result.setTextContent("Sweeping…");
        showProgress();
        chart.invalidate();
    }

    /** Stops a running sweep (what it measured so far stays) or the check of its rates. */
    void cancel() {
        if (check != null && !check.isDone()) {
            check = null;
            showProgress();
        }
        if (!running) {
            return;
        }
        finder.cancel();
        running = false;
        finished();
    }

    /** Whether a sweep or the check of its rates is under way. */
    boolean busy() {
        return running || check != null && !check.isDone();
    }

    /** Slices of sweep steps (or the check's units), at least one, until {@code deadline} (Performance.now() time). */
    void advance(double deadline) {
        if (running) {
            boolean done;
            do {
                done = finder.advanceSlice();
            } while (!done && Performance.now() < deadline);
            chart.invalidate();
            showProgress();
            if (done) {
                running = false;
                finished();
            }
        } else if (check != null && !check.isDone()) {
            if (!FillBands.advance(check, deadline)) {
                owner.race().setFinderFill(check);
                raceButton.setHidden(false);
                result.setTextContent(result.getTextContent() + " " + check.checked(finder.bestRate()));
            }
            showProgress();
        }
    }

    private void finished() {
        showProgress();
        int best = finder.bestIndex();
        if (best < 0) {
            result.setTextContent(finder.measuredCount() == 0 ? "Cancelled before any α was measured."
                    : "Every α measured so far diverged: the problem needs an α below 0.0001.");
            chart.invalidate();
            return;
        }
        suggestion = RateLab.rounded(finder.rate(best));
        int firstDiverged = finder.smallestDivergedIndex();
        result.setTextContent((finder.isCancelled() ? "Cancelled after " + finder.measuredCount() + " of "
                + finder.rateCount() + " rates. So far the best" : "Best") + ": α ≈ " + NumberFormat.format(suggestion, 2)
                + ", J = " + NumberFormat.format(finder.finalCost(best), 3) + " after "
                + finder.stepsPerRate() + " steps (J was " + NumberFormat.format(finder.startingCost(), 3) + ")."
                + (firstDiverged >= 0 ? " From α = " + NumberFormat.format(finder.rate(firstDiverged), 2)
                        + " on, training diverged." : " No α up to " + NumberFormat.format(finder.rate(
                                finder.measuredCount() - 1), 2) + " diverged."));
        useButton.setTextContent("Use α = " + NumberFormat.format(suggestion, 2));
        useButton.setAttribute("aria-label", "Use α = " + NumberFormat.format(suggestion, 2)
                + " in the lab and close the α lab");
        useButton.setHidden(false);
        check = finder.isCancelled() ? null : new RaceFill(start, data, config, RaceView.RACE_STEPS, seed, new double[] {finder.bestRate()});
        chart.invalidate();
    }

    private void useBest() {
        if (suggestion == suggestion) {
            view.change(view.state().withLearningRate(suggestion));
            owner.close();
        }
    }

    private void showProgress() {
        double progress = finder == null ? 0 : Math.max(0, Math.min(1, finder.progress()));
        int percent = (int) (progress * 100 + 0.5);
        Dom.setStyle(progressFill, "width", percent + "%");
        progressBar.setAttribute("aria-valuenow", Integer.toString(percent));
        boolean checking = check != null && !check.isDone();
        if (checking) {
            percent = (int) (check.progress() * 100 + 0.5);
            Dom.setStyle(progressFill, "width", percent + "%");
            progressBar.setAttribute("aria-valuenow", Integer.toString(percent));
        }
        startButton.setTextContent(running || checking ? "■ Cancel" : "▶ Sweep α");
        progressText.setTextContent(finder == null ? "not run yet"
                : running ? finder.measuredCount() + " of " + finder.rateCount() + " rates"
                : checking ? "checking four rates for the race: " + percent + " %"
                : finder.isCancelled() ? "cancelled" : "done: " + finder.rateCount() + " rates");
    }

    void frame() {
        chart.frame();
    }

    private void redraw() {
        chart.invalidate();
    }

    private void paint() {
        canvas.begin();
        if (!canvas.isDrawable()) {
            return;
        }
        CanvasRenderingContext2D g = canvas.context;
        plotFrame.startCostRange(logScale.isOn());
        int measured = finder == null ? 0 : finder.measuredCount();
        for (int i = 0; i < measured; i++) {
            plotFrame.includeCost(finder.finalCost(i));
        }
        if (finder != null) {
            plotFrame.includeCost(finder.startingCost());
        }
        geometry.setTickTargets(5, Math.max(2, (int) (canvas.height() / 50)));
        plotFrame.fitCosts(Math.log10(LearningRateFinder.DEFAULT_MIN_RATE), Math.log10(LearningRateFinder.DEFAULT_MAX_RATE));
        if (!plotFrame.layout(g, canvas.width(), canvas.height(), 40)) {
            return;
        }
        double left = plotFrame.left();
        double width = plotFrame.width();
        double height = plotFrame.height();
        plotFrame.draw(g, X_TITLE, logScale.isOn() ? Y_TITLE_LOG : Y_TITLE, canvas.height());
        if (finder == null) {
            return;
        }
        // the starting cost: a run below this line learned something
        double startY = geometry.y(finder.startingCost());
        g.beginPath();
        g.moveTo(left, startY);
        g.lineTo(left + width, startY);
        g.setLineDash(Dom.dashes(4, 4));
        g.setStrokeStyle("#8a96a3");
        g.setLineWidth(1);
        g.stroke();
        g.setLineDash(Dom.dashes(0, 0));
        g.setFont(PlotFrame.FONT);
        g.setFillStyle("#52606d");
        g.setTextAlign("left");
        g.setTextBaseline("bottom");
        g.fillText("J at the start", left + 4, startY - 2);

        // the finite points joined by a line, diverged ones as crosses along the top
        g.beginPath();
        boolean drawing = false;
        for (int i = 0; i < measured; i++) {
            double cost = finder.finalCost(i);
            if (finder.isDiverged(i) || !geometry.isPlottable(cost)) {
                drawing = false;
                continue;
            }
            double x = geometry.x(logRates[i]);
            double y = geometry.y(cost);
            if (drawing) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                drawing = true;
            }
        }
        g.setStrokeStyle(POINT_COLOR);
        g.setLineWidth(2);
        g.stroke();
        for (int i = 0; i < measured; i++) {
            double x = geometry.x(logRates[i]);
            if (finder.isDiverged(i)) {
                PlotFrame.crossMark(g, x, TOP, 5.5, PlotFrame.DIVERGED_COLOR);
            } else if (geometry.isPlottable(finder.finalCost(i))) {
                g.beginPath();
                g.arc(x, geometry.y(finder.finalCost(i)), 3, 0, 2 * Math.PI);
                g.setFillStyle(POINT_COLOR);
                g.fill();
            }
        }
        int firstDiverged = finder.smallestDivergedIndex();
        if (firstDiverged >= 0) {
            g.setFont(PlotFrame.BOLD_FONT);
            g.setFillStyle(PlotFrame.DIVERGED_COLOR);
            g.setTextAlign("right");
            g.setTextBaseline("middle");
            g.fillText("diverged ✕", geometry.x(logRates[firstDiverged]) - 10, TOP);
        }
        int best = finder.bestIndex();
        if (best >= 0 && !running) {
            double x = geometry.x(logRates[best]);
            double y = geometry.y(finder.finalCost(best));
            g.beginPath();
            g.moveTo(x, TOP + 10);
            g.lineTo(x, TOP + height);
            g.setLineDash(Dom.dashes(3, 3));
            g.setStrokeStyle(BEST_COLOR);
            g.setLineWidth(1.5);
            g.stroke();
            g.setLineDash(Dom.dashes(0, 0));
            g.beginPath();
            g.arc(x, y, 7, 0, 2 * Math.PI);
            g.setStrokeStyle(BEST_COLOR);
            g.setLineWidth(2.5);
            g.stroke();
            g.setFont(PlotFrame.BOLD_FONT);
            g.setFillStyle(BEST_COLOR);
            boolean onLeft = x > left + width * 0.6;
            g.setTextAlign(onLeft ? "right" : "left");
            g.setTextBaseline("middle");
            g.fillText("best α ≈ " + NumberFormat.format(suggestion, 2), onLeft ? x - 12 : x + 12,
                    Math.min(TOP + height - 10, y + 18));
            canvas.element.setAttribute("aria-label", "Final cost J against learning rate α: " + result.getTextContent());
        }
    }

    // ---- for the scripting API (tests)

    boolean isRunning() {
        return running;
    }

    public boolean isDone() {
        return finder != null && !running;
    }

    /** Whether the rates for the race have been measured and checked after the sweep. */
    public boolean isChecked() {
        return check != null && check.isDone();
    }

    /** The α that "use α" applies (the best measured, rounded to two digits); NaN before a result. */
    public double suggestion() {
        return suggestion;
    }

    /** The finder's best α as measured (unrounded); NaN before a result. */
    public double bestRate() {
        return finder == null ? Double.NaN : finder.bestRate();
    }
}
