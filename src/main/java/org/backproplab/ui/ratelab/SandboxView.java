package org.backproplab.ui.ratelab;

import org.backproplab.state.Sentence;
import org.backproplab.ui.host.LabHost;
import org.backproplab.ui.chart.Legend;
import org.backproplab.ui.chart.PlotFrame;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.ViewFailure;
import org.backproplab.ui.dom.ViewPixels;
import org.backproplab.ui.host.TextField;

import org.backproplab.landscape.PathStory;
import org.backproplab.landscape.Sandbox;
import org.backproplab.landscape.SandboxPath;
import org.backproplab.landscape.Surface;
import org.backproplab.landscape.SurfaceGrid;
import org.backproplab.landscape.SurfaceKind;
import org.backproplab.optim.Optimizer;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.state.AppState;
import org.backproplab.state.NumberText;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.HeightRaster;
import org.backproplab.viz.NumberFormat;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The descent sandbox: no network, just a point (x, y) walking down a classic surface — an ill-conditioned
 * quadratic, Rosenbrock's valley or a saddle — with every chosen optimizer at once. The surface is a heatmap
 * with contour bands (computed once per surface), each optimizer's path a polyline in its colour and dash
 * pattern, and under the picture one sentence per path on what it does. A click on the picture moves the
 * start; so do the arrow keys while the picture has the focus.
 */
public final class SandboxView {
    private static final int GRID = 256;
    private static final int MAX_STEPS = 1000;
    private static final OptimizerKind[] KINDS = OptimizerKind.values();
    /** Vermillion, blue, bluish green, purple, near-black: apart for colour-blind eyes and on the light heatmap. */
    private static final String[] COLORS = {"#d55e00", "#0072b2", "#009e73", "#aa4499", "#1f2933"};
    private static final String[] NAMES = {"gradient descent", "momentum", "Nesterov", "RMSprop", "Adam"};
    private static final ColorScale VALLEY = new ColorScale(0xFFFFFF, 0xE6EEF6, 0xB4C9DE);
    private static final ColorScale SADDLE = new ColorScale(0xF2D3B5, 0xF7F7F7, 0xBCD2E8);
    private static final double MARGIN = 28;

    private final LabHost view;
    private final HTMLSelectElement surfaceSelect;
    private final HTMLInputElement rateField;
    private final HTMLInputElement rateSlider;
    private final HTMLInputElement stepsField;
    private final HTMLElement message;
    private final HTMLInputElement[] checks = new HTMLInputElement[KINDS.length];
    private final HTMLElement[] paramLabels = new HTMLElement[KINDS.length];
    private final HTMLElement startText;
    private final HTMLElement stories;
    private final HTMLElement formula;
    private final ViewCanvas canvas;
    private final ViewFailure failure;
    private final SandboxPath[] paths = new SandboxPath[KINDS.length];
    private final boolean[] ran = new boolean[KINDS.length];
    private final SurfaceGrid grid = new SurfaceGrid(GRID, GRID);
    private final int[] pixels = new int[GRID * GRID];
    private ViewPixels heatmap;
    private final Legend legend = new Legend(KINDS.length);

    private Surface surface = Surface.illConditionedQuadratic();
    private double learningRate;
    private int steps;
    private double startX;
    private double startY;
    private boolean heatmapStale = true;
    private boolean pathsStale = true;
    private boolean dirty = true;
    private double usedMomentum = Double.NaN;
    private double usedBeta1 = Double.NaN;
    private double usedBeta2 = Double.NaN;
    // the picture's square, for clicks
    private double plotLeft;
    private double plotTop;
    private double plotSide;

    SandboxView(HTMLElement parent, LabHost view, Guard guard) {
        this.view = view;
        HTMLElement intro = Dom.element("p", "bll-intro", parent);
        intro.setTextContent("No network here: the point (x, y) is the parameter vector and f(x, y) is the cost. "
                + "Each optimizer starts at the same point with the same α; click the picture (or use the arrow keys on it) to start elsewhere.");

        HTMLElement bar = Dom.element("div", "bll-bar bll-sandbox-bar", parent);
        HTMLElement surfaceLabel = Dom.element("label", "bll-field", bar);
        Dom.span("", "Surface", surfaceLabel);
        surfaceSelect = (HTMLSelectElement) Dom.element("select", "", surfaceLabel);
        surfaceSelect.setAttribute("data-role", "sandbox-surface");
        StringBuilder options = new StringBuilder();
        for (SurfaceKind kind : SurfaceKind.values()) {
            options.append("<option value=\"").append(kind.id()).append("\">").append(kind.title()).append("</option>");
        }
        surfaceSelect.setInnerHTML(options.toString());
        guard.listen(surfaceSelect, "change", "choosing the surface",
                (Event e) -> setSurface(SurfaceKind.fromId(surfaceSelect.getValue())));

        HTMLElement rateLabel = Dom.element("label", "bll-field", bar);
        Dom.span("", "α", rateLabel);
        rateField = textInput(rateLabel, "sandbox-rate", "decimal");
        rateSlider = (HTMLInputElement) Dom.element("input", "bll-slider", bar);
        rateSlider.setType("range");
        rateSlider.setAttribute("min", "-4");
        rateSlider.setAttribute("max", "0");
        rateSlider.setAttribute("step", "0.05");
        rateSlider.setAttribute("aria-label", "α of the sandbox (logarithmic, 0.0001 to 1)");
        guard.listen(rateSlider, "input", "moving the sandbox's α slider", (Event e) -> {
            slid();
        });
        guard.listen(rateField, "change", "reading the sandbox's α", (Event e) -> readRate());
        HTMLElement stepsLabel = Dom.element("label", "bll-field", bar);
        Dom.span("", "Steps", stepsLabel);
        stepsField = textInput(stepsLabel, "sandbox-steps", "numeric");
        guard.listen(stepsField, "change", "reading the sandbox's steps", (Event e) -> readSteps());
        message = Dom.element("p", "bl-message bll-message", parent);
        message.setAttribute("aria-live", "polite");

        HTMLElement choices = Dom.element("fieldset", "bll-optimizers", parent);
        HTMLElement legend = Dom.element("legend", "", choices);
        legend.setTextContent("Optimizers to compare");
        for (int k = 0; k < KINDS.length; k++) {
            HTMLElement label = Dom.element("label", "bll-check", choices);
            HTMLInputElement check = (HTMLInputElement) Dom.element("input", "", label);
            check.setType("checkbox");
            check.setChecked(KINDS[k] == OptimizerKind.SGD || KINDS[k] == OptimizerKind.MOMENTUM);
            check.setAttribute("data-role", "sandbox-" + KINDS[k].id());
            HTMLElement swatch = Dom.span("bll-dot", "", label);
            swatch.setAttribute("aria-hidden", "true");
            Dom.setStyle(swatch, "background", COLORS[k]);
            Dom.span("", NAMES[k], label);
            paramLabels[k] = Dom.span("bll-param", "", label);
            checks[k] = check;
            guard.listen(check, "change", "choosing the optimizers", (Event e) -> rerun());
        }

        HTMLElement body = Dom.element("div", "bll-body bll-sandbox-body", parent);
        HTMLElement picture = Dom.element("div", "bll-chart", body);
        HTMLElement stage = Dom.element("div", "blv-stage bll-stage bll-surface-stage", picture);
        canvas = new ViewCanvas(stage, "The surface as a heatmap with each optimizer's path; arrow keys move the start");
        canvas.element.setAttribute("data-role", "sandbox-canvas");
        canvas.element.setAttribute("tabindex", "0");
        failure = new ViewFailure(stage);
        guard.listen(canvas.element, "click", "moving the start", (MouseEvent e) -> clicked(e));
        guard.listen(canvas.element, "keydown", "moving the start", (KeyboardEvent e) -> keyPressed(e));
        HTMLElement side = Dom.element("div", "bll-stories", body);
        formula = Dom.element("p", "bll-formula", side);
        HTMLElement startRow = Dom.element("p", "bll-start", side);
        startText = Dom.span("", "", startRow);
        HTMLButtonElement resetStart = (HTMLButtonElement) Dom.element("button", "bl-button bl-small", startRow);
        resetStart.setType("button");
        resetStart.setTextContent("Back to the classic start");
        guard.listen(resetStart, "click", "resetting the start", (Event e) -> {
            startX = surface.startX();
            startY = surface.startY();
            rerun();
        });
        stories = Dom.element("ul", "bll-story-list", side);
        stories.setAttribute("data-role", "sandbox-stories");
        stories.setAttribute("aria-live", "polite");
        for (int k = 0; k < KINDS.length; k++) {
            paths[k] = new SandboxPath(MAX_STEPS + 1);
        }
        setSurface(SurfaceKind.QUADRATIC);
    }

    private static HTMLInputElement textInput(HTMLElement parent, String role, String mode) {
        HTMLInputElement input = (HTMLInputElement) Dom.element("input", "bll-number", parent);
        input.setType("text");
        input.setAttribute("inputmode", mode);
        input.setAttribute("autocomplete", "off");
        input.setAttribute("spellcheck", "false");
        input.setAttribute("data-role", role);
        return input;
    }

    /** A surface with the α, steps and start that show it best. */
    private void setSurface(SurfaceKind kind) {
        surface = Surface.defaults(kind);
        surfaceSelect.setValue(kind.id());
        switch (kind) {
            case QUADRATIC: learningRate = 0.08; steps = 150; break;
            case ROSENBROCK: learningRate = 0.002; steps = 500; break;
            default: learningRate = 0.01; steps = 200; break;
        }
        startX = surface.startX();
        startY = surface.startY();
        rateField.setValue(NumberText.format(learningRate));
        rateSlider.setValue(Double.toString(Math.log10(learningRate)));
        stepsField.setValue(Integer.toString(steps));
        formula.setTextContent(kind.title() + ": " + kind.formula() + (kind == SurfaceKind.QUADRATIC
                ? " with a = 20, b = 1: 20 times steeper across the valley (x) than along it (y)."
                : kind == SurfaceKind.ROSENBROCK ? ": a curved, flat-bottomed valley; the minimum is at (1, 1)."
                : ": downhill along y, uphill along x; (0, 0) is a saddle point, not a minimum."));
        message.setTextContent("");
        heatmapStale = true;
        rerun();
    }

    private void slid() {
        learningRate = AppState.learningRateAtSlider(Double.parseDouble(rateSlider.getValue()));
        rateField.setValue(NumberText.format(learningRate));
        rateField.removeAttribute("aria-invalid");
        message.setTextContent("");
        rerun();
    }

    private void readRate() {
        try {
            double rate = NumberText.parse(rateField.getValue(), "α");
            if (!(rate >= AppState.MIN_LEARNING_RATE && rate <= AppState.MAX_LEARNING_RATE)) {
                throw new IllegalArgumentException("α must be " + AppState.LEARNING_RATE_ALLOWED + ", but is "
                        + NumberText.shorten(rateField.getValue().trim()));
            }
            learningRate = rate;
            rateField.removeAttribute("aria-invalid");
            message.setTextContent("");
            rateSlider.setValue(Double.toString(Math.log10(rate)));
            rerun();
        } catch (IllegalArgumentException e) {
            rateField.setAttribute("aria-invalid", "true");
            message.setTextContent(Sentence.capitalized(e.getMessage()) + "; allowed: " + AppState.LEARNING_RATE_ALLOWED + ". Kept "
                    + NumberText.format(learningRate) + ".");
        }
    }

    private void readSteps() {
        try {
            long value = NumberText.parseWhole(stepsField.getValue(), "steps");
            if (value < 1 || value > MAX_STEPS) {
                throw new IllegalArgumentException("steps must be 1 to " + MAX_STEPS + ", but is " + value);
            }
            steps = (int) value;
            stepsField.removeAttribute("aria-invalid");
            message.setTextContent("");
            rerun();
        } catch (IllegalArgumentException e) {
            stepsField.setAttribute("aria-invalid", "true");
            message.setTextContent(Sentence.capitalized(e.getMessage()) + "; allowed: a whole number from 1 to "
                    + MAX_STEPS + ". Kept " + steps + ".");
        }
    }

    private void clicked(MouseEvent event) {
        if (!(plotSide > 0)) {
            return;
        }
        double fx = (event.getOffsetX() - plotLeft) / plotSide;
        double fy = (event.getOffsetY() - plotTop) / plotSide;
        if (fx < 0 || fx > 1 || fy < 0 || fy > 1) {
            return;
        }
        startX = surface.minX() + fx * (surface.maxX() - surface.minX());
        startY = surface.maxY() - fy * (surface.maxY() - surface.minY());
        rerun();
    }

    /**
     * The keyboard's way to move the start: an arrow key moves it a twentieth of the picture (a hundredth
     * with Shift) in its direction, up being +y, and never out of the picture.
     */
    private void keyPressed(KeyboardEvent event) {
        double dx = 0;
        double dy = 0;
        switch (event.getKey()) {
            case "ArrowLeft" -> dx = -1;
            case "ArrowRight" -> dx = 1;
            case "ArrowUp" -> dy = 1;
            case "ArrowDown" -> dy = -1;
            default -> {
                return;
            }
        }
        event.preventDefault();
        double fraction = event.isShiftKey() ? 0.01 : 0.05;
        startX = Math.max(surface.minX(), Math.min(surface.maxX(),
                startX + dx * fraction * (surface.maxX() - surface.minX())));
        startY = Math.max(surface.minY(), Math.min(surface.maxY(),
                startY + dy * fraction * (surface.maxY() - surface.minY())));
        rerun();
    }

    private void rerun() {
        pathsStale = true;
        dirty = true;
    }

    /** Runs every chosen optimizer from the start and rewrites the sentences. */
    private void runPaths() {
        AppState state = view.state();
        usedMomentum = state.momentum();
        usedBeta1 = state.beta1();
        usedBeta2 = state.beta2();
        StringBuilder html = new StringBuilder();
        for (int k = 0; k < KINDS.length; k++) {
            OptimizerConfig config = OptimizerConfig.defaults(KINDS[k]).withMomentum(usedMomentum)
                    .withBeta1(usedBeta1).withBeta2(usedBeta2);
            paramLabels[k].setTextContent(parameters(KINDS[k], config));
            ran[k] = checks[k].isChecked();
            if (!ran[k]) {
                continue;
            }
            Optimizer optimizer = config.create(2);
            Sandbox.run(surface, optimizer, learningRate, startX, startY, steps, paths[k]);
            html.append("<li><span class=\"bll-dot\" data-color=\"").append(k).append("\" aria-hidden=\"true\"></span>")
                    .append(Sentence.escapeHtml(PathStory.describe(Sentence.capitalized(NAMES[k]), surface, paths[k], steps)))
                    .append("</li>");
        }
        if (html.length() == 0) {
            html.append("<li>Tick at least one optimizer above to see its path.</li>");
        }
        stories.setInnerHTML(html.toString());
        startText.setTextContent("Start (" + NumberFormat.format(startX, 2) + ", " + NumberFormat.format(startY, 2)
                + "), α = " + NumberText.format(learningRate) + ", " + steps + " steps. ");
        pathsStale = false;
    }

    private static String parameters(OptimizerKind kind, OptimizerConfig config) {
        switch (kind) {
            case MOMENTUM:
            case NESTEROV: return "μ = " + NumberText.format(config.momentum());
            case RMSPROP: return "ρ = " + NumberText.format(config.alpha());
            case ADAM: return "β₁ = " + NumberText.format(config.beta1()) + ", β₂ = " + NumberText.format(config.beta2());
            default: return "";
        }
    }

    void frame() {
        try {
            AppState state = view.state();
            if (state.momentum() != usedMomentum || state.beta1() != usedBeta1 || state.beta2() != usedBeta2) {
                rerun();
            }
            boolean resized = canvas.fit();
            if (!resized && !dirty) {
                return;
            }
            dirty = false;
            if (pathsStale) {
                runPaths();
            }
            paint();
            failure.clear();
        } catch (Throwable e) {
            failure.report(e);
        }
    }

    private void paint() {
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
        for (int k = 0; k < KINDS.length; k++) {
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
        for (int k = 0; k < KINDS.length; k++) {
            if (ran[k]) {
                legend.add(NAMES[k], COLORS[k], k);
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

    // ---- for the scripting API (tests)

    /** How many optimizers' paths are drawn. */
    public int pathCount() {
        int count = 0;
        for (int k = 0; k < KINDS.length; k++) {
            count += ran[k] && paths[k].count() > 1 ? 1 : 0;
        }
        return count;
    }
}
