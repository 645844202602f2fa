package org.backproplab.ui.lab;

import org.backproplab.state.Sentence;
import org.backproplab.ui.chart.CostCurveView;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.FrameLoop;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.ReducedMotion;
import org.backproplab.ui.dom.TextSlot;
import org.backproplab.ui.dom.UrlState;
import org.backproplab.ui.host.LabHost;
import org.backproplab.ui.host.TextField;
import org.backproplab.ui.lessons.LessonGuide;
import org.backproplab.ui.microscope.MicroscopeView;
import org.backproplab.ui.ratelab.LearningRateLab;
import org.backproplab.ui.stepper.PhaseBar;

import java.util.List;
import org.backproplab.data.Dataset;
import org.backproplab.model.FormatException;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.NumberText;
import org.backproplab.state.ShareLink;
import org.backproplab.state.StateCodec;
import org.backproplab.viz.NumberFormat;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventTarget;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.File;
import org.teavm.jso.file.FileList;

/**
 * One lab on the page, built inside the element it is given: its controls, the three views, the
 * animation loop and the read-outs, driving one {@link LabSession}. Every settings change goes through
 * {@link #change}; a lab that owns the page also mirrors its settings in the URL and takes the keyboard
 * shortcuts that are typed anywhere on the page.
 */
public final class LabView implements LabHost {
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
    private final MicroscopeView microscope;
    private final LearningRateLab rateLab;
    private final PhaseBar phaseBar;
    private final LessonGuide lessonGuide;
    private final FrameLoop loop;
    private final FrameBudget frameBudget = new FrameBudget();
    // accessibility: the live region, reduced motion, the table view (see each class)
    private final Announcer announcer;
    private final ReducedMotion motion = new ReducedMotion();
    private final WeightTable weightTable;
    private int viewDraws;
    private boolean playing;
    private long seedCounter;
    private String lastWrittenHash = "";
    private boolean urlPending;
    private double lastUrlWrite = Double.NEGATIVE_INFINITY;

    private final HTMLElement playButton;
    private final TextSlot playIcon;
    private final TextSlot playLabel;
    private final TextSlot iteration;
    private final TextSlot epoch;
    private final TextSlot trainCost;
    private final TextSlot testCost;
    private final HTMLElement divergence;
    private final TextSlot divergenceText;
    private final HTMLElement useSuggestion;
    private double suggestion;
    private final HTMLElement notice;
    private final HTMLElement noticeTitle;
    private final HTMLElement noticeList;
    private final HTMLElement help;
    private final HTMLElement helpButton;
    private final HTMLInputElement csvInput;
    private final HTMLElement csvMessage;

    /**
     * Builds a lab inside {@code root} (its content is replaced). {@code initial} is the starting state;
     * {@code ownsPage}: read and write the URL fragment and take page-wide keyboard shortcuts.
     */
    public LabView(HTMLElement root, AppState initial, boolean ownsPage) {
        this.root = root;
        this.ownsPage = ownsPage;
        instances++;
        root.getClassList().add("backprop-lab");
        root.setInnerHTML(LabTemplate.html("bl" + instances + "-"));
        noticeTitle = Dom.role(root, "notice-title");
        noticeList = Dom.role(root, "notice-list");
        notice = Dom.role(root, "notice");
        guard = new Guard(this::showFailure);

        List<String> notices = List.of();
        AppState start = initial;
        double[] sharedWeights = null;
        if (ownsPage) {
            String hash = UrlState.read();
            lastWrittenHash = hash;
            ShareLink.Decoded decoded = ShareLink.decode(hash, initial);
            start = decoded.state();
            sharedWeights = decoded.weights();
            notices = decoded.notices();
        }
        state = start;
        lab = new LabSession(start);
        if (sharedWeights != null) {
            lab.replaceParameters(sharedWeights);
        }

        playButton = Dom.role(root, "play");
        playIcon = new TextSlot(Dom.role(root, "play-icon"));
        playLabel = new TextSlot(Dom.role(root, "play-label"));
        iteration = new TextSlot(Dom.role(root, "iteration"));
        epoch = new TextSlot(Dom.role(root, "epoch"));
        trainCost = new TextSlot(Dom.role(root, "train-cost"));
        testCost = new TextSlot(Dom.role(root, "test-cost"));
        divergence = Dom.role(root, "divergence");
        divergenceText = new TextSlot(Dom.role(root, "divergence-text"));
        useSuggestion = Dom.role(root, "use-suggestion");
        help = Dom.role(root, "help");
        helpButton = Dom.role(root, "help-button");
        csvInput = Dom.input(root, "csv");
        csvMessage = Dom.role(root, "csv-message");

        controls = new Controls(root, this, guard);
        networkView = new NetworkView(Dom.role(root, "network-view"), new NetworkView.Listener() {
            @Override
            public void hiddenLayersChanged(int[] hiddenLayers) {
                LabView.this.hiddenLayersChanged(hiddenLayers);
            }

            @Override
            public void weightSelected(int index, boolean second) {
                // one weight is never both the first and the second (the microscope's rule)
                guard.run("selecting a weight", () -> change(second
                        ? (index == state.selectedWeight() ? state : state.withSelectedWeights(state.selectedWeight(), index))
                        : state.withSelectedWeights(index, index == state.secondWeight() ? -1 : state.secondWeight())));
            }
        });
        outputView = new OutputView(Dom.role(root, "output-view"), this::pointAdded);
        costView = new CostCurveView(Dom.role(root, "cost-view"));
        microscope = new MicroscopeView(root, this, guard, this::isPlaying, () -> setPlaying(false));
        rateLab = new LearningRateLab(root, this, guard);
        phaseBar = new PhaseBar(Dom.role(root, "phase-bar"), this, networkView, costView, guard, root);
        lessonGuide = new LessonGuide(root, this, guard);
        loop = new FrameLoop(() -> guard.run("drawing the lab", this::frame));
        announcer = new Announcer(root);
        weightTable = new WeightTable(Dom.role(root, "network-panel"), Dom.role(root, "network-tools"),
                Dom.role(root, "network-view"), guard);

        listen();
        controls.show(state);
        if (!notices.isEmpty()) {
            showNotice("Some settings in the link were not used:", notices);
        }
        loop.start();
    }

    private void listen() {
        guard.listen(playButton, "click", "play/pause", (Event e) -> setPlaying(!playing));
        guard.listen(Dom.role(root, "step"), "click", "stepping", (Event e) -> step());
        guard.listen(Dom.role(root, "reset"), "click", "resetting", (Event e) -> reset());
        guard.listen(Dom.role(root, "new-seed"), "click", "choosing a new seed", (Event e) -> newSeed());
        guard.listen(useSuggestion, "click", "applying the suggested α",
                (Event e) -> change(state.withLearningRate(suggestion)));
        guard.listen(Dom.role(root, "notice-close"), "click", "closing the notice", (Event e) -> notice.setHidden(true));
        guard.listen(helpButton, "click", "showing the shortcuts", (Event e) -> showHelp(help.isHidden()));
        guard.listen(Dom.role(root, "help-close"), "click", "closing the shortcuts", (Event e) -> showHelp(false));
        guard.listen(csvInput, "change", "loading the CSV file", (Event e) -> loadCsv());
        // Enter in a text field must not submit (and reload) the page.
        guard.listen(Dom.role(root, "controls"), "submit", "submitting", Event::preventDefault);
        HTMLDocument document = HTMLDocument.current();
        guard.listen(ownsPage ? (EventTarget) document : root, "keydown", "a keyboard shortcut",
                (KeyboardEvent e) -> keyPressed(e));
        guard.listen(document, "visibilitychange", "pausing in the background", (Event e) -> {
            if (isDocumentHidden()) {
                loop.stop();
            } else {
                loop.start();
            }
        });
        if (ownsPage) {
            guard.listen(org.teavm.jso.browser.Window.current(), "hashchange", "reading the link", (Event e) -> {
                String hash = UrlState.read();
                if (!hash.equals(lastWrittenHash)) {
                    lastWrittenHash = hash;
                    ShareLink.Decoded decoded = ShareLink.decode(hash, state);
                    change(decoded.state());
                    if (decoded.weights() != null) {
                        loadParameters(decoded.weights());
                    }
                    if (!decoded.notices().isEmpty()) {
                        showNotice("Some settings in the link were not used:", decoded.notices());
                    }
                }
            });
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
            state = next;
            lab.apply(next);
            writeUrl();
        }
        controls.show(state);
        updateDivergence();
    }

    /** Browsers throttle (and then refuse) rapid history updates, so a dragged slider writes at most this often. */
    private static final double URL_WRITE_INTERVAL_MS = 250;

    private void writeUrl() {
        if (ownsPage) {
            urlPending = true;
            flushUrl();
        }
    }

    /** Writes the settings into the URL now, unless that was done moments ago (then a later frame does it). */
    private void flushUrl() {
        double now = Performance.now();
        if (!urlPending || now - lastUrlWrite < URL_WRITE_INTERVAL_MS) {
            return;
        }
        urlPending = false;
        lastUrlWrite = now;
        String text = StateCodec.encode(state);
        lastWrittenHash = text;
        UrlState.write(text);
    }

    // ---- running

    public void setPlaying(boolean play) {
        boolean was = playing;
        if (play) {
            phaseBar.leave();
        }
        playing = play && !lab.isDiverged();
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
        lab.train(1);
        updateDivergence();
        announcer.stepped(lab);
    }

    /** {@code steps} steps at once, for scripts; returns the training cost afterwards. */
    public double trainSteps(int steps) {
        phaseBar.leave();
        lab.train(steps);
        updateDivergence();
        return lab.trainCost();
    }

    /** New random weights from the seed. */
    void reset() {
        lab.reset();
        updateDivergence();
    }

    private void newSeed() {
        // The clock picks the seed (the core never reads it); the counter makes two clicks in one tick differ.
        seedCounter++;
        long seed = ((long) (Performance.now() * 1000) + 7919L * seedCounter) % (AppState.MAX_SEED + 1);
        if (seed == state.seed()) {
            seed = (seed + 1) % (AppState.MAX_SEED + 1);
        }
        change(state.withSeed(seed));
    }

    private void frame() {
        flushUrl();
        double now = Performance.now();
        if (playing) {
            lab.train(state.stepsPerFrame(), frameBudget.start());
            if (lab.isDiverged()) {
                setPlaying(false);
            } else {
                announcer.training(lab, now);
            }
        }
        lessonGuide.sync(state);
        phaseBar.frame(now);
        if (motion.drawNow(playing, now)) {
            networkView.draw(lab);
            microscope.draw(lab);
            if (!microscope.isOpen()) {
                outputView.draw(lab);
            }
            costView.draw(lab);
            viewDraws++;
        }
        rateLab.frame();
        weightTable.draw(lab, now);
        updateReadouts();
    }

    private void updateReadouts() {
        iteration.setNumber(lab.iterationCount(), 0);
        epoch.setNumber(lab.epoch(), 0);
        trainCost.setNumber(lab.trainCost(), 3);
        testCost.setNumber(lab.testCost(), 3);
    }

    /** Shows or hides the divergence message to match the lab. */
    public void updateDivergence() {
        boolean diverged = lab.isDiverged();
        if (diverged) {
            suggestion = LabSession.suggestedLearningRate(state.learningRate());
            divergenceText.set(lab.divergence());
            useSuggestion.setTextContent("Use α = " + NumberText.format(suggestion));
        }
        if (divergence.isHidden() == diverged) {
            divergence.setHidden(!diverged);
        }
        Dom.setClass(root, "bl-diverged", diverged);
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

    // ---- CSV

    private void loadCsv() {
        FileList files = csvInput.getFiles();
        if (files == null || files.getLength() == 0) {
            return;
        }
        File file = files.item(0);
        String tooBig = CsvImport.sizeProblem(file);
        if (!tooBig.isEmpty()) {
            csvMessage.setTextContent(Sentence.capitalized(tooBig) + ". The data is unchanged.");
            csvInput.setValue("");
            return;
        }
        csvMessage.setTextContent("Reading " + file.getName() + "…");
        String name = file.getName();
        CsvImport.readText(file,
                text -> guard.run("reading " + name, () -> csvLoaded(name, text)),
                reason -> guard.run("reading " + name, () -> csvMessage.setTextContent(
                        name + " could not be read: " + reason + ". The data is unchanged.")));
        // Choosing the same file again must fire "change" again.
        csvInput.setValue("");
    }

    private void csvLoaded(String name, String text) {
        Dataset data;
        try {
            data = CsvImport.parse(text, state.dataset());
        } catch (FormatException e) {
            csvMessage.setTextContent(name + ": " + e.getMessage() + ". The data is unchanged.");
            return;
        }
        String refused = lab.replaceData(data);
        if (!refused.isEmpty()) {
            csvMessage.setTextContent(name + ": " + refused + ". The data is unchanged.");
            return;
        }
        updateDivergence();
        csvMessage.setTextContent("Loaded " + NumberText.grouped(data.count()) + " points from " + name
                + " (" + NumberText.grouped(lab.trainData().count()) + " to train on, " + NumberText.grouped(lab.testData().count())
                + " to test). Changing a Data setting brings back the generated points.");
    }

    // ---- keyboard, help, notices

    private void keyPressed(KeyboardEvent event) {
        String key = event.getKey();
        if ("Escape".equals(key) && !help.isHidden()) {
            showHelp(false);
            return;
        }
        if (rateLab.handlesKey(event)) {
            return;
        }
        if (event.isCtrlKey() || event.isMetaKey() || event.isAltKey() || Dom.isTypingTarget(event.getTarget())) {
            return;
        }
        if (!ownsPage && !Dom.contains(root, event.getTarget())) {
            return;
        }
        boolean onButton = Dom.isButtonTarget(event.getTarget());
        if (" ".equals(key) || "Spacebar".equals(key)) {
            if (onButton) {
                return; // the focused button handles space itself
            }
            event.preventDefault();
            setPlaying(!playing);
        } else if ("ArrowRight".equals(key)) {
            event.preventDefault();
            step();
        } else if ("ArrowLeft".equals(key) && phaseBar.isOn()) {
            event.preventDefault();
            phaseBar.back();
        } else if ("r".equals(key) || "R".equals(key)) {
            reset();
        } else if ("?".equals(key)) {
            showHelp(help.isHidden());
        }
    }

    private void showHelp(boolean show) {
        help.setHidden(!show);
        helpButton.setAttribute("aria-expanded", show ? "true" : "false");
        if (show) {
            Dom.role(root, "help-close").focus();
        } else if (Dom.contains(help, HTMLDocument.current().getActiveElement())) {
            helpButton.focus();
        }
    }

    void showNotice(String title, List<String> lines) {
        noticeTitle.setTextContent(title);
        StringBuilder items = new StringBuilder();
        for (String line : lines) {
            items.append("<li>").append(Sentence.escapeHtml(Sentence.capitalized(line))).append(".</li>");
        }
        noticeList.setInnerHTML(items.toString());
        notice.setHidden(false);
    }

    private void showFailure(String message) {
        setPlaying(false);
        showNotice("Something went wrong; the lab is paused.", List.of(message));
    }

    // ---- scripting, embedding, sharing

    public LabSession lab() {
        return lab;
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

    public MicroscopeView microscope() {
        return microscope;
    }

    public LearningRateLab rateLab() {
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

    Guard guard() {
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
        if (lines.isEmpty()) {
            return;
        }
        if (notice.isHidden()) {
            showNotice(title, lines);
            return;
        }
        StringBuilder items = new StringBuilder();
        for (String line : lines) {
            items.append("<li>").append(Sentence.escapeHtml(Sentence.capitalized(line))).append(".</li>");
        }
        noticeList.setInnerHTML(noticeList.getInnerHTML() + items);
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
