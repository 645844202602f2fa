package org.backproplab.ui.lab;

import org.backproplab.ui.lab.output.OutputView;
import org.backproplab.ui.lab.network.NetworkView;
import org.backproplab.ui.lab.network.WeightTable;
import org.backproplab.ui.chart.CostCurveView;
import org.backproplab.ui.dom.BundleLoader;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.FrameLoop;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.ReducedMotion;
import org.backproplab.ui.dom.TextSlot;
import org.backproplab.ui.host.FeatureHost;
import org.backproplab.ui.host.FrameBudget;
import org.backproplab.ui.host.LabHost;
import org.backproplab.ui.lessons.LessonGuide;
import org.backproplab.ui.stepper.PhaseBar;

import java.util.List;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.ShareLink;
import org.backproplab.state.StepQueue;
import org.backproplab.train.FrameShare;
import org.backproplab.train.PanelShare;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One lab on the page, built inside the element it is given: its controls, the three views, the
 * animation loop and the read-outs, driving one {@link LabSession}. Every settings change goes through
 * {@link #change}; a lab that owns the page also mirrors its settings in the URL and takes the keyboard
 * shortcuts that are typed anywhere on the page.
 */
public final class LabView implements LabHost {
    /** The time allowance of a script's training call (BackpropLab.main.step), separate from the frame's. */
    private final FrameBudget scriptBudget = new FrameBudget();
    private static int instances;

    private final HTMLElement root;
    private final boolean ownsPage;
    private final Guard guard;
    private final LabSession lab;
    private AppState state;
    private final Controls controls;
    private final NetworkView networkView;
    private final OutputView outputView;
    private final CostCurveView costView;
    private final MicroscopeSlot microscope;
    private final RateLabSlot rateLab;
    private final PhaseBar phaseBar;
    private final LessonGuide lessonGuide;
    private final FrameLoop loop;
    private final FrameBudget frameBudget = new FrameBudget();
    /** The script time of the last frame's drawing (ms): set aside from the next frame's training. */
    private double drawingMs;
    /** The computing panels' share of each frame (the microscope, the α lab's finder and race). */
    private final PanelShare panels = new PanelShare();
    private final StepQueue steps;
    private final RateMeterView rateMeter;
    // accessibility: the live region, reduced motion, the table view (see each class)
    private final Announcer announcer;
    private final ReducedMotion motion = new ReducedMotion();
    private final WeightTable weightTable;
    private final LabKeys keys;
    private int viewDraws;
    /** Whether the last frame left every view showing the lab in full (see {@link FrameLoop.Frame#frame}). */
    private boolean shownInFull;
    private boolean playing;
    private long seedCounter;
    private final UrlSync url = new UrlSync();

    private final HTMLElement playButton;
    private final TextSlot playIcon;
    private final TextSlot playLabel;
    private final LabReadouts readouts;
    private final LabNotice notice;
    private final HTMLElement help;
    private final HTMLElement helpButton;

    /**
     * Builds a lab inside {@code root} (its content is replaced). {@code initial} is the starting state;
     * {@code ownsPage}: read and write the URL fragment and take page-wide keyboard shortcuts.
     */
    public LabView(HTMLElement root, AppState initial, boolean ownsPage) {
        this.root = root;
        this.ownsPage = ownsPage;
        instances++;
        // where the features' bundles are, before a page can take the app's script element away
        BundleLoader.rememberAppFolder();
        root.getClassList().add("backprop-lab");
        root.setInnerHTML(LabTemplate.html("bl" + instances + "-"));
        notice = new LabNotice(root);
        guard = new Guard(this::showFailure);

        List<String> notices = List.of();
        AppState start = initial;
        double[] sharedWeights = null;
        if (ownsPage) {
            ShareLink.Decoded decoded = url.readInitial(initial);
            start = decoded.state();
            sharedWeights = decoded.weights();
            notices = decoded.notices();
        }
        state = start;
        lab = new LabSession(start);
        steps = new StepQueue(lab);
        if (sharedWeights != null) {
            lab.replaceParameters(sharedWeights);
        }

        playButton = Dom.role(root, "play");
        playIcon = new TextSlot(Dom.role(root, "play-icon"));
        playLabel = new TextSlot(Dom.role(root, "play-label"));
        readouts = new LabReadouts(root);
        help = Dom.role(root, "help");
        helpButton = Dom.role(root, "help-button");

        controls = new Controls(root, this, guard);
        rateMeter = new RateMeterView(root);
        networkView = new NetworkView(Dom.role(root, "network-view"), new NetworkView.Listener() {
            @Override
            public void hiddenLayersChanged(int[] hiddenLayers) {
                LabView.this.hiddenLayersChanged(hiddenLayers);
            }

            @Override
            public void weightSelected(int index, boolean second) {
                guard.run("selecting a weight", () -> change(state.withWeightClicked(index, second)));
            }

            @Override
            public void neuronPointed(int layer, int neuron) {
                outputView.showNeuron(layer, neuron);
            }

            @Override
            public void settingsChanged(AppState next) {
                guard.run("changing the network", () -> change(next));
            }
        });
        outputView = new OutputView(Dom.role(root, "output-view"), this::pointAdded);
        costView = new CostCurveView(Dom.role(root, "cost-view"));
        microscope = new MicroscopeSlot(this, guard);
        FeatureHost features = new LabFeatureHost(this);
        rateLab = new RateLabSlot(root, features, guard);
        phaseBar = new PhaseBar(Dom.role(root, "phase-bar"), this, networkView, costView, guard, root, features);
        lessonGuide = new LessonGuide(root, this, guard);
        loop = new FrameLoop(() -> {
            guard.run("drawing the lab", this::frame);
            return shownInFull;
        });
        announcer = new Announcer(root);
        weightTable = new WeightTable(Dom.role(root, "network-panel"), Dom.role(root, "network-tools"),
                Dom.role(root, "network-view"), guard);

        keys = new LabKeys(this, root, ownsPage);
        listen();
        controls.show(state);
        if (!notices.isEmpty()) {
            showNotice(UrlSync.NOTICE_TITLE, notices);
        }
        loop.start();
    }

    private void listen() {
        guard.listen(playButton, "click", "play/pause", (Event e) -> setPlaying(!playing));
        guard.listen(Dom.role(root, "step"), "click", "stepping", (Event e) -> step());
        guard.listen(Dom.role(root, "reset"), "click", "resetting", (Event e) -> reset());
        guard.listen(Dom.role(root, "new-seed"), "click", "choosing a new seed", (Event e) -> newSeed());
        guard.listen(Dom.role(root, "use-suggestion"), "click", "applying the suggested α",
                (Event e) -> change(state.withLearningRate(readouts.suggestion())));
        guard.listen(Dom.role(root, "divergence-close"), "click", "closing the divergence message",
                (Event e) -> closeDivergence());
        guard.listen(Dom.role(root, "notice-close"), "click", "closing the notice", (Event e) -> notice.close());
        guard.listen(helpButton, "click", "showing the shortcuts", (Event e) -> showHelp(help.isHidden()));
        guard.listen(Dom.role(root, "help-close"), "click", "closing the shortcuts", (Event e) -> showHelp(false));
        new CsvLoader(root, this, guard);
        // Enter in a text field must not submit (and reload) the page.
        guard.listen(Dom.role(root, "controls"), "submit", "submitting", Event::preventDefault);
        HTMLDocument document = HTMLDocument.current();
        // Two calls, not one with ownsPage ? document : root: TeaVM 0.16's WebAssembly GC output merges the two
        // JS types of such a conditional into a module Chromium rejects (see docs/teavm-pitfalls.md).
        if (ownsPage) {
            guard.listen(document, "keydown", "a keyboard shortcut", (KeyboardEvent e) -> keys.pressed(e));
        } else {
            guard.listen(root, "keydown", "a keyboard shortcut", (KeyboardEvent e) -> keys.pressed(e));
        }
        guard.listen(document, "visibilitychange", "pausing in the background", (Event e) -> {
            if (isDocumentHidden()) {
                loop.stop();
            } else {
                loop.start();
            }
        });
        if (ownsPage) {
            url.listen(guard, this);
        }
    }

    @JSBody(script = "return !!document.hidden;")
    private static native boolean isDocumentHidden();

    @Override
    public AppState state() {
        return state;
    }

    /** The one place settings change: the lab, the controls and the URL follow {@code next}. */
    @Override
    public void change(AppState next) {
        if (!next.equals(state)) {
            steps.clear();
            state = next;
            lab.apply(next);
            if (ownsPage) {
                url.changed(state);
            }
        }
        controls.show(state);
        updateDivergence();
    }

    // ---- running

    public void setPlaying(boolean play) {
        boolean was = playing;
        if (play) {
            phaseBar.leave();
        }
        playing = play && !lab.isDiverged();
        if (playing) {
            steps.clear();
        }
        if (playing != was) {
            if (playing) {
                announcer.started(lab, Performance.now());
            } else {
                announcer.paused(lab);
            }
        }
        playButton.setAttribute("aria-pressed", playing ? "true" : "false");
        playIcon.set(playing ? "❚❚" : "▶");
        playLabel.set(playing ? "Pause" : "Play");
        Dom.setClass(root, "bl-playing", playing);
        updateDivergence();
    }

    public boolean isPlaying() {
        return playing;
    }

    /** One gradient-descent step (pauses first). */
    void step() {
        if (phaseBar.isOn()) {
            phaseBar.next();
            return;
        }
        setPlaying(false);
        steps.ask();
        takeSteps(frameBudget.start());
    }

    /** Goes on with the steps of Step or → within {@code budget}; says so once they are taken and J is measured. */
    private void takeSteps(FrameBudget budget) {
        StepQueue.Outcome outcome = steps.advance(budget);
        if (outcome != StepQueue.Outcome.WORKING) {
            updateDivergence();
        }
        if (outcome == StepQueue.Outcome.STEPPED) {
            announcer.stepped(lab);
        }
    }

    /** {@code steps} steps at once, for scripts; returns the training cost afterwards. */
    public double trainSteps(int steps) {
        trainSteps(steps, Double.POSITIVE_INFINITY);
        return lab.trainCost();
    }

    /**
     * Trains up to {@code steps} steps, stopping once {@code milliseconds} have passed (after at least one
     * step); returns the steps taken (fewer when the time ran out or training diverged).
     */
    public int trainSteps(int steps, double milliseconds) {
        phaseBar.leave();
        int taken = lab.train(steps, scriptBudget.start(milliseconds));
        // a script reads J right after: the last steps' costs are measured now, not over the next frames
        lab.finishMeasurement();
        updateDivergence();
        return taken;
    }

    /** New random weights from the seed. */
    void reset() {
        steps.clear();
        lab.reset();
        updateDivergence();
    }

    private void newSeed() {
        // The clock picks the seed (the core never reads it); the counter makes two clicks in one tick differ.
        seedCounter++;
        change(state.withSeed(AppState.freshSeed(Performance.now(), seedCounter, state.seed())));
    }

    private void frame() {
        url.flush(state);
        double now = Performance.now();
        panels.startFrame(playing, drawingMs);
        if (playing) {
            lab.train(state.stepsPerFrame(), frameBudget.start(FrameShare.trainingMs(drawingMs)));
            if (lab.isDiverged()) {
                setPlaying(false);
            } else {
                announcer.training(lab, now);
            }
        } else if (steps.hasWork()) {
            takeSteps(frameBudget.start(FrameShare.trainingMs(drawingMs)));
        } else if (lab.isMeasurementUnderWay()) {
            // J of an iteration the stepper completed
            if (lab.finishMeasurement(frameBudget.start(FrameShare.trainingMs(drawingMs)))) {
                updateDivergence();
            }
        }
        double drawingStart = Performance.now();
        lessonGuide.sync(state);
        phaseBar.frame(now);
        boolean wasShownInFull = shownInFull;
        if (motion.drawNow(playing, now)) {
            // the page's first frame draws the network alone (it also pays for the page's first layout), the second
            // the other views, the third the network's neuron pictures: tasks of a few tens of ms, not one over 50 ms
            if (viewDraws != 1) {
                networkView.draw(lab);
            }
            if (viewDraws > 0) {
                microscope.frame();
                if (!microscope.isOpen()) {
                    outputView.draw(lab);
                }
                costView.draw(lab);
                shownInFull = networkView.isComplete() && (microscope.isOpen() || outputView.isComplete());
            }
            viewDraws++;
        }
        rateLab.frame(this);
        // the stability meter starts measuring once the lab is on screen
        rateMeter.frame(lab, state, now, wasShownInFull);
        weightTable.draw(lab, now);
        readouts.update(lab);
        if (shownInFull) {
            // the data sets' pictures wait until the lab itself is on screen, then come a few a frame
            controls.drawPictures();
        }
        drawingMs = Performance.now() - drawingStart;
    }

    /** Shows or hides the divergence message to match the lab. */
    public void updateDivergence() {
        readouts.showDivergence(lab, state);
    }

    /** Closes the divergence message (✕ or Esc); false when none was showing. */
    boolean closeDivergence() {
        return readouts.closeDivergence(lab);
    }

    // ---- views' callbacks

    private void hiddenLayersChanged(int[] hiddenLayers) {
        guard.run("changing the hidden layers", () -> {
            try {
                change(state.withHiddenLayers(hiddenLayers));
            } catch (IllegalArgumentException e) {
                controls.refuseHiddenLayers(e.getMessage());
            }
        });
    }

    private String pointAdded(double x, double y, int label) {
        String[] result = {""};
        guard.run("adding a point", () -> result[0] = lab.addPoint(x, y, label));
        return result[0];
    }

    // ---- keyboard, help, notices

    boolean isHelpOpen() {
        return !help.isHidden();
    }

    void showHelp(boolean show) {
        help.setHidden(!show);
        helpButton.setAttribute("aria-expanded", show ? "true" : "false");
        if (show) {
            Dom.role(root, "help-close").focus();
        } else if (Dom.contains(help, HTMLDocument.current().getActiveElement())) {
            helpButton.focus();
        }
    }

    public void showNotice(String title, List<String> lines) {
        notice.show(title, lines);
    }

    /** Pauses the lab and shows a failure (of the lab or of a feature in a bundle of its own). */
    public void showFailure(String message) {
        setPlaying(false);
        showNotice("Something went wrong; the lab is paused.", List.of(message));
    }

    // ---- scripting, embedding, sharing

    public double panelTurn() {
        return panels.beginTurn(Performance.now());
    }

    @Override
    public void panelTurnEnded(boolean worked) {
        panels.endTurn(Performance.now(), worked);
    }

    @Override
    public boolean answerPending() {
        return state().quiz() && phaseBar.quiz().questionOpen();
    }

    @Override
    public LabSession lab() {
        return lab;
    }

    /** The stability meter's mean and largest cost per frame so far, in ms. */
    public double[] rateMeterCost() {
        return new double[] {rateMeter.meanFrameMs(), rateMeter.maxFrameMs()};
    }

    /** Says {@code text} through the lab's polite live region (for features such as a phase change). */
    void announce(String text) {
        announcer.announce(text);
    }

    public boolean reducedMotion() {
        return ReducedMotion.isReduced();
    }

    /** Frames in which the views were drawn (fewer than frames while training with reduced motion). */
    public int viewDraws() {
        return viewDraws;
    }

    public FrameLoop loop() {
        return loop;
    }

    public OutputView outputView() {
        return outputView;
    }

    public NetworkView networkView() {
        return networkView;
    }

    public CostCurveView costView() {
        return costView;
    }

    public MicroscopeSlot microscope() {
        return microscope;
    }

    public RateLabSlot rateLab() {
        return rateLab;
    }

    @Override
    public void setStepping(boolean on) {
        if (on) {
            phaseBar.enter();
        } else {
            phaseBar.leave();
        }
    }

    public PhaseBar phaseBar() {
        return phaseBar;
    }

    public HTMLElement root() {
        return root;
    }

    public Guard guard() {
        return guard;
    }

    /** Starts again from {@code parameters} (a link's or an imported model's); "" or why they were refused. */
    public String loadParameters(double[] parameters) {
        String refused = lab.replaceParameters(parameters);
        updateDivergence();
        return refused;
    }

    /** Adds lines to the notice that is showing (or shows a new one with {@code title}). */
    public void addNotices(String title, List<String> lines) {
        notice.add(title, lines);
    }

    /** Stops the frame loop, removes every listener this lab added outside its root, and empties the root. */
    public void destroy() {
        setPlaying(false);
        loop.stop();
        guard.removeAll();
        root.setInnerHTML("");
        root.getClassList().remove("backprop-lab");
    }

    /** Sets α from a script; "" or why it was refused (the lab and controls are then unchanged). */
    public String setLearningRate(double learningRate) {
        try {
            change(state.withLearningRate(learningRate));
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
