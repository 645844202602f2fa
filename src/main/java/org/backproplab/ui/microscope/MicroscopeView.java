package org.backproplab.ui.microscope;

import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.ViewFailure;

import java.util.function.BooleanSupplier;
import org.backproplab.core.Network;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.landscape.LearningRateDemo;
import org.backproplab.landscape.SlicePresets;
import org.backproplab.landscape.SliceTrail;
import org.backproplab.landscape.Trajectory2D;
import org.backproplab.landscape.WeightNames;
import org.backproplab.state.AppState;
import org.backproplab.state.text.MicroscopeText;
import org.teavm.jso.JSBody;
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
 * exactly the gradient of the next step) by a {@link MicroscopeWork} job, in slices of examples within the
 * panels' turn of the frame (the deadline {@code MicroscopePanel.frame} passes: a share of the frame while training runs, so that training
 * keeps its speed; most of it while paused), so that heavy settings never freeze the page; the 2-D map uses at most
 * {@value MicroscopeWork#MAP_ROWS} evenly spaced training examples. A job starts when the selection changes,
 * and when the lab's revision changes (while training runs: once the previous job is done).
 */
final class MicroscopeView {
    /** The number a press of "your α" passes (the presets pass 0 to 3). */
    private static final int OWN_RATE = SliceDemo.OWN_RATE;

    private final FollowedLab settings;
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

    private MicroscopeWork work;
    /** The lab's own network, which training moves (the work measures a copy). */
    private Network liveNetwork;

    private boolean open;
    private long recordedIteration = -1;
    private String shownSummary = "";
    private int seenNumbers = -1;
    private int seenSlice = -1;
    private int seenPresets = -1;
    private int seenDemo = -1;
    private boolean presetsShownCurrent;
    private boolean presetsShownRunning;
    /** A demo button pressed (0–3 a preset, 4 your α) whose run waits for its measure; −1 none. */
    private int pendingDemo = -1;
    /** The revision and weight the demo on screen was run for. */
    private int demoRevision = Integer.MIN_VALUE;
    private int demoIndex = -1;
    private double shownGradient = Double.NaN;

    /**
     * Builds the panel inside the lab's {@code data-role="microscope"} section; {@code playing} and
     * {@code pause} reach the lab's animation (a demo pauses training). The lab's Microscope button calls
     * {@link #toggle}.
     */
    MicroscopeView(HTMLElement root, FollowedLab settings, Guard guard, BooleanSupplier playing, Runnable pause) {
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

    /** The Microscope button: opens the panel on the first output weight (the pickers take the focus), or closes it. */
    void toggle() {
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
        return work == null ? 0 : work.rule.exampleCount();
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
        if (work != null) {
            work.resetWindows();
            work.forget();
        }
        if (work != null) {
            seenSlice = work.sliceVersion;
        }
        slicePart.startMeasuring();
        map.startMeasuring();
    }


    /** Whether the panel is showing (a weight is selected). */
    boolean isOpen() {
        return open;
    }

    /** Whether its numbers are hidden until "Your turn" has its answer. */
    boolean isWaitingForAnswer() {
        return open && veiled;
    }

    // ---- drawing

    /**
     * Follows the lab: opens or closes with the selection, measures until {@code deadline} (Performance.now() time,
     * the panels' turn of the frame, train.PanelShare; at least one slice) and redraws what changed; returns
     * whether it had measuring to do.
     */
    boolean draw(FollowedLab lab, double deadline) {
        try {
            boolean worked = render(lab, deadline);
            failure.clear();
            return worked;
        } catch (Throwable e) {
            failure.report(e);
            return false;
        }
    }

    private boolean render(FollowedLab lab, double deadline) {
        AppState state = settings.state();
        Shape shape = lab.network().shape();
        int index = state.selectedWeight();
        boolean wasOpen = open;
        setOpen(index >= 0 && index < shape.parameterCount());
        boolean justOpened = open && !wasOpen;
        if (!open || veil(settings.answerPending())) {
            return false;
        }
        follow(lab);
        int second = state.secondWeight();
        if (second == index || second >= shape.parameterCount()) {
            second = -1;
        }
        pickers.sync(shape, index, second);
        if (formulas.example() >= work.rule.exampleCount()) {
            formulas.firstExample();
        }
        record(lab, index, second);
        boolean running = playing.getAsBoolean();
        startWork(lab, index, second, running);
        // the frame that shows the panel lays it out: the measuring starts next frame
        boolean worked = !work.done() && !justOpened;
        if (worked) {
            // the panels' share of the frame (a part of it while training runs, train.FrameShare.panelsMs)
            work.work(deadline);
        }
        boolean repaint = slicePart.fit() | show(lab, shape, running);
        if (demoRun.advance()) {
            repaint = true;
        }
        if (repaint) {
            slicePart.paint();
        }
        map.draw(shape, index, second, work);
        boolean measuring = !work.done() || pendingDemo >= 0 || (second >= 0 && !map.complete());
        panel.setAttribute("data-measuring", measuring ? "true" : "false");
        return worked;
    }

    /** Hides the numbers while "Your turn" waits for an answer (and shows them afresh after it); returns {@code hide}. */
    private boolean veil(boolean hide) {
        if (hide != veiled) {
            veiled = hide;
            body.setHidden(hide);
            afterAnswer.setHidden(!hide);
            seenNumbers = -1;
            seenSlice = -1;
            seenPresets = -1;
        }
        return hide;
    }

    /**
     * Starts a job when the selection changed, or the lab moved on (at once while paused; while training runs,
     * once the last job is done), or only its example or presets are missing.
     */
    private void startWork(FollowedLab lab, int index, int second, boolean running) {
        boolean selectionChanged = index != work.index() || second != work.second();
        boolean labMoved = lab.revision() != work.revision();
        if (selectionChanged || (labMoved && (!running || work.done()))) {
            if (demoRun.count() > 0 && (lab.revision() != demoRevision || index != demoIndex)) {
                demoRun.clear();
            }
            if (selectionChanged) {
                slicePart.startMeasuring();
                if (second != work.second() || index != work.index()) {
                    map.startMeasuring();
                }
            }
            work.start(lab.revision(), index, second, formulas.example(), lab.learningRate(), !running);
        } else if (formulas.example() != work.example()) {
            work.showExample(formulas.example());
        } else if (!running) {
            work.measurePresets();
        }
    }

    /** Puts on screen what the work finished since the last frame; true when the slice needs repainting. */
    private boolean show(FollowedLab lab, Shape shape, boolean running) {
        boolean repaint = false;
        if (work.numbersVersion != seenNumbers) {
            seenNumbers = work.numbersVersion;
            double rate = work.rate();
            shownGradient = work.rule.gradient();
            formulas.show(work.rule, work.slice.network(), work.data, rate, work.next, MicroscopeText.updateNote(
                    settings.state(), lab.fullBatch(work.data.count()), work.data.count(), rate));
            demoRun.showOwnRate(rate);
        }
        if (work.sliceVersion != seenSlice) {
            seenSlice = work.sliceVersion;
            slicePart.show(work);
            repaint = true;
            if (!running) {
                announce(shape, work.index());
            }
        }
        boolean current = work.presetsCurrent();
        if (work.presetsVersion != seenPresets || current != presetsShownCurrent || running != presetsShownRunning) {
            seenPresets = work.presetsVersion;
            presetsShownCurrent = current;
            presetsShownRunning = running;
            demoRun.showPresets(work.presets, current, running);
        }
        if (pendingDemo >= 0 && !running && work.revision() == lab.revision() && work.phase().ordinal()
                > MicroscopeWork.Phase.CURVATURE.ordinal() && (pendingDemo == OWN_RATE || current)) {
            startPendingDemo(lab);
        }
        if (work.demoVersion != seenDemo) {
            seenDemo = work.demoVersion;
            LearningRateDemo demo = work.demo();
            String name = work.demoPreset == OWN_RATE ? MicroscopeText.OWN_RATE
                    : MicroscopeText.PRESET_LABELS[work.demoPreset];
            demoRun.start(name, work.demoRate, demo, demo.verdict(), prefersReducedMotion());
            demoRevision = work.revision();
            demoIndex = work.index();
            work.showDemo();
            repaint = true;
        }
        return repaint;
    }

    private void startPendingDemo(FollowedLab lab) {
        int pressed = pendingDemo;
        pendingDemo = -1;
        if (pressed == OWN_RATE) {
            work.startDemo(OWN_RATE, work.rate());
            return;
        }
        SlicePresets.Preset preset = SlicePresets.Preset.values()[pressed];
        if (work.presets.status(preset) == SlicePresets.Status.READY) {
            work.startDemo(pressed, work.presets.rate(preset));
        } else {
            demoRun.refuse(MicroscopeText.presetReason(work.presets, preset));
        }
    }

    @JSBody(script = "return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);")
    private static native boolean prefersReducedMotion();

    /** Adds the current point to the trail (and the 2-D path) whenever training moved the weights. */
    private void record(FollowedLab lab, int index, int second) {
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
        double[] parameters = liveNetwork.parameters();
        // LabSession measures J on the training set after every batch of steps: the J of these weights
        trail.add(index, parameters[index], lab.trainCost());
        if (second >= 0) {
            path.add(index, parameters[index], second, parameters[second]);
        }
    }

    /** New work when the lab's network or training data were replaced. */
    private void follow(FollowedLab lab) {
        if (work != null && work.follows(lab.network(), lab.trainData())) {
            return;
        }
        liveNetwork = lab.network();
        work = new MicroscopeWork(lab.network(), lab.trainData(), SliceDemo.STEPS, AppState.MIN_LEARNING_RATE,
                AppState.MAX_LEARNING_RATE, Performance::now);
        slicePart.reset();
        slicePart.startMeasuring();
        map.path().clear();
        map.follow(work);
        clearDemo();
        recordedIteration = -1;
        // a new job's parts are shown as they are finished, never the empty ones of a fresh work
        seenNumbers = work.numbersVersion;
        seenSlice = work.sliceVersion;
        seenPresets = work.presetsVersion;
        seenDemo = work.demoVersion;
        formulas.firstExample();
    }

    /** The key numbers as one sentence for screen readers, only when they changed and training is paused. */
    private void announce(Shape shape, int index) {
        String text = MicroscopeText.summary(Notation.UNICODE.described(shape, index), work.weight, work.slope,
                work.next, work.cost, work.nextCost);
        if (!text.equals(shownSummary)) {
            shownSummary = text;
            summary.setTextContent(text);
            slicePart.describe(text);
        }
    }

    // ---- the learning-rate demo

    /** A demo button: pauses training, and runs the demo once its weight is measured at the paused weights. */
    private void runDemo(int pressed) {
        pause.run();
        if (!open || work == null) {
            return;
        }
        pendingDemo = pressed;
        demoRun.waiting();
    }

    private void clearDemo() {
        demoRun.clear();
        pendingDemo = -1;
    }

    // ---- for scripts and tests (LabHandle)

    /** ∂J/∂w of the selected weight as the panel shows it; NaN when closed or hidden until an answer. */
    double gradient() {
        return open && !veiled ? shownGradient : Double.NaN;
    }

    /** w − α·∂J/∂w as the panel shows it; NaN when closed or hidden until an answer. */
    double nextWeight() {
        return open && !veiled ? slicePart.next() : Double.NaN;
    }

    /** The slope of the tangent drawn on the slice; NaN when closed or hidden until an answer. */
    double tangentSlope() {
        return open && !veiled ? slicePart.slope() : Double.NaN;
    }

    /** Points in the trail of past steps. */
    int trailLength() {
        return slicePart.trail().size();
    }

    /** Points in the 2-D training path. */
    int pathLength() {
        return map.path().size();
    }
}
