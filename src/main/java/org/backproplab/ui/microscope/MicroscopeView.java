package org.backproplab.ui.microscope;

import org.backproplab.viz.NumberFormat;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.ViewFailure;
import org.backproplab.ui.host.Settings;

import java.util.function.BooleanSupplier;
import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.landscape.ChainRule;
import org.backproplab.landscape.CostGrid;
import org.backproplab.landscape.CostSlice;
import org.backproplab.landscape.LearningRateDemo;
import org.backproplab.landscape.SliceTrail;
import org.backproplab.landscape.Trajectory2D;
import org.backproplab.landscape.WeightNames;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.NumberText;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * One weight under the microscope: the panel that opens when a weight is selected (AppState.selectedWeight,
 * w1 in the URL). It shows how backpropagation gets ∂J/∂w for that weight (the chain rule with the lab's
 * own numbers, as MathML), the gradient-descent update it leads to, the cost J along the weight with the
 * tangent and the next step, learning-rate demos on that slice, and — with a second weight (w2) — the
 * cost map over both. The panel takes the place of the output view while open.
 *
 * <p>Everything is measured over the whole training set (the J the lab reports; for full-batch training
 * exactly the gradient of the next step) and recomputed only when the lab's revision changes; the 2-D
 * map uses at most {@value #MAP_ROWS} evenly spaced training examples and is refreshed every few frames
 * while training runs.
 */
public final class MicroscopeView {
    /** The most training examples the 2-D map takes J over, so that a 41 × 41 grid stays fast. */
    static final int MAP_ROWS = 200;
    /** Steps of a learning-rate demo. */
    static final int DEMO_STEPS = 10;
    /** Frames between revealing two points of a demo. */
    private static final int DEMO_FRAMES_PER_POINT = 6;
    /** While training runs, the panel's work aims at about this many milliseconds per frame (each of slice and map). */
    private static final double BUDGET_MS = 4;
    private static final String[] PRESET_LABELS = {"small \u03b1", "good \u03b1", "too large \u03b1", "diverging \u03b1"};

    private final Settings settings;
    private final Guard guard;
    private final BooleanSupplier playing;
    private final Runnable pause;
    private final HTMLElement root;
    private final HTMLElement panel;
    private final HTMLElement outputPanel;
    private final HTMLButtonElement openButton;
    private final HTMLSelectElement weightPicker;
    private final HTMLSelectElement secondPicker;
    private final HTMLElement batchLead;
    private final HTMLElement exampleText;
    private final ChainRuleMath math;
    private final HTMLElement updateNote;
    private final HTMLElement sliceStage;
    private final HTMLElement mapStage;
    /** The canvases are made when first shown, so a lab that never opens the panel has no hidden canvases. */
    private MicroscopeSlice slicePlot;
    private final HTMLButtonElement[] presetButtons = new HTMLButtonElement[4];
    private final HTMLButtonElement ownRateButton;
    private final HTMLElement caption;
    private final HTMLElement trailNote;
    private final HTMLElement mapSection;
    private final HTMLElement mapCaption;
    private MicroscopeMap mapPlot;
    private final HTMLElement summary;
    private final ViewFailure failure;

    private Network network;
    private Dataset data;
    private CostSlice slice;
    private ChainRule rule;
    private LearningRateDemo demo;
    private CostGrid grid;
    private int mapRowCount;
    private final SliceTrail trail = new SliceTrail(300);
    private final Trajectory2D path = new Trajectory2D(600);
    private final org.backproplab.viz.StickyWindow window = new org.backproplab.viz.StickyWindow();
    private final org.backproplab.viz.StickyWindow mapX = new org.backproplab.viz.StickyWindow();
    private final org.backproplab.viz.StickyWindow mapY = new org.backproplab.viz.StickyWindow();
    private final double[] rates = new double[4];

    private boolean open;
    private String pickersBuiltFor = "";
    private int drawnRevision = Integer.MIN_VALUE;
    private int drawnIndex = -2;
    private int drawnSecond = -2;
    private int drawnExample = -1;
    /** The second weight the map was last brought into view for (-1: none), so it scrolls once per choice. */
    private int mapShownFor = -1;
    private int example;
    private long recordedIteration = -1;
    private int presetsRevision = Integer.MIN_VALUE;
    private int presetsIndex = -1;
    private int framesSinceMeasure;
    private int measureInterval = 1;
    private double measuredWeight = Double.NaN;
    private double measuredSecondWeight = Double.NaN;
    private double secondGradient = Double.NaN;
    private String shownSummary = "";
    /** The α of the last measure: the trainer's rate for its next step. */
    private double lastRate = Double.NaN;

    private final double[] demoWeights = new double[DEMO_STEPS + 1];
    private final double[] demoCosts = new double[DEMO_STEPS + 1];
    private int demoCount;
    private int demoShown;
    private int demoFrames;
    private int demoRevision = Integer.MIN_VALUE;
    private int demoIndex = -1;

    /**
     * Builds the panel inside the lab's {@code data-role="microscope"} section; {@code playing} and
     * {@code pause} reach the lab's animation (a demo pauses training).
     */
    public MicroscopeView(HTMLElement root, Settings settings, Guard guard, BooleanSupplier playing, Runnable pause) {
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
        HTMLElement body = Dom.element("div", "blm-body", panel);

        HTMLElement pickers = Dom.element("div", "blm-pickers", body);
        weightPicker = picker(pickers, "Weight");
        secondPicker = picker(pickers, "2-D map with");
        guard.listen(weightPicker, "change", "choosing a weight", (Event e) -> picked());
        guard.listen(secondPicker, "change", "choosing a second weight", (Event e) -> picked());

        // In the order things happen: backpropagation gives ∂J/∂w, gradient descent uses it, the slice and the
        // map show where that step lands.
        heading(body, "Backpropagation: where \u2202J/\u2202w comes from");
        batchLead = Dom.element("p", "blm-lead", body);
        HTMLElement batchMath = Dom.element("div", "blm-math", body);
        HTMLElement exampleBar = Dom.element("div", "blm-example-bar", body);
        HTMLButtonElement previous = button("\u2039", "Previous example", "bl-button blm-step-button", exampleBar);
        exampleText = Dom.element("span", "blm-example-text", exampleBar);
        exampleText.setAttribute("aria-live", "polite");
        HTMLButtonElement next = button("\u203a", "Next example", "bl-button blm-step-button", exampleBar);
        guard.listen(previous, "click", "showing the previous example", (Event e) -> moveExample(-1));
        guard.listen(next, "click", "showing the next example", (Event e) -> moveExample(1));
        HTMLElement exampleMath = Dom.element("div", "blm-math", body);
        HTMLElement activationNote = Dom.element("p", "blm-note", body);

        heading(body, "Gradient descent: one step downhill");
        HTMLElement updateMath = Dom.element("div", "blm-math", body);
        updateNote = Dom.element("p", "blm-note", body);

        heading(body, "The cost J along this weight");
        HTMLElement legend = Dom.element("ul", "blm-legend", body);
        legend.setAttribute("aria-label", "What the picture shows");
        legendItem(legend, "blm-swatch-curve", "J(w), other weights fixed");
        legendItem(legend, "blm-swatch-tangent", "tangent: slope \u2202J/\u2202w");
        legendItem(legend, "blm-swatch-step", "one step of \u03b1");
        legendItem(legend, "blm-swatch-trail", "past steps");
        sliceStage = Dom.element("div", "blm-stage", body);
        HTMLElement presets = Dom.element("div", "blm-presets", body);
        presets.setAttribute("role", "group");
        presets.setAttribute("aria-label", "Try a learning rate on this weight alone");
        for (int k = 0; k < 4; k++) {
            int preset = k;
            presetButtons[k] = button(PRESET_LABELS[k], "Run " + DEMO_STEPS + " steps of gradient descent on this "
                    + "weight alone with a " + PRESET_LABELS[k], "bl-button blm-preset", presets);
            guard.listen(presetButtons[k], "click", "running the learning-rate demo", (Event e) -> runDemo(preset));
        }
        ownRateButton = button("your \u03b1", "Run " + DEMO_STEPS + " steps on this weight alone with your learning "
                + "rate", "bl-button blm-preset blm-own-rate", presets);
        guard.listen(ownRateButton, "click", "running the learning-rate demo", (Event e) -> runDemo(4));
        caption = Dom.element("p", "blm-caption", body);
        caption.setAttribute("aria-live", "polite");
        trailNote = Dom.element("p", "blm-note", body);
        trailNote.setTextContent("The blue dots are this weight's past steps, each at the J it had then. They "
                + "need not lie on today's curve: the other weights moved too, and that reshapes J(w).");
        trailNote.setHidden(true);

        math = new ChainRuleMath(batchMath, exampleMath, activationNote, updateMath);
        mapSection = Dom.element("div", "blm-map-section", body);
        heading(mapSection, "Two weights: the cost map");
        mapStage = Dom.element("div", "blm-stage blm-map-stage", mapSection);
        mapCaption = Dom.element("p", "blm-note", mapSection);
        mapSection.setHidden(true);

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

    private HTMLButtonElement button(String text, String label, String className, HTMLElement parent) {
        HTMLButtonElement button = (HTMLButtonElement) Dom.element("button", className, parent);
        button.setType("button");
        button.setTextContent(text);
        button.setAttribute("aria-label", label);
        button.setTitle(label);
        return button;
    }

    private static HTMLSelectElement picker(HTMLElement parent, String text) {
        HTMLElement label = Dom.element("label", "blm-picker", parent);
        Dom.span("blm-picker-label", text, label);
        return (HTMLSelectElement) Dom.element("select", "blm-select", label);
    }

    private static void heading(HTMLElement parent, String text) {
        HTMLElement heading = Dom.element("h3", "blm-heading", parent);
        heading.setTextContent(text);
    }

    private static void legendItem(HTMLElement legend, String swatch, String text) {
        HTMLElement item = Dom.element("li", "", legend);
        Dom.span("blm-swatch " + swatch, "", item).setAttribute("aria-hidden", "true");
        Dom.span("", text, item);
    }

    // ---- opening and choosing

    private void toggle() {
        AppState state = settings.state();
        if (open) {
            close();
            return;
        }
        Shape shape = Shape.of(state.layerSizes(), state.activation(), state.outputActivation());
        settings.change(state.withSelectedWeights(WeightNames.firstOutputWeight(shape), -1));
        setOpen(true);
        weightPicker.focus();
    }

    private void close() {
        settings.change(settings.state().withSelectedWeights(-1, -1));
        setOpen(false);
        trail.clear();
        path.clear();
        clearDemo();
        openButton.focus();
    }

    private void picked() {
        int first = Integer.parseInt(weightPicker.getValue());
        int second = Integer.parseInt(secondPicker.getValue());
        int count = settings.state().parameterCount();
        if (first >= count || second >= count) {
            return; // the lists still name an older network's weights; the next frame refreshes them
        }
        settings.change(settings.state().withSelectedWeights(first, second == first ? -1 : second));
    }

    private void moveExample(int by) {
        if (rule == null) {
            return;
        }
        int count = rule.exampleCount();
        example = ((example + by) % count + count) % count;
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

    /** A newly chosen second weight's map lies below the slice: scroll the least that shows all of it. */
    @JSBody(params = "element", script = "element.scrollIntoView({block: 'nearest'});")
    private static native void bringIntoView(HTMLElement element);

    /** Whether the panel is showing (a weight is selected). */
    public boolean isOpen() {
        return open;
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
        if (!open) {
            return;
        }
        if (slicePlot == null) {
            slicePlot = new MicroscopeSlice(sliceStage);
        }
        follow(lab);
        int second = state.secondWeight();
        if (second == index || second >= shape.parameterCount()) {
            second = -1;
        }
        syncPickers(shape, index, second);
        if (example >= rule.exampleCount()) {
            example = 0;
        }
        record(lab, index, second);
        boolean running = playing.getAsBoolean();
        boolean selectionChanged = index != drawnIndex || second != drawnSecond || example != drawnExample;
        // While training runs, a measure that took t ms waits about t / BUDGET_MS frames before the next one,
        // so that big networks and data sets keep the animation smooth; paused, every change is measured.
        boolean measureDue = selectionChanged
                || (lab.revision() != drawnRevision && (!running || ++framesSinceMeasure >= measureInterval));
        boolean repaint = slicePlot.canvas.fit();
        if (measureDue) {
            if (demoCount > 0 && (lab.revision() != demoRevision || index != demoIndex)) {
                clearDemo();
            }
            double start = Performance.now();
            measure(lab, index, second, running);
            measureInterval = framesFor(Performance.now() - start);
            framesSinceMeasure = 0;
            drawnRevision = lab.revision();
            drawnIndex = index;
            drawnSecond = second;
            drawnExample = example;
            repaint = true;
        }
        if (demoShown < demoCount && ++demoFrames >= DEMO_FRAMES_PER_POINT) {
            demoFrames = 0;
            demoShown++;
            repaint = true;
        }
        if (repaint) {
            paintSlice();
        }
        Dom.show(mapSection, second >= 0);
        if (second >= 0 && second != mapShownFor) {
            bringIntoView(mapSection);
        }
        mapShownFor = second;
        if (second < 0) {
            return;
        }
        if (mapPlot == null) {
            mapPlot = new MicroscopeMap(mapStage);
        }
        boolean mapRepaint = mapPlot.canvas.fit() | measureDue;
        if (measureDue && (selectionChanged || !mapPlot.busy())) {
            mapPlot.start(index, second, mapX.center(), mapY.center(), mapX.radius());
        }
        // while training runs, the grid is sampled a few rows per frame; paused, all at once
        if (mapPlot.work(grid, running ? Performance.now() + BUDGET_MS : Double.POSITIVE_INFINITY)) {
            mapRepaint = true;
        }
        if (mapRepaint) {
            mapPlot.paint(measuredWeight, measuredSecondWeight, slice.slope(), secondGradient, path,
                    shortName(shape, index), shortName(shape, second));
        }
    }

    /** Frames to wait after work that took {@code milliseconds} while training runs: 1 to 60. */
    private static int framesFor(double milliseconds) {
        return (int) Math.max(1, Math.min(60, Math.ceil(milliseconds / BUDGET_MS)));
    }

    /** Adds the current point to the trail (and the 2-D path) whenever training moved the weights. */
    private void record(LabSession lab, int index, int second) {
        long iteration = lab.iteration();
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
        demo = new LearningRateDemo(slice, DEMO_STEPS);
        int[] mapRows = null;
        mapRowCount = data.count();
        if (data.count() > MAP_ROWS) {
            mapRows = new int[MAP_ROWS];
            for (int k = 0; k < MAP_ROWS; k++) {
                mapRows[k] = (int) ((long) k * data.count() / MAP_ROWS);
            }
            mapRowCount = MAP_ROWS;
        }
        grid = new CostGrid(network, data, mapRows);
        trail.clear();
        path.clear();
        window.reset();
        mapX.reset();
        mapY.reset();
        clearDemo();
        recordedIteration = -1;
        presetsRevision = Integer.MIN_VALUE;
        drawnRevision = Integer.MIN_VALUE;
        example = 0;
    }

    private void measure(LabSession lab, int index, int second, boolean running) {
        double rate = lab.trainer().currentLearningRate();
        lastRate = rate;
        // the presets measure the slice at α = 1, so they come before the measure at the real α
        if (!running && (lab.revision() != presetsRevision || index != presetsIndex)) {
            double curvature = demo.presets(index, rates);
            presetsRevision = lab.revision();
            presetsIndex = index;
            boolean usable = Double.isFinite(curvature);
            for (int k = 0; k < 4; k++) {
                presetButtons[k].setDisabled(!usable);
            }
        }
        double secondRadius = 0;
        double secondWeight = Double.NaN;
        if (second >= 0) {
            secondRadius = slice.suggestedRadius(second, rate);
            secondGradient = slice.slope();
            secondWeight = slice.weight();
        }
        double radius = slice.suggestedRadius(index, rate);
        double w = slice.weight();
        measuredWeight = w;
        measuredSecondWeight = secondWeight;
        rule.measure(index, example);
        math.show(rule, network.shape(), network.regularization(), rate, slice.nextWeight());

        window.follow(w, slice.nextWeight(), radius);
        slicePlot.sample(slice, index, window.min(), window.max());

        if (second >= 0) {
            double wanted = Math.max(radius, secondRadius);
            mapX.follow(w, slice.nextWeight(), wanted);
            mapY.follow(secondWeight, secondWeight - rate * secondGradient, wanted);
            double common = Math.max(mapX.radius(), mapY.radius());
            mapX.include(mapX.center() + common);
            mapY.include(mapY.center() + common);
            mapCaption.setTextContent("J over " + shortName(network.shape(), index) + " (across) and "
                    + shortName(network.shape(), second) + " (up), every other parameter fixed"
                    + (mapRowCount < data.count() ? ", on " + mapRowCount + " of the " + NumberText.grouped(data.count())
                            + " training examples" : "")
                    + ". Light is low J; the lines are levels of J spaced by equal factors. The orange line is the "
                    + "path the two weights took while training.");
        }
        describeBatch(lab);
        describeUpdate(lab, rate);
        ownRateButton.setTextContent("your \u03b1 = " + NumberFormat.display(rate, 3));
        if (!running) {
            announce(index);
        }
    }

    private void describeBatch(LabSession lab) {
        int n = rule.exampleCount();
        batchLead.setTextContent(rule.isBias()
                ? "A bias is a weight on a constant input a = 1, so \u2202J/\u2202b is the mean of \u03b4 over the "
                        + NumberText.grouped(n) + " training examples, \u03b4 = \u2202cost/\u2202z of its neuron:"
                : n > 1
                ? "The mean over the " + NumberText.grouped(n) + " training examples of \u03b4\u00b7a, "
                        + "\u03b4 = \u2202cost/\u2202z of the neuron the weight feeds, a = what flows in through it:"
                : "With one training example, \u2202J/\u2202w is \u03b4\u00b7a for that example:");
        int row = rule.exampleRow();
        StringBuilder text = new StringBuilder("example ").append(example + 1).append(" of ").append(n).append(": ");
        int inputs = data.inputSize();
        for (int c = 0; c < inputs; c++) {
            text.append(c > 0 ? ", " : "").append(inputs == 1 ? "x" : c == 0 ? "x\u2081" : "x\u2082").append(" = ")
                    .append(NumberFormat.display(data.input(row, c), 3));
        }
        int targets = data.targetSize();
        if (targets == 1) {
            text.append(", y = ").append(NumberFormat.display(data.target(row, 0), 3));
        } else {
            int best = 0;
            for (int k = 1; k < targets; k++) {
                if (data.target(row, k) > data.target(row, best)) {
                    best = k;
                }
            }
            text.append(", class ").append(best);
        }
        exampleText.setTextContent(text.toString());
    }

    private void describeUpdate(LabSession lab, double rate) {
        AppState state = settings.state();
        StringBuilder note = new StringBuilder();
        boolean fullBatch = lab.trainer().config().isFullBatch(data.count());
        if (state.optimizer() != OptimizerKind.SGD) {
            note.append("Training uses ").append(state.optimizer().id())
                    .append(", which turns \u2202J/\u2202w into a step its own way; this line is plain gradient descent. ");
        } else if (fullBatch) {
            note.append("This is the step the next training step takes for this weight (all other weights move too). ");
        }
        if (!fullBatch) {
            note.append("Training uses mini-batches of ").append(state.batchSize()).append(": each step's \u2202J/\u2202w "
                    + "comes from one batch and wobbles around this mean over all ").append(NumberText.grouped(data.count()))
                    .append(" examples. ");
        }
        if (state.schedule() != LearningRateScheduleKind.CONSTANT) {
            note.append("\u03b1 = ").append(NumberFormat.display(rate, 3)).append(" is the schedule's rate at this iteration.");
        }
        updateNote.setTextContent(note.toString().trim());
    }

    /** The key numbers as one sentence for screen readers, only when they changed and training is paused. */
    private void announce(int index) {
        String text = WeightNames.parameter(network.shape(), index) + ": w = " + NumberFormat.display(slice.weight(), 4)
                + ", \u2202J/\u2202w = " + NumberFormat.display(slice.slope(), 4) + ", next w = "
                + NumberFormat.display(slice.nextWeight(), 4) + ", J = " + NumberFormat.display(slice.measuredCost(), 4)
                + ", J after the step = " + NumberFormat.display(slice.nextCost(), 4) + ".";
        if (!text.equals(shownSummary)) {
            shownSummary = text;
            summary.setTextContent(text);
            slicePlot.canvas.element.setAttribute("aria-label", "The cost J along the selected weight: " + text);
        }
    }

    private static String shortName(Shape shape, int index) {
        return shape.parameterName(index);
    }

    // ---- pickers

    private void syncPickers(Shape shape, int index, int second) {
        String key = shape.toString();
        if (!key.equals(pickersBuiltFor)) {
            pickersBuiltFor = key;
            fill(weightPicker, shape, false);
            fill(secondPicker, shape, true);
        }
        String first = Integer.toString(index);
        if (!first.equals(weightPicker.getValue())) {
            weightPicker.setValue(first);
        }
        String other = Integer.toString(second);
        if (!other.equals(secondPicker.getValue())) {
            secondPicker.setValue(other);
        }
    }

    private static void fill(HTMLSelectElement select, Shape shape, boolean withNone) {
        while (select.getFirstChild() != null) {
            select.removeChild(select.getFirstChild());
        }
        if (withNone) {
            option(select, "-1", "none: one weight only");
        }
        int last = shape.layerCount() - 1;
        for (int l = 0; l < last; l++) {
            HTMLElement group = Dom.element("optgroup", "", select);
            group.setAttribute("label", l + 1 == last ? "Into the output (layer " + (l + 1) + ")"
                    : "Into hidden layer " + (l + 1));
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    int index = shape.weightIndex(l, j, i);
                    option(group, Integer.toString(index), WeightNames.parameter(shape, index));
                }
            }
            for (int j = 0; j < shape.size(l + 1); j++) {
                int index = shape.biasIndex(l, j);
                option(group, Integer.toString(index), WeightNames.parameter(shape, index));
            }
        }
    }

    private static void option(HTMLElement parent, String value, String text) {
        HTMLOptionElement option = (HTMLOptionElement) HTMLDocument.current().createElement("option");
        option.setValue(value);
        option.setText(text);
        parent.appendChild(option);
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
        double rate;
        String name;
        if (preset < 4) {
            double curvature = demo.presets(index, rates);
            rate = rates[preset];
            name = PRESET_LABELS[preset];
            if (!Double.isFinite(curvature) || !(rate > 0)) {
                for (HTMLButtonElement button : presetButtons) {
                    button.setDisabled(true);
                }
                clearDemo();
                caption.setTextContent("Here the slice of J curves downward (it is concave), so there is no "
                        + "minimum nearby to aim a learning rate at. Try your own \u03b1, or train a little first.");
                return;
            }
        } else {
            rate = Double.isFinite(lastRate) ? lastRate : state.learningRate();
            name = "your \u03b1";
        }
        // the presets measured the slice at α = 1: measure it again at the lab's α for the drawing
        slice.measure(index, Double.isFinite(lastRate) ? lastRate : state.learningRate());
        LearningRateDemo.Verdict verdict = demo.run(index, rate, DEMO_STEPS);
        demoCount = demo.count();
        for (int k = 0; k < demoCount; k++) {
            demoWeights[k] = demo.weight(k);
            demoCosts[k] = demo.cost(k);
        }
        // show where the demo goes: widen the window to its first few points (not to a runaway's far end)
        double reach = 4 * window.radius();
        for (int k = 0; k < demoCount; k++) {
            if (Math.abs(demoWeights[k] - window.center()) <= reach) {
                window.include(demoWeights[k]);
            }
        }
        slicePlot.sample(slice, index, window.min(), window.max());
        demoShown = prefersReducedMotion() ? demoCount : 1;
        demoFrames = 0;
        demoRevision = drawnRevision;
        demoIndex = index;
        caption.setAttribute("data-verdict", verdict.name());
        caption.setTextContent(name.substring(0, 1).toUpperCase() + name.substring(1) + ", \u03b1 = "
                + NumberFormat.display(rate, 3) + ", " + (demoCount - 1) + " steps on this weight alone. "
                + verdict.explanation());
        paintSlice();
    }

    /** Draws the slice; the canvas's data-demo-points tells scripts how much of a demo is drawn. */
    private void paintSlice() {
        slicePlot.paint(slice, trail, demoWeights, demoCosts, demoShown);
        Dom.show(trailNote, trail.size() > 2);
        slicePlot.canvas.element.setAttribute("data-demo-points", Integer.toString(demoShown));
    }

    private void clearDemo() {
        demoCount = 0;
        demoShown = 0;
        demoIndex = -1;
        caption.setTextContent("");
        caption.removeAttribute("data-verdict");
    }

    @JSBody(script = "return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);")
    private static native boolean prefersReducedMotion();

    // ---- for scripts and tests (LabHandle)

    /** ∂J/∂w of the selected weight as the panel shows it; NaN when closed. */
    public double gradient() {
        return open && rule != null ? rule.gradient() : Double.NaN;
    }

    /** The selected weight's value now (not as of the last measure); NaN when closed. */
    public double weight() {
        int index = settings.state().selectedWeight();
        return open && network != null && index >= 0 && index < network.parameters().length
                ? network.parameters()[index] : Double.NaN;
    }

    /** w − α·∂J/∂w as the panel shows it; NaN when closed. */
    public double nextWeight() {
        return open && slice != null ? slice.nextWeight() : Double.NaN;
    }

    /** The slope of the tangent drawn on the slice; NaN when closed. */
    public double tangentSlope() {
        return open && slice != null ? slice.slope() : Double.NaN;
    }

    /** Points in the trail of past steps. */
    public int trailLength() {
        return trail.size();
    }

    /** Points in the 2-D training path. */
    public int pathLength() {
        return path.size();
    }
}
