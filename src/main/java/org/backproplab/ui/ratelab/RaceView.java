package org.backproplab.ui.ratelab;

import org.backproplab.ui.host.LabHost;
import org.backproplab.ui.chart.ChartStage;
import org.backproplab.ui.chart.LogScaleToggle;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.dom.Dom;

import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.NumberText;
import org.backproplab.state.rate.RaceFill;
import org.backproplab.state.rate.RateLab;
import org.backproplab.train.Race;
import org.backproplab.train.RacePresets;
import org.backproplab.train.TrainingConfig;
import org.backproplab.train.Verdict;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The race: the lab's network, from its starting weights, trained on its data with up to four α at once;
 * the cost curves overlaid (each lane its colour and its dash pattern, so they differ without colour too),
 * and per run a verdict badge with its one-line explanation. A diverged curve ends in a cross.
 */
public final class RaceView {
    /** Steps every run takes. */
    static final int RACE_STEPS = 400;
    /** At most this many steps per run in one animation frame … */
    private static final int MAX_STEPS_PER_FRAME = 8;
    /** … and no more once this many milliseconds of the frame are spent. */
    private static final double FRAME_BUDGET_MS = 10;
    /** Steps of the fill-in's measuring between two looks at the clock. */
    private static final int MEASURE_SLICE = 20;
    /** Okabe–Ito blue, vermillion, bluish green and Tol's purple: apart for colour-blind eyes, ≥ 3:1 on white. */
    static final String[] LANE_COLORS = {"#0072b2", "#d55e00", "#009e73", "#aa4499"};
    static final String[] LANE_LINES = {"solid line", "long dashes", "dotted line", "dash-dot line"};

    private final LabHost view;
    private final HTMLInputElement[] fields = new HTMLInputElement[Race.MAX_RUNS];
    private final HTMLElement[] hints = new HTMLElement[Race.MAX_RUNS];
    private final HTMLElement[] badges = new HTMLElement[Race.MAX_RUNS];
    private final HTMLElement[] explanations = new HTMLElement[Race.MAX_RUNS];
    private final HTMLElement[] messages = new HTMLElement[Race.MAX_RUNS];
    private final Verdict[] shownVerdicts = new Verdict[Race.MAX_RUNS];
    private final double[] lanes = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    private final HTMLButtonElement startButton;
    private final HTMLButtonElement fromFinder;
    private final LogScaleToggle logScale;
    private final HTMLElement status;
    private final HTMLElement caption;
    private final HTMLElement shared;
    private final HTMLElement message;
    private final ChartStage chart;
    private final ViewCanvas canvas;
    private final RaceChart picture = new RaceChart();

    private Race race;
    private int[] laneOfRun = new int[0];
    private boolean running;
    private RacePresets finderPresets;
    /** The fill-in being measured (null when none is), and the verdict each lane's label predicts. */
    private RaceFill measuring;
    private final Verdict[] expected = new Verdict[Race.MAX_RUNS];

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
        fromFinder.setTitle("The four rates measured by the Finder tab on this very problem (run the finder first)");
        fromFinder.setDisabled(true);
        guard.listen(fromFinder, "click", "filling in the finder's rates", (Event e) -> {
            if (finderPresets != null) {
                fill(finderPresets.rates(), "finder");
            }
        });
        logScale = new LogScaleToggle(bar, "blv-toggle bll-log", true, this::redraw);
        message = Dom.element("p", "bl-message bll-message", parent);
        message.setAttribute("aria-live", "polite");

        HTMLElement body = Dom.element("div", "bll-body", parent);
        HTMLElement chartBox = Dom.element("div", "bll-chart", body);
        chart = new ChartStage(chartBox, "Cost J against iteration for each learning rate of the race", "race-canvas",
                this::paintChartAndVerdicts);
        canvas = chart.canvas;
        status = Dom.element("p", "bll-status", chartBox);
        status.setAttribute("aria-live", "polite");
        caption = Dom.element("p", "bll-caption", chartBox);
        caption.setAttribute("data-role", "race-caption");
        shared = Dom.element("p", "bll-caption", chartBox);

        HTMLElement laneList = Dom.element("div", "bll-lanes", body);
        laneList.setAttribute("role", "group");
        laneList.setAttribute("aria-label", "The runs of the race");
        for (int lane = 0; lane < Race.MAX_RUNS; lane++) {
            buildLane(laneList, lane, guard);
        }
        fill(RacePresets.fixed().rates(), "typical");
        showStatus();
    }

    private static HTMLButtonElement button(String text, String className, HTMLElement parent, String role) {
        HTMLButtonElement button = (HTMLButtonElement) Dom.element("button", className, parent);
        button.setType("button");
        button.setTextContent(text);
        button.setAttribute("data-role", role);
        return button;
    }

    private void buildLane(HTMLElement parent, int lane, Guard guard) {
        HTMLElement row = Dom.element("div", "bll-lane", parent);
        row.setAttribute("data-role", "race-lane-" + lane);
        HTMLElement head = Dom.element("div", "bll-lane-head", row);
        HTMLElement swatch = Dom.span("bll-swatch", "", head);
        swatch.setInnerHTML(swatchSvg(lane));
        HTMLElement label = Dom.element("label", "bll-lane-label", head);
        Dom.span("", "α", label);
        HTMLInputElement field = (HTMLInputElement) Dom.element("input", "bll-rate", label);
        field.setType("text");
        field.setAttribute("inputmode", "decimal");
        field.setAttribute("autocomplete", "off");
        field.setAttribute("spellcheck", "false");
        field.setAttribute("aria-label", "α of run " + (lane + 1) + " (" + LANE_LINES[lane] + "); empty leaves it out");
        field.setAttribute("data-role", "race-rate-" + lane);
        fields[lane] = field;
        hints[lane] = Dom.span("bll-lane-hint", "", head);
        badges[lane] = Dom.span("bll-badge", "", head);
        badges[lane].setAttribute("data-role", "race-verdict-" + lane);
        badges[lane].setHidden(true);
        messages[lane] = Dom.element("p", "bl-message", row);
        messages[lane].setAttribute("aria-live", "polite");
        explanations[lane] = Dom.element("p", "bll-explanation", row);
        guard.listen(field, "change", "reading run " + (lane + 1) + "'s α", (Event e) -> readLane(lane));
        guard.listen(field, "blur", "reading run " + (lane + 1) + "'s α", (Event e) -> {
            if (field.getAttribute("aria-invalid") != null) {
                field.removeAttribute("aria-invalid");
                field.setValue(laneText(lanes[lane]));
            }
        });
    }

    /** The lane's line as a small SVG: its colour and dash pattern, as in the chart and its legend. */
    static String swatchSvg(int lane) {
        String dash = lane == 1 ? " stroke-dasharray=\"9 4\"" : lane == 2 ? " stroke-dasharray=\"2 5\""
                : lane == 3 ? " stroke-dasharray=\"10 4 2 4\"" : "";
        return "<svg viewBox=\"0 0 40 12\" width=\"40\" height=\"12\" aria-hidden=\"true\" focusable=\"false\">"
                + "<line x1=\"2\" y1=\"6\" x2=\"38\" y2=\"6\" stroke=\"" + LANE_COLORS[lane]
                + "\" stroke-width=\"3\" stroke-linecap=\"round\"" + dash + "/></svg>";
    }

    private static String laneText(double rate) {
        return rate == rate ? NumberText.format(rate) : "";
    }

    /** Reads one lane's field: a valid α (or empty) is kept, anything else explained and refused. */
    private void readLane(int lane) {
        HTMLInputElement field = fields[lane];
        try {
            lanes[lane] = RateLab.parseLane(field.getValue());
            field.removeAttribute("aria-invalid");
            messages[lane].setTextContent("");
            hints[lane].setTextContent("");
            expected[lane] = null;
        } catch (IllegalArgumentException e) {
            field.setAttribute("aria-invalid", "true");
            messages[lane].setTextContent(RateLab.laneRefusal(e.getMessage(), lanes[lane]));
        }
    }

    /** Measures the fill-in for the lab's current network, data and optimizer, over the next frames. */
    private void startMeasuring() {
        LabSession lab = view.lab();
        measuring = new RaceFill(lab.initialNetwork(), lab.trainData(), lab.trainer().config(), RACE_STEPS,
                view.state().seed());
        message.setTextContent("Measuring: racing a ladder of rates around the stable limit …");
    }

    /** A few more steps of the fill-in's measuring within the frame budget; fills the lanes when it is done. */
    private void advanceMeasuring() {
        double started = Performance.now();
        while (measuring.advance(MEASURE_SLICE) && Performance.now() - started < FRAME_BUDGET_MS) {
            // more slices while the frame has time
        }
        if (measuring.isDone()) {
            RaceFill done = measuring;
            measuring = null;
            fill(done.lanes(), "measured");
            Verdict[] predicted = done.expected();
            for (int lane = 0; lane < Race.MAX_RUNS; lane++) {
                expected[lane] = predicted[lane];
                hints[lane].setTextContent(done.hint(lane));
            }
            message.setTextContent(done.summary() + " Press Start.");
        }
    }

    /** The verdict lane {@code lane}'s label predicts, or null when its α was not measured. */
    Verdict expected(int lane) {
        return expected[lane];
    }

    /** Puts {@code rates} into the lanes (the rest emptied); {@code origin} "typical", "measured" or "finder". */
    void fill(double[] rates, String origin) {
        for (int lane = 0; lane < Race.MAX_RUNS; lane++) {
            lanes[lane] = lane < rates.length ? rates[lane] : Double.NaN;
            fields[lane].setValue(laneText(lanes[lane]));
            fields[lane].removeAttribute("aria-invalid");
            messages[lane].setTextContent("");
            expected[lane] = null;
            hints[lane].setTextContent("finder".equals(origin) && rates.length == Race.MAX_RUNS
                    ? "expected: " + RacePresets.label(lane) : "");
        }
        message.setTextContent("finder".equals(origin) ? "Filled in the rates the finder measured on this problem. "
                + "Press Start." : "");
    }

    /** The finder has measured enough to suggest four rates (null: not yet). */
    void setFinderPresets(RacePresets presets) {
        finderPresets = presets;
        fromFinder.setDisabled(presets == null);
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
        for (int lane = 0; lane < Race.MAX_RUNS; lane++) {
            if (fields[lane].getAttribute("aria-invalid") != null) {
                message.setTextContent("Run " + (lane + 1) + "'s α is not allowed (see below); fix it or empty the field.");
                return;
            }
        }
        double[] rates = RateLab.usedLanes(lanes);
        if (rates.length == 0) {
            message.setTextContent("Type at least one α (" + AppState.LEARNING_RATE_ALLOWED + ") to race.");
            return;
        }
        message.setTextContent("");
        laneOfRun = new int[rates.length];
        int run = 0;
        for (int lane = 0; lane < Race.MAX_RUNS; lane++) {
            if (lanes[lane] == lanes[lane]) {
                laneOfRun[run++] = lane;
            }
        }
        LabSession lab = view.lab();
        TrainingConfig config = lab.trainer().config();
        race = new Race(lab.initialNetwork(), lab.trainData(), config, rates, RACE_STEPS);
        for (int lane = 0; lane < Race.MAX_RUNS; lane++) {
            shownVerdicts[lane] = null;
            Dom.show(badges[lane], false);
            explanations[lane].setTextContent("");
        }
        int examples = lab.trainData().count();
        caption.setTextContent(Verdict.batchModeCaption(config.batchSize(), examples));
        AppState state = view.state();
        shared.setTextContent(RateLab.raceShared(state.seed(), examples, state.optimizer(), RACE_STEPS));
        running = true;
        chart.invalidate();
        showStatus();
    }

    /** Advances a running race by a few steps (every frame while the α lab is open). */
    void advance() {
        if (measuring != null) {
            advanceMeasuring();
        }
        if (race == null || !running) {
            return;
        }
        double started = Performance.now();
        for (int s = 0; s < MAX_STEPS_PER_FRAME && Performance.now() - started < FRAME_BUDGET_MS; s++) {
            if (!race.step(1)) {
                running = false;
                break;
            }
        }
        chart.invalidate();
        showStatus();
    }

    /** Draws the chart and the verdicts when something changed. */
    void frame() {
        chart.frame();
    }

    private void paintChartAndVerdicts() {
        updateVerdicts();
        picture.paint(canvas, race, laneOfRun, logScale.isOn());
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
        StringBuilder alternative = null;
        for (int r = 0; r < race.runCount(); r++) {
            int lane = laneOfRun[r];
            Verdict verdict = race.verdict(r);
            if (verdict != shownVerdicts[lane]) {
                shownVerdicts[lane] = verdict;
                badges[lane].setTextContent(RateLab.verdictName(verdict));
                badges[lane].setClassName("bll-badge bll-verdict-" + verdict.id());
                Dom.show(badges[lane], true);
                explanations[lane].setTextContent(verdict.explanation());
                alternative = new StringBuilder();
            }
        }
        if (alternative != null || !running) {
            describeChart();
        }
    }

    private void describeChart() {
        int runs = race.runCount();
        double[] rates = new double[runs];
        String[] lines = new String[runs];
        Verdict[] verdicts = new Verdict[runs];
        double[] costs = new double[runs];
        for (int r = 0; r < runs; r++) {
            rates[r] = race.learningRate(r);
            lines[r] = LANE_LINES[laneOfRun[r]];
            verdicts[r] = race.verdict(r);
            costs[r] = race.lastCost(r);
        }
        canvas.element.setAttribute("aria-label", RateLab.raceDescription(rates, lines, verdicts, costs));
    }

    // ---- for the scripting API (tests)

    public int runCount() {
        return race == null ? 0 : race.runCount();
    }

    public int costCount(int run) {
        return race == null || run < 0 || run >= race.runCount() ? 0 : race.costCount(run);
    }

    public double lastCost(int run) {
        return race == null || run < 0 || run >= race.runCount() ? Double.NaN : race.lastCost(run);
    }

    public String verdict(int run) {
        return race == null || run < 0 || run >= race.runCount() ? "" : race.verdict(run).id();
    }

    /** The verdict id run {@code run}'s label predicts ("" when its lane was typed or not measured). */
    public String expectedVerdict(int run) {
        if (race == null || run < 0 || run >= race.runCount()) {
            return "";
        }
        Verdict verdict = expected[laneOfRun[run]];
        return verdict == null ? "" : verdict.id();
    }

    public boolean isOver() {
        return race != null && race.isOver();
    }
}
