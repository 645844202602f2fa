package org.backproplab.ui.microscope;

import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.ViewFailure;
import org.backproplab.ui.host.LabHost;

import java.util.function.BooleanSupplier;
import org.backproplab.core.Network;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.landscape.ChainRule;
import org.backproplab.landscape.CostSlice;
import org.backproplab.landscape.LearningRateDemo;
import org.backproplab.landscape.SliceTrail;
import org.backproplab.landscape.Trajectory2D;
import org.backproplab.landscape.WeightNames;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.text.MicroscopeText;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One weight under the microscope: the panel that opens when a weight is selected (AppState.selectedWeight,
 * w1 in the URL). It shows how backpropagation gets ∂J/∂w for that weight (the chain rule with the lab's
 * own numbers, as MathML), the gradient-descent update it leads to, the cost J along the weight with the
 * tangent and the next step, learning-rate demos on that slice, and — with a second weight (w2) — the
 * cost map over both. The panel takes the place of the output view while open.
 *
 * <p>Everything is measured over the whole training set (the J the lab reports; for full-batch training
 * exactly the gradient of the next step) and recomputed only when the lab's revision changes; the 2-D
 * map uses at most {@value MapSection#MAP_ROWS} evenly spaced training examples and is refreshed every few frames
 * while training runs.
 */
public final class MicroscopeView {
    /** While training runs, the panel's work aims at about this many milliseconds per frame (each of slice and map). */
    private static final double BUDGET_MS = 4;

    private final LabHost settings;
    private final Guard guard;
    private final BooleanSupplier playing;
    private final Runnable pause;
    private final HTMLElement root;
    private final HTMLElement panel;
    private final HTMLElement outputPanel;
    private final HTMLButtonElement openButton;
    private final WeightPickers pickers;
    private final ChainRuleSection formulas;
    private final SliceSection slicePart;
    private final SliceDemo demoRun;
    private final MapSection map;
    private final HTMLElement summary;
    private final ViewFailure failure;
    private final HTMLElement body;
    private final HTMLElement afterAnswer;
    private boolean veiled;

    private Network network;
    private Dataset data;
    private CostSlice slice;
    private ChainRule rule;
    private LearningRateDemo demo;

    private boolean open;
    private int drawnRevision = Integer.MIN_VALUE;
    private int drawnIndex = -2;
    private int drawnSecond = -2;
    private int drawnExample = -1;
    private long recordedIteration = -1;
    private int presetsRevision = Integer.MIN_VALUE;
    private int presetsIndex = -1;
    private int framesSinceMeasure;
    private int measureInterval = 1;
    private String shownSummary = "";
    /** The α of the last measure: the trainer's rate for its next step. */
    private double lastRate = Double.NaN;

    /**
     * Builds the panel inside the lab's {@code data-role="microscope"} section; {@code playing} and
     * {@code pause} reach the lab's animation (a demo pauses training).
     */
    public MicroscopeView(HTMLElement root, LabHost settings, Guard guard, BooleanSupplier playing, Runnable pause) {
        this.root = root;
        this.settings = settings;
        this.guard = guard;
        this.playing = playing;
        this.pause = pause;
        panel = Dom.role(root, "microscope");
        outputPanel = (HTMLElement) Dom.role(root, "output-view").getParentNode();
        openButton = (HTMLButtonElement) Dom.role(root, "microscope-open");

        HTMLButtonElement close = button("\u2715", "Close the microscope (Esc)", "bl-button blm-close", panel);
        guard.listen(close, "click", "closing the microscope", (Event e) -> close());
        afterAnswer = Dom.element("p", "blm-after-answer", panel);
        afterAnswer.setAttribute("data-role", "microscope-after-answer");
        afterAnswer.setAttribute("role", "status");
        afterAnswer.setTextContent(MicroscopeText.AFTER_YOUR_ANSWER);
        afterAnswer.setHidden(true);
        body = Dom.element("div", "blm-body", panel);

        pickers = new WeightPickers(body, guard, this::picked);

        // In the order things happen: backpropagation gives ∂J/∂w, gradient descent uses it, the slice and the
        // map show where that step lands.
        formulas = new ChainRuleSection(body, guard, this);
        slicePart = new SliceSection(body, guard, this::runDemo);
        demoRun = slicePart.demo();
        map = new MapSection(body);

        summary = Dom.element("p", "blm-sr-only", body);
        summary.setAttribute("aria-live", "polite");
        failure = new ViewFailure(body);

        guard.listen(openButton, "click", "opening the microscope", (Event e) -> toggle());
        guard.listen(panel, "keydown", "closing the microscope", (KeyboardEvent e) -> {
            if ("Escape".equals(e.getKey())) {
                e.preventDefault();
                close();
            }
        });
    }

    static HTMLButtonElement button(String text, String label, String className, HTMLElement parent) {
        HTMLButtonElement button = (HTMLButtonElement) Dom.element("button", className, parent);
        button.setType("button");
        button.setTextContent(text);
        button.setAttribute("aria-label", label);
        button.setTitle(label);
        return button;
    }

    static void heading(HTMLElement parent, String text) {
        HTMLElement heading = Dom.element("h3", "blm-heading", parent);
        heading.setTextContent(text);
    }

    // ---- opening and choosing

    private void toggle() {
        AppState state = settings.state();
        if (open) {
            close();
            return;
        }
        Shape shape = state.shape();
        settings.change(state.withSelectedWeights(WeightNames.firstOutputWeight(shape), -1));
        setOpen(true);
        pickers.focus();
    }

    private void close() {
        settings.change(settings.state().withSelectedWeights(-1, -1));
        setOpen(false);
        slicePart.trail().clear();
        map.path().clear();
        clearDemo();
        openButton.focus();
    }

    private void picked() {
        int first = pickers.first();
        int second = pickers.second();
        int count = settings.state().parameterCount();
        if (first >= count || second >= count) {
            return; // the lists still name an older network's weights; the next frame refreshes them
        }
        settings.change(settings.state().withSelectedWeights(first, second == first ? -1 : second));
    }

    /** Training examples of the chain rule shown (0 before the first measure). */
    int exampleCount() {
        return rule == null ? 0 : rule.exampleCount();
    }

    private void setOpen(boolean show) {
        if (show == open) {
            return;
        }
        open = show;
        panel.setHidden(!show);
        outputPanel.setHidden(show);
        openButton.setAttribute("aria-pressed", show ? "true" : "false");
        Dom.setClass(root, "bl-microscope-open", show);
        drawnRevision = Integer.MIN_VALUE;
    }


    /** Whether the panel is showing (a weight is selected). */
    public boolean isOpen() {
        return open;
    }

    /** Whether its numbers are hidden until "Your turn" has its answer. */
    public boolean isWaitingForAnswer() {
        return open && veiled;
    }

    // ---- drawing

    /** Follows the lab: opens or closes with the selection, and redraws what changed. */
    public void draw(LabSession lab) {
        try {
            render(lab);
            failure.clear();
        } catch (Throwable e) {
            failure.report(e);
        }
    }

    private void render(LabSession lab) {
        AppState state = settings.state();
        Shape shape = lab.network().shape();
        int index = state.selectedWeight();
        setOpen(index >= 0 && index < shape.parameterCount());
        if (!open || veil(settings.answerPending())) {
            return;
        }
        follow(lab);
        int second = state.secondWeight();
        if (second == index || second >= shape.parameterCount()) {
            second = -1;
        }
        pickers.sync(shape, index, second);
        if (formulas.example() >= rule.exampleCount()) {
            formulas.firstExample();
        }
        record(lab, index, second);
        boolean running = playing.getAsBoolean();
        boolean selectionChanged = index != drawnIndex || second != drawnSecond || formulas.example() != drawnExample;
        // While training runs, a measure that took t ms waits about t / BUDGET_MS frames before the next one,
        // so that big networks and data sets keep the animation smooth; paused, every change is measured.
        boolean measureDue = selectionChanged
                || (lab.revision() != drawnRevision && (!running || ++framesSinceMeasure >= measureInterval));
        boolean repaint = slicePart.fit();
        if (measureDue) {
            if (demoRun.isStale(lab.revision(), index)) {
                clearDemo();
            }
            double start = Performance.now();
            measure(lab, index, second, running);
            measureInterval = framesFor(Performance.now() - start);
            framesSinceMeasure = 0;
            drawnRevision = lab.revision();
            drawnIndex = index;
            drawnSecond = second;
            drawnExample = formulas.example();
            repaint = true;
        }
        if (demoRun.advance()) {
            repaint = true;
        }
        if (repaint) {
            paintSlice();
        }
        map.draw(shape, index, second, measureDue, selectionChanged, running, BUDGET_MS, slice.slope());
    }

    /** Hides the numbers while "Your turn" waits for an answer (and measures afresh after it); returns {@code hide}. */
    private boolean veil(boolean hide) {
        if (hide != veiled) {
            veiled = hide;
            body.setHidden(hide);
            afterAnswer.setHidden(!hide);
            drawnRevision = Integer.MIN_VALUE;
            drawnIndex = -2;
        }
        return hide;
    }

    /** Frames to wait after work that took {@code milliseconds} while training runs: 1 to 60. */
    private static int framesFor(double milliseconds) {
        return (int) Math.max(1, Math.min(60, Math.ceil(milliseconds / BUDGET_MS)));
    }

    /** Adds the current point to the trail (and the 2-D path) whenever training moved the weights. */
    private void record(LabSession lab, int index, int second) {
        long iteration = lab.iteration();
        Trajectory2D path = map.path();
        SliceTrail trail = slicePart.trail();
        if (iteration < recordedIteration) {
            trail.clear();
            path.clear();
        }
        if (iteration == recordedIteration && trail.index() == index
                && (second < 0 || (path.firstIndex() == index && path.secondIndex() == second))) {
            return;
        }
        recordedIteration = iteration;
        double[] parameters = network.parameters();
        // LabSession measures J on the training set after every batch of steps: the J of these weights
        trail.add(index, parameters[index], lab.trainCost());
        if (second >= 0) {
            path.add(index, parameters[index], second, parameters[second]);
        }
    }

    /** New objects when the lab's network or training data were replaced. */
    private void follow(LabSession lab) {
        if (lab.network() == network && lab.trainData() == data) {
            return;
        }
        network = lab.network();
        data = lab.trainData();
        slice = new CostSlice(network, data, null);
        rule = new ChainRule(network, data, null);
        demo = new LearningRateDemo(slice, SliceDemo.STEPS);
        map.follow(network, data);
        slicePart.reset();
        clearDemo();
        recordedIteration = -1;
        presetsRevision = Integer.MIN_VALUE;
        drawnRevision = Integer.MIN_VALUE;
        formulas.firstExample();
    }

    private void measure(LabSession lab, int index, int second, boolean running) {
        double rate = lab.trainer().currentLearningRate();
        lastRate = rate;
        // the presets measure the slice at α = 1, so they come before the measure at the real α
        if (!running && (lab.revision() != presetsRevision || index != presetsIndex)) {
            double curvature = demo.presets(index, slicePart.rates());
            presetsRevision = lab.revision();
            presetsIndex = index;
            demoRun.enablePresets(Double.isFinite(curvature));
        }
        double secondRadius = 0;
        if (second >= 0) {
            secondRadius = map.measureSecond(slice, second, rate);
        } else {
            map.clearSecond();
        }
        double radius = slice.suggestedRadius(index, rate);
        double w = slice.weight();
        map.measuredFirst(w);
        rule.measure(index, formulas.example());
        formulas.show(rule, network, data, rate, slice.nextWeight(), MicroscopeText.updateNote(settings.state(),
                lab.trainer().config().isFullBatch(data.count()), data.count(), rate));

        slicePart.follow(slice, index, w, slice.nextWeight(), radius);

        if (second >= 0) {
            map.frame(w, slice.nextWeight(), Math.max(radius, secondRadius), rate,
                    network.shape().parameterName(index), network.shape().parameterName(second));
        }
        demoRun.showOwnRate(rate);
        if (!running) {
            announce(index);
        }
    }

    /** The key numbers as one sentence for screen readers, only when they changed and training is paused. */
    private void announce(int index) {
        String text = MicroscopeText.summary(Notation.UNICODE.described(network.shape(), index), slice.weight(),
                slice.slope(), slice.nextWeight(), slice.measuredCost(), slice.nextCost());
        if (!text.equals(shownSummary)) {
            shownSummary = text;
            summary.setTextContent(text);
            slicePart.describe(text);
        }
    }

    // ---- the learning-rate demo

    private void runDemo(int preset) {
        pause.run();
        AppState state = settings.state();
        int index = state.selectedWeight();
        // The network may have changed since the last frame drew the panel (a click can come first): the
        // next frame catches up, and the demo waits for it rather than ask for a weight that is gone.
        if (!open || slice == null || index < 0 || index >= network.shape().parameterCount()) {
            return;
        }
        double labRate = Double.isFinite(lastRate) ? lastRate : state.learningRate();
        if (slicePart.runDemo(preset, demo, slice, index, labRate, drawnRevision)) {
            paintSlice();
        }
    }

    private void paintSlice() {
        slicePart.paint(slice);
    }

    private void clearDemo() {
        demoRun.clear();
    }

    // ---- for scripts and tests (LabHandle)

    /** ∂J/∂w of the selected weight as the panel shows it; NaN when closed or hidden until an answer. */
    public double gradient() {
        return open && !veiled && rule != null ? rule.gradient() : Double.NaN;
    }

    /** The selected weight's value now (not as of the last measure); NaN when closed. */
    public double weight() {
        int index = settings.state().selectedWeight();
        return open && network != null && index >= 0 && index < network.parameters().length
                ? network.parameters()[index] : Double.NaN;
    }

    /** w − α·∂J/∂w as the panel shows it; NaN when closed or hidden until an answer. */
    public double nextWeight() {
        return open && !veiled && slice != null ? slice.nextWeight() : Double.NaN;
    }

    /** The slope of the tangent drawn on the slice; NaN when closed or hidden until an answer. */
    public double tangentSlope() {
        return open && !veiled && slice != null ? slice.slope() : Double.NaN;
    }

    /** Points in the trail of past steps. */
    public int trailLength() {
        return slicePart.trail().size();
    }

    /** Points in the 2-D training path. */
    public int pathLength() {
        return map.path().size();
    }
}
