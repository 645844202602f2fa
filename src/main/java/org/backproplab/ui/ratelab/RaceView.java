package org.backproplab.ui.ratelab;

import org.backproplab.ui.host.LabHost;
import org.backproplab.ui.chart.ChartStage;
import org.backproplab.ui.chart.LogScaleToggle;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.Dom;

import org.backproplab.optim.OptimizerConfig;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.rate.RaceFill;
import org.backproplab.state.rate.RaceText;
import org.backproplab.state.rate.RateLab;
import org.backproplab.train.Race;
import org.backproplab.train.RacePresets;
import org.backproplab.train.RaceSharpness;
import org.backproplab.train.StableRate;
import org.backproplab.train.TrainingConfig;
import org.backproplab.train.Verdict;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The race: the lab's network, from its starting weights, trained on its data with up to four α at once;
 * the cost curves overlaid (each lane its colour and its dash pattern, so they differ without colour too), beside
 * them the stable limit measured along each run ({@link SharpnessChart}), and per run a verdict badge with its
 * one-line explanation and, where the limit at the start did not predict the verdict, what the sharpness did. A
 * diverged curve ends in a cross. New rates clear the old race.
 */
public final class RaceView {
    /** Steps every run takes. */
    static final int RACE_STEPS = 400;
    /** At most this many steps per run in one animation frame, so the curves grow visibly … */
    private static final int MAX_STEPS_PER_FRAME = 8;
    /** Okabe–Ito blue, vermillion, bluish green and Tol's purple: apart for colour-blind eyes, ≥ 3:1 on white. */
    static final String[] LANE_COLORS = {"#0072b2", "#d55e00", "#009e73", "#aa4499"};
    static final String[] LANE_LINES = {"solid line", "long dashes", "dotted line", "dash-dot line"};

    private final LabHost view;
    private final RaceLane[] lanes = new RaceLane[Race.MAX_RUNS];
    private final HTMLButtonElement startButton;
    private final HTMLButtonElement fromFinder;
    private final LogScaleToggle logScale;
    private final HTMLElement status;
    private final HTMLElement caption;
    private final HTMLElement shared;
    private final HTMLElement message;
    private final HTMLElement note;
    private final HTMLElement sharpnessCaption;
    private final ChartStage chart;
    private final ChartStage sharpnessStage;
    private final ViewCanvas canvas;
    private final RaceChart picture = new RaceChart();
    private final SharpnessChart sharpnessPicture = new SharpnessChart();

    private Race race;
    private RaceSharpness sharpness;
    private boolean miniBatch;
    private int[] laneOfRun = new int[0];
    private boolean running;
    private RaceFill finderFill;
    /** The fill-in being measured (null when none is). */
    private RaceFill measuring;

    RaceView(HTMLElement parent, LabHost view, Guard guard) {
        this.view = view;
        HTMLElement intro = Dom.element("p", "bll-intro", parent);
        intro.setTextContent("Train the same network from the same starting weights with up to four learning rates "
                + "at once, and watch what α alone does to the cost J.");

        HTMLElement bar = Dom.element("div", "bll-bar", parent);
        startButton = button("Start", "bl-button bl-primary", bar, "race-start");
        guard.listen(startButton, "click", "starting the race", (Event e) -> startOrPause());
        HTMLButtonElement restart = button("↺ Restart", "bl-button", bar, "race-restart");
        restart.setTitle("Start every run again from the same weights, with the α typed below and the lab's current settings");
        guard.listen(restart, "click", "restarting the race", (Event e) -> restart());
        HTMLElement fill = Dom.span("bll-bar-label", "Fill in:", bar);
        fill.setAttribute("aria-hidden", "true");
        HTMLButtonElement typical = button("too small · good · too large · diverging", "bl-button bl-small", bar,
                "race-presets");
        typical.setAttribute("aria-label", "Fill in four rates measured on this problem: too small, good, too large"
                + " and diverging");
        typical.setTitle("Measures the stable limit at the starting weights, races a ladder of rates around it and"
                + " labels each by what it did");
        guard.listen(typical, "click", "measuring the rates to fill in", (Event e) -> startMeasuring());
        fromFinder = button("from the finder", "bl-button bl-small", bar, "race-from-finder");
        fromFinder.setTitle("The four rates the Finder tab measured and checked on this very problem (run the finder"
                + " first)");
        fromFinder.setDisabled(true);
        guard.listen(fromFinder, "click", "filling in the finder's rates", (Event e) -> {
            if (finderFill != null) {
                fillMeasured(finderFill, "Filled in the rates the finder measured and checked on this problem. ");
            }
        });
        logScale = new LogScaleToggle(bar, "blv-toggle bll-log", true, this::redraw);
        message = Dom.element("p", "bl-message bll-message", parent);
        message.setAttribute("aria-live", "polite");
        note = Dom.element("p", "bll-note", parent);
        note.setAttribute("aria-live", "polite");
        note.setAttribute("data-role", "race-note");

        HTMLElement body = Dom.element("div", "bll-body", parent);
        HTMLElement chartBox = Dom.element("div", "bll-chart", body);
        chart = new ChartStage(chartBox, "Cost J against iteration for each learning rate of the race", "race-canvas",
                this::paintChartAndVerdicts);
        canvas = chart.canvas;
        status = Dom.element("p", "bll-status", chartBox);
        status.setAttribute("aria-live", "polite");
        HTMLElement sharpnessBox = Dom.element("div", "bll-sharpness", chartBox);
        sharpnessStage = new ChartStage(sharpnessBox, "The stable limit measured along each run, against iteration,"
                + " with each run's α", "race-sharpness-canvas", this::paintSharpness);
        sharpnessCaption = Dom.element("p", "bll-caption", chartBox);
        sharpnessCaption.setAttribute("data-role", "race-sharpness-caption");
        caption = Dom.element("p", "bll-caption", chartBox);
        caption.setAttribute("data-role", "race-caption");
        shared = Dom.element("p", "bll-caption", chartBox);

        HTMLElement laneList = Dom.element("div", "bll-lanes", body);
        laneList.setAttribute("role", "group");
        laneList.setAttribute("aria-label", "The runs of the race");
        for (int lane = 0; lane < Race.MAX_RUNS; lane++) {
            lanes[lane] = new RaceLane(laneList, lane, guard, this::clearRace);
        }
        fill(RacePresets.fixed().rates());
        showStatus();
    }

    private static HTMLButtonElement button(String text, String className, HTMLElement parent, String role) {
        HTMLButtonElement button = (HTMLButtonElement) Dom.element("button", className, parent);
        button.setType("button");
        button.setTextContent(text);
        button.setAttribute("data-role", role);
        return button;
    }

    /** Measures the fill-in for the lab's current network, data and optimizer, over the next frames. */
    private void startMeasuring() {
        LabSession lab = view.lab();
        measuring = new RaceFill(lab.initialNetwork(), lab.trainData(), lab.trainer().config(), RACE_STEPS,
                view.state().seed());
        message.setTextContent("");
        note.setTextContent("Measuring: the stable limit, then a ladder of rates around it …");
    }

    /** More of the fill-in's measuring until {@code deadline}; fills the lanes when it is done. */
    private void advanceMeasuring(double deadline) {
        if (!FillBands.advance(measuring, deadline)) {
            RaceFill done = measuring;
            measuring = null;
            fillMeasured(done, "");
        } else {
            note.setTextContent("Measuring: the stable limit, then a ladder of rates around it … "
                    + (int) (measuring.progress() * 100) + " %");
        }
    }

    /** The lanes from a finished fill-in, each with its label's prediction; the old race is cleared. */
    void fillMeasured(RaceFill done, String lead) {
        double[] rates = done.lanes();
        Verdict[] predicted = done.expected();
        for (int lane = 0; lane < Race.MAX_RUNS; lane++) {
            lanes[lane].set(rates[lane], done.hint(lane), predicted[lane]);
        }
        clearRace();
        message.setTextContent("");
        note.setTextContent(lead + done.summary() + " Press Start.");
    }

    /** Puts {@code rates} into the lanes (the rest emptied), without predictions; the old race is cleared. */
    void fill(double[] rates) {
        for (int lane = 0; lane < Race.MAX_RUNS; lane++) {
            lanes[lane].set(lane < rates.length ? rates[lane] : Double.NaN, "", null);
        }
        clearRace();
        message.setTextContent("");
    }

    /** Forgets the race run with other rates: its curves, verdicts, limits and notes. */
    private void clearRace() {
        race = null;
        sharpness = null;
        running = false;
        laneOfRun = new int[0];
        for (RaceLane lane : lanes) {
            lane.show(null, "");
        }
        caption.setTextContent("");
        shared.setTextContent("");
        sharpnessCaption.setTextContent("");
        note.setTextContent("");
        canvas.element.setAttribute("aria-label", "Cost J against iteration for each learning rate of the race");
        chart.invalidate();
        sharpnessStage.invalidate();
        showStatus();
    }

    /** The finder has measured and checked four rates (null: not yet). */
    void setFinderFill(RaceFill fill) {
        finderFill = fill;
        fromFinder.setDisabled(fill == null);
    }

    private void startOrPause() {
        if (running) {
            pause();
        } else if (race == null || race.isOver()) {
            restart();
        } else {
            running = true;
            showStatus();
        }
    }

    void pause() {
        running = false;
        showStatus();
    }

    /** A new race from the lanes and the lab's current settings, running. */
    private void restart() {
        double[] typed = new double[Race.MAX_RUNS];
        for (int lane = 0; lane < Race.MAX_RUNS; lane++) {
            if (lanes[lane].isInvalid()) {
                message.setTextContent("Run " + (lane + 1) + "'s α is not allowed (see below); fix it or empty the field.");
                return;
            }
            typed[lane] = lanes[lane].rate();
        }
        double[] rates = RateLab.usedLanes(typed);
        if (rates.length == 0) {
            message.setTextContent("Type at least one α (" + AppState.LEARNING_RATE_ALLOWED + ") to race.");
            return;
        }
        message.setTextContent("");
        note.setTextContent("");
        measuring = null; // the typed rates win over a fill-in still being measured
        laneOfRun = new int[rates.length];
        int run = 0;
        for (int lane = 0; lane < Race.MAX_RUNS; lane++) {
            if (typed[lane] == typed[lane]) {
                laneOfRun[run++] = lane;
            }
            lanes[lane].show(null, "");
        }
        LabSession lab = view.lab();
        TrainingConfig config = lab.trainer().config();
        race = new Race(lab.initialNetwork(), lab.trainData(), config, rates, RACE_STEPS);
        OptimizerConfig optimizer = config.optimizer();
        boolean hasLimit = StableRate.hasLimit(optimizer.kind());
        sharpness = hasLimit ? new RaceSharpness(race, optimizer.kind(), optimizer.momentum(), view.state().seed()) : null;
        int examples = lab.trainData().count();
        miniBatch = config.batchSize() != TrainingConfig.FULL_BATCH && config.batchSize() < examples;
        caption.setTextContent(Verdict.batchModeCaption(config.batchSize(), examples));
        sharpnessCaption.setTextContent(RaceText.sharpnessCaption(optimizer.kind()));
        AppState state = view.state();
        shared.setTextContent(RateLab.raceShared(state.seed(), examples, state.optimizer(), RACE_STEPS));
        running = true;
        chart.invalidate();
        sharpnessStage.invalidate();
        showStatus();
    }

    /** Whether the fill-in's measuring, a race or the sharpness along it is under way. */
    boolean busy() {
        return measuring != null || race != null && (running || sharpness != null && !sharpness.isIdle());
    }

    /**
     * Advances a running race and the sharpness along it (every frame while the α lab is open): a slice of one run's
     * step or of one Hessian-vector product at a time (well under a millisecond each), taking turns, until
     * {@code deadline} (Performance.now() time; the frame's turn of the panels' time), and at least one slice.
     */
    void advance(double deadline) {
        if (measuring != null) {
            advanceMeasuring(deadline);
            return;
        }
        if (race == null) {
            return;
        }
        int before = sharpness == null ? 0 : sharpnessSamples();
        boolean sharpnessTurn = false;
        int steps = 0;
        // at least one slice, however late the frame's turn began
        for (boolean first = true; first || Performance.now() < deadline; first = false) {
            int run = running && steps < MAX_STEPS_PER_FRAME * race.runCount() ? race.laggingRun() : -1;
            boolean measure = sharpness != null && (run < 0 || sharpnessTurn) && !sharpness.isIdle();
            if (measure) {
                sharpness.advanceSlice();
            } else if (run >= 0) {
                if (race.stepRunSlice(run)) {
                    steps++;
                }
            } else {
                break;
            }
            sharpnessTurn = !sharpnessTurn;
        }
        if (running && race.isOver()) {
            running = false;
        }
        if (steps > 0 || sharpness != null && sharpnessSamples() != before) {
            chart.invalidate();
            sharpnessStage.invalidate();
            showStatus();
        }
    }

    private int sharpnessSamples() {
        int samples = 0;
        for (int r = 0; r < race.runCount(); r++) {
            samples += sharpness.count(r);
        }
        return samples;
    }

    /** Draws the charts and the verdicts when something changed. */
    void frame() {
        chart.frame();
        sharpnessStage.frame();
    }

    private void paintChartAndVerdicts() {
        updateVerdicts();
        picture.paint(canvas, race, laneOfRun, logScale.isOn());
    }

    private void paintSharpness() {
        sharpnessPicture.paint(sharpnessStage.canvas, race, sharpness, laneOfRun);
    }

    private void redraw() {
        chart.invalidate();
    }

    private void showStatus() {
        startButton.setTextContent(running ? "❚❚ Pause" : race != null && !race.isOver() ? "▶ Resume" : "▶ Start");
        long steps = 0;
        for (int r = 0; race != null && r < race.runCount(); r++) {
            steps = Math.max(steps, race.costCount(r) - 1);
        }
        status.setTextContent(RateLab.raceStatus(race != null, race != null && race.isOver(), running, steps,
                RACE_STEPS));
    }

    private void updateVerdicts() {
        if (race == null) {
            return;
        }
        for (int r = 0; r < race.runCount(); r++) {
            lanes[laneOfRun[r]].show(race.verdict(r), limitNote(r));
        }
        canvas.element.setAttribute("aria-label", RaceText.description(race, laneOfRun, LANE_LINES));
    }

    private String limitNote(int run) {
        return sharpness == null ? "" : RaceText.limitNote(race, sharpness, run, miniBatch);
    }

    // ---- for the scripting API (tests)

    private boolean hasRun(int run) {
        return race != null && run >= 0 && run < race.runCount();
    }

    public int runCount() {
        return race == null ? 0 : race.runCount();
    }
    public int costCount(int run) {
        return hasRun(run) ? race.costCount(run) : 0;
    }
    public double lastCost(int run) {
        return hasRun(run) ? race.lastCost(run) : Double.NaN;
    }
    public double rate(int run) {
        return hasRun(run) ? race.learningRate(run) : Double.NaN;
    }
    public String verdict(int run) {
        return hasRun(run) ? race.verdict(run).id() : "";
    }

    /** The verdict id run {@code run}'s label predicts ("" when its lane was typed or not measured). */
    public String expectedVerdict(int run) {
        Verdict verdict = hasRun(run) ? lanes[laneOfRun[run]].expected() : null;
        return verdict == null ? "" : verdict.id();
    }

    /** λ_max of run {@code run} at its first ({@code last} false) or last sample; NaN when none. */
    public double sharpness(int run, boolean last) {
        if (!hasRun(run) || sharpness == null || sharpness.count(run) == 0) {
            return Double.NaN;
        }
        return sharpness.sharpness(run, last ? sharpness.count(run) - 1 : 0);
    }

    /** Whether the race is over and every sharpness sample due has been measured. */
    public boolean isOver() {
        return race != null && race.isOver() && (sharpness == null || sharpness.isIdle());
    }
}
