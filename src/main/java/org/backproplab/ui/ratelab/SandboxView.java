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
import org.backproplab.state.rate.RateLab;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.HeightRaster;
import org.backproplab.core.NumberFormat;
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
    private static final int MAX_STEPS = RateLab.SANDBOX_MAX_STEPS;
    static final OptimizerKind[] KINDS = OptimizerKind.values();
    static final String[] NAMES = {"gradient descent", "momentum", "Nesterov", "RMSprop", "Adam"};

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
    private final SandboxPicture picture = new SandboxPicture();
    private final boolean[] ran = new boolean[KINDS.length];

    private Surface surface = Surface.illConditionedQuadratic();
    private double learningRate;
    private int steps;
    private double startX;
    private double startY;
    private boolean pathsStale = true;
    private boolean dirty = true;
    private double usedMomentum = Double.NaN;
    private double usedBeta1 = Double.NaN;
    private double usedBeta2 = Double.NaN;

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
            Dom.setStyle(swatch, "background", SandboxPicture.COLORS[k]);
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
        learningRate = RateLab.sandboxRate(kind);
        steps = RateLab.sandboxSteps(kind);
        startX = surface.startX();
        startY = surface.startY();
        rateField.setValue(NumberText.format(learningRate));
        rateSlider.setValue(Double.toString(Math.log10(learningRate)));
        stepsField.setValue(Integer.toString(steps));
        formula.setTextContent(RateLab.surfaceFormula(kind));
        message.setTextContent("");
        picture.surfaceChanged();
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
            double rate = RateLab.parseSandboxRate(rateField.getValue());
            learningRate = rate;
            rateField.removeAttribute("aria-invalid");
            message.setTextContent("");
            rateSlider.setValue(Double.toString(Math.log10(rate)));
            rerun();
        } catch (IllegalArgumentException e) {
            rateField.setAttribute("aria-invalid", "true");
            message.setTextContent(RateLab.refusal(e.getMessage(), AppState.LEARNING_RATE_ALLOWED,
                    NumberText.format(learningRate)));
        }
    }

    private void readSteps() {
        try {
            steps = RateLab.parseSandboxSteps(stepsField.getValue());
            stepsField.removeAttribute("aria-invalid");
            message.setTextContent("");
            rerun();
        } catch (IllegalArgumentException e) {
            stepsField.setAttribute("aria-invalid", "true");
            message.setTextContent(RateLab.refusal(e.getMessage(), RateLab.SANDBOX_STEPS_ALLOWED,
                    Integer.toString(steps)));
        }
    }

    private void clicked(MouseEvent event) {
        double side = picture.side();
        if (!(side > 0)) {
            return;
        }
        double fx = (event.getOffsetX() - picture.left()) / side;
        double fy = (event.getOffsetY() - picture.top()) / side;
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
            paramLabels[k].setTextContent(RateLab.optimizerParameters(KINDS[k], config));
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
        startText.setTextContent(RateLab.sandboxStartLine(startX, startY, learningRate, steps));
        pathsStale = false;
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
            picture.paint(canvas, surface, paths, ran, startX, startY);
            failure.clear();
        } catch (Throwable e) {
            failure.report(e);
        }
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
