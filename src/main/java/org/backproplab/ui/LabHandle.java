package org.backproplab.ui;

import org.backproplab.state.AppState;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.lab.Controls;
import org.backproplab.ui.dom.FrameLoop;
import org.backproplab.ui.lab.LabView;
import org.backproplab.ui.host.RateLabPanel;

import org.backproplab.state.ModelTransfer;
import org.backproplab.state.NumberText;
import org.backproplab.state.WeightsCodec;
import org.backproplab.state.StateCodec;
import org.backproplab.train.SharpnessMeter;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What the page's scripts (and the browser tests) may ask a running lab: {@code BackpropLab.main} on
 * the lab's own page. Every method is safe to call with any argument: bad input gives a message, never
 * an exception.
 */
public final class LabHandle {
    /** The most steps one {@link #step} call takes, so a typo cannot freeze the page. */
    static final int MAX_STEPS_PER_CALL = 100_000;
    /** The longest one {@link #step} call trains. */
    static final double STEP_MS = 1000;
    /** The most steps one {@link #stepAsync} call takes. */
    static final double MAX_ASYNC_STEPS = 10_000_000;
    /** The longest slice of {@link #stepAsync} between two chances for the page to draw and answer. */
    static final double SLICE_MS = 12;
    /** The longest one {@link #sharpness} call measures. */
    static final double SHARPNESS_MS = 1000;

    private final LabView view;
    private boolean destroyed;

    LabHandle(LabView view) {
        this.view = view;
    }

    /**
     * Trains {@code steps} steps at once (0 to 100,000; the view catches up on the next frame), but for at most
     * {@value #STEP_MS} ms (at least one step), so a script cannot freeze the page; returns J on the training
     * set. {@link #stepAsync} takes any number of steps without holding the page.
     */
    @JSExport
    public double step(double steps) {
        int count = steps >= 1 && !destroyed ? (int) Math.min(MAX_STEPS_PER_CALL, Math.floor(steps)) : 0;
        if (count > 0) {
            view.trainSteps(count, STEP_MS);
        }
        return view.lab().trainCost();
    }

    /**
     * Trains {@code steps} steps (up to {@value #MAX_ASYNC_STEPS}) in slices of at most {@value #SLICE_MS} ms
     * between which the page draws and answers, and returns a Promise of J on the training set once all are
     * taken (sooner if training diverges or the lab is destroyed).
     */
    @JSExport
    public JSObject stepAsync(double steps) {
        double[] left = {steps >= 1 && !destroyed ? Math.min(MAX_ASYNC_STEPS, Math.floor(steps)) : 0};
        return inSlices(() -> {
            if (destroyed || left[0] <= 0) {
                return 0;
            }
            int taken = view.trainSteps((int) Math.min(left[0], MAX_STEPS_PER_CALL), SLICE_MS);
            left[0] = view.lab().isDiverged() ? 0 : left[0] - taken;
            return left[0];
        }, () -> view.lab().trainCost());
    }

    /** One slice of {@link #stepAsync} or {@link #sharpnessAsync}: works, and answers whether work is left (> 0). */
    @JSFunctor
    interface Slice extends JSObject {
        double next();
    }

    /** What the Promise of {@link #stepAsync} or {@link #sharpnessAsync} resolves with. */
    @JSFunctor
    interface Result extends JSObject {
        double value();
    }

    // Long local names: TeaVM's minifier renames parameters and could collide with one-letter ones.
    @JSBody(params = {"slice", "result"}, script = "return new Promise(function (resolveWhenDone) {"
            + " function proceedWithSlice() {"
            + "   if (slice() > 0) { setTimeout(proceedWithSlice, 0); } else { resolveWhenDone(result()); }"
            + " }"
            + " setTimeout(proceedWithSlice, 0); });")
    private static native JSObject inSlices(Slice slice, Result result);

    /** J on the training set at the current weights. */
    @JSExport
    public double cost() {
        return view.lab().trainCost();
    }

    /** J on the test set at the current weights (NaN when there is no test set). */
    @JSExport
    public double testCost() {
        return view.lab().testCost();
    }

    /** Steps taken since the weights were last initialised. */
    @JSExport
    public double iteration() {
        return view.lab().iteration();
    }

    /**
     * λ_max, the largest eigenvalue of the Hessian of J on the whole training set at the current weights, measured
     * for at most {@value #SHARPNESS_MS} ms: on a large network and data set a converged estimate can take longer,
     * and then the estimate so far is returned (a lower bound, see {@link #sharpnessAsync}).
     */
    @JSExport
    public double sharpness() {
        SharpnessMeter meter = view.lab().sharpnessMeasurement();
        double deadline = Performance.now() + SHARPNESS_MS;
        while (measuring(meter) && Performance.now() < deadline) {
            meter.advanceSlice();
        }
        return meter.estimate();
    }

    /**
     * λ_max as {@link #sharpness}, of the weights at the call, measured to the end in slices of at most
     * {@value #SLICE_MS} ms between which the page draws and answers (training may go on meanwhile); returns a
     * Promise of it (NaN if the lab is destroyed first).
     */
    @JSExport
    public JSObject sharpnessAsync() {
        SharpnessMeter meter = view.lab().sharpnessMeasurement();
        return inSlices(() -> {
            double deadline = Performance.now() + SLICE_MS;
            do {
                if (destroyed || !measuring(meter)) {
                    return 0;
                }
                meter.advanceSlice();
            } while (Performance.now() < deadline);
            return 1;
        }, () -> destroyed ? Double.NaN : meter.estimate());
    }

    /** Whether a measurement of λ_max goes on: neither converged nor at {@link SharpnessMeter#DEFAULT_MAX_PRODUCTS}. */
    private static boolean measuring(SharpnessMeter meter) {
        return !meter.isConverged() && meter.products() < SharpnessMeter.DEFAULT_MAX_PRODUCTS;
    }

    /** The stable-step limit of the current optimizer at the current weights (2/λ_max for gradient descent); NaN for RMSProp and Adam. */
    @JSExport
    public double stableRate() {
        return view.lab().stableRate();
    }

    /** The stability meter's mean cost per frame so far, in ms (its largest with {@code largest}). */
    @JSExport
    public double rateMeterFrameMs(boolean largest) {
        return view.rateMeterCost()[largest ? 1 : 0];
    }

    /** The sentence under the α slider's stability meter. */
    @JSExport
    public String rateMeterText() {
        return org.backproplab.ui.dom.Dom.role(view.root(), "lr-meter-text").getTextContent();
    }

    /** The learning rate α. */
    @JSExport
    public double learningRate() {
        return view.state().learningRate();
    }

    /**
     * Sets α (a number, or a text such as "0.03") and updates the controls; returns "" or, for a value that
     * is not {@link AppState#LEARNING_RATE_ALLOWED}, why it was refused (α is then unchanged).
     */
    @JSExport
    public String setLearningRate(JSObject value) {
        double rate;
        if (Dom.isNumber(value)) {
            rate = Dom.asNumber(value);
            if (!Double.isFinite(rate)) {
                return "learning rate α must be " + AppState.LEARNING_RATE_ALLOWED + ", but is " + Dom.asText(value);
            }
        } else {
            try {
                rate = Controls.number(value == null ? "" : Dom.asText(value), "learning rate α",
                        AppState.LEARNING_RATE_ALLOWED);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        return view.setLearningRate(rate);
    }

    /**
     * Sets the weight from neuron {@code from} of layer {@code layer} to neuron {@code to} of the next layer
     * (layer 0 is the first layer of weights; neurons 0-based); returns "" or why not (nothing changes then).
     */
    @JSExport
    public String setWeight(double layer, double to, double from, JSObject value) {
        if (!Dom.isNumber(value)) {
            return view.lab().weightEditor().setWeight(whole(layer), whole(to), whole(from),
                    value == null ? "" : Dom.asText(value));
        }
        if (whole(layer) != layer || whole(to) != to || whole(from) != from) {
            return "layer and neurons must be whole numbers, but are " + NumberText.format(layer) + ", "
                    + NumberText.format(to) + ", " + NumberText.format(from);
        }
        return view.lab().weightEditor().setWeight((int) layer, (int) to, (int) from, Dom.asNumber(value));
    }

    /** Puts the last typed weight's previous value back; "" or why there is none. */
    @JSExport
    public String undo() {
        return view.lab().weightEditor().undo();
    }

    private static int whole(double value) {
        return Math.abs(value) < 1e9 ? (int) value : -1;
    }

    /** The current settings as URL text (the same text as after '#' in the address bar). */
    @JSExport
    public String state() {
        return StateCodec.encode(view.state());
    }

    /** Whether training is running. */
    @JSExport
    public boolean playing() {
        return view.isPlaying();
    }

    /** Weights and biases in the network. */
    @JSExport
    public int parameterCount() {
        return view.lab().network().shape().parameterCount();
    }

    /** W[0][0][0]: the weight from input 0 to the first neuron of layer 1. */
    @JSExport
    public double firstWeight() {
        return view.lab().network().parameters()[0];
    }

    // ---- read-only, for the accessibility and robustness tests (AccessibilityIT)

    /** Whether the reader asked for reduced motion (prefers-reduced-motion: reduce). */
    @JSExport
    public boolean reducedMotion() {
        return view.reducedMotion();
    }

    /** Frames in which the views were drawn since the page opened. */
    @JSExport
    public int viewDraws() {
        return view.viewDraws();
    }

    // ---- one weight under the microscope (MicroscopeSlot, its bundle's panel); NaN while the panel is closed or loading

    /** ∂J/∂w of the selected weight over the training set, as the microscope shows it. */
    @JSExport
    public double selectedGradient() {
        return view.microscope().gradient();
    }

    /** The selected weight's value w. */
    @JSExport
    public double selectedWeightValue() {
        return view.microscope().weight();
    }

    /** w − α·∂J/∂w: where one gradient-descent step moves the selected weight. */
    @JSExport
    public double selectedNextWeight() {
        return view.microscope().nextWeight();
    }

    /** The slope of the tangent drawn on the cost slice. */
    @JSExport
    public double tangentSlope() {
        return view.microscope().tangentSlope();
    }

    /** Points in the selected weight's trail of past steps; in the 2-D path when {@code twoWeights}. */
    @JSExport
    public int trailLength(boolean twoWeights) {
        return twoWeights ? view.microscope().pathLength() : view.microscope().trailLength();
    }

    // ---- sharing, exporting, embedding (one block)

    /** The weights and biases, in the flat order of the model's layers (a copy, as a JS array of numbers). */
    @JSExport
    public JSArray<JSNumber> parameters() {
        double[] values = view.lab().network().parameters();
        JSArray<JSNumber> array = JSArray.create();
        for (double value : values) {
            array.push(JSNumber.valueOf(value));
        }
        return array;
    }

    /** The weights and biases as a link's {@code weights=} text: float64, bit for bit. */
    @JSExport
    public String weightsText() {
        return WeightsCodec.encode(view.lab().network().parameters());
    }

    /** The model JSON that Export ▾ → Model saves (the command line's format). */
    @JSExport
    public String modelJson() {
        return ModelTransfer.modelJson(view.state(), view.lab().network());
    }

    /** Whether {@link #destroy} was called. */
    @JSExport
    public boolean destroyed() {
        return destroyed;
    }

    /** Stops this lab for good: its frame loop, its listeners, and its content on the page. */
    @JSExport
    public void destroy() {
        if (!destroyed) {
            destroyed = true;
            BackpropLab.destroyInside(view.root());
            view.destroy();
            BackpropLab.destroyed(this);
        }
    }

    HTMLElement root() {
        return view.root();
    }

    // ---- the α lab (LearningRateLabIT): read-only views of its race, finder, sandbox and schedule

    /** Whether the α lab panel is open. */
    @JSExport
    public boolean rateLabOpen() {
        return view.rateLab().isOpen();
    }

    /** Runs in the α lab's current race (0 before the first Start). */
    @JSExport
    public int raceRunCount() {
        return rateLab() == null ? 0 : rateLab().raceRunCount();
    }

    /** Points on run {@code run}'s cost curve (1 + steps taken without diverging); 0 for no such run. */
    @JSExport
    public int raceCostCount(int run) {
        return rateLab() == null ? 0 : rateLab().raceCostCount(run);
    }

    /** Run {@code run}'s last recorded (finite) cost; NaN for no such run. */
    @JSExport
    public double raceLastCost(int run) {
        return rateLab() == null ? Double.NaN : rateLab().raceLastCost(run);
    }

    /** Run {@code run}'s verdict id ("converging", "diverged", …); "" for no such run. */
    @JSExport
    public String raceVerdict(int run) {
        return rateLab() == null ? "" : rateLab().raceVerdict(run);
    }

    /**
     * The verdict id run {@code run}'s label predicts, in the words of {@link #raceVerdict}, for lanes filled by
     * the measured "too small · good · too large · diverging"; "" for a typed lane or no such run.
     */
    @JSExport
    public String raceExpected(int run) {
        return rateLab() == null ? "" : rateLab().raceExpected(run);
    }

    /** Run {@code run}'s α; NaN for no such run. */
    @JSExport
    public double raceRate(int run) {
        return rateLab() == null ? Double.NaN : rateLab().raceRate(run);
    }

    /**
     * λ_max measured along run {@code run}: at its start ({@code last} false) or at its last sample; NaN for no
     * such run or an optimizer without a single stable limit (RMSProp, Adam), where it is not tracked.
     */
    @JSExport
    public double raceSharpness(int run, boolean last) {
        return rateLab() == null ? Double.NaN : rateLab().raceSharpness(run, last);
    }

    /** Whether every run of the race has finished or diverged and its sharpness along the runs is measured. */
    @JSExport
    public boolean raceOver() {
        return rateLab() != null && rateLab().raceOver();
    }

    /** Whether the finder has a finished (or cancelled) sweep. */
    @JSExport
    public boolean finderDone() {
        return rateLab() != null && rateLab().finderDone();
    }

    /** Whether the finder has measured and checked its four rates for the race (after a finished sweep). */
    @JSExport
    public boolean finderChecked() {
        return rateLab() != null && rateLab().finderChecked();
    }

    /** The α the finder's "use α" button applies: its best α rounded to two digits; NaN before a sweep. */
    @JSExport
    public double finderSuggestion() {
        return rateLab() == null ? Double.NaN : rateLab().finderSuggestion();
    }

    /** The finder's best α exactly as measured; NaN before a sweep. */
    @JSExport
    public double finderBestRate() {
        return rateLab() == null ? Double.NaN : rateLab().finderBestRate();
    }

    /** How many optimizers' paths the sandbox draws. */
    @JSExport
    public int sandboxPathCount() {
        return rateLab() == null ? 0 : rateLab().sandboxPathCount();
    }

    /** The α(t) read-out in the toolbar ("" while the schedule is constant). */
    @JSExport
    public String currentRateText() {
        return view.rateLab().currentRateText();
    }

    /** The α lab, loaded on its first opening; null before. */
    private RateLabPanel rateLab() {
        return view.rateLab().panel();
    }

    // ---- the phase stepper and lessons (read-only, for tests and course pages)

    /** The phase being shown: 1 forward, 2 cost, 3 backpropagation, 4 gradient descent; 0 when none. */
    @JSExport
    public int phase() {
        return view.phaseBar().phaseNumber();
    }

    /** The phase stepper's headline and caption as shown. */
    @JSExport
    public String phaseCaption() {
        return view.phaseBar().captionText();
    }

    /** Whether the phase stepper is on (→ and Step then move one phase). */
    @JSExport
    public boolean stepping() {
        return view.phaseBar().isOn();
    }

    // ---- "Your turn" (docs/embedding.md)

    /**
     * The open "Your turn" question as JSON {"kind", "layer", "neuron", "from", "example"}, or null when none is
     * open (the mode is off, or the stepper is not waiting for an answer).
     */
    @JSExport
    public String exercise() {
        return view.phaseBar().quiz().questionJson();
    }

    /**
     * Answers the open question with {@code value} (a number, or a text as typed: "0.25", "up", "down"), as the
     * Check button does; returns {"correct", "expected", "mistake"} as JSON, null when no question is open, or
     * {"error": why} when the value is not an answer.
     */
    @JSExport
    public String answer(JSObject value) {
        return view.phaseBar().quiz().answer(value);
    }

    /** The batch of the open question as JSON {"inputs": [[…]], "targets": [[…]]}, or null when none is open. */
    @JSExport
    public String exerciseBatch() {
        return view.phaseBar().quiz().batchJson();
    }

    /** Parameter {@code index} (weights and biases in the model file's order), or NaN outside 0..parameterCount()−1. */
    @JSExport
    public double parameter(double index) {
        double[] parameters = view.lab().network().parameters();
        return index >= 0 && index < parameters.length && index == Math.floor(index) ? parameters[(int) index] : Double.NaN;
    }

    // ---- frame timing (the app benchmark, bench/AppBenchIT): read-only

    /** Animation frames this lab has run since it started. */
    @JSExport
    public double frameCount() {
        return view.loop().times().count();
    }

    /** The script time (ms) of the last {@code count} frames (at most 600), oldest first. */
    @JSExport
    public JSArray<JSNumber> frameTimes(double count) {
        double[] values = view.loop().times().last(count >= 0 ? (int) Math.min(count, FrameLoop.TIMED_FRAMES) : 0);
        JSArray<JSNumber> array = JSArray.create();
        for (double value : values) {
            array.push(JSNumber.valueOf(value));
        }
        return array;
    }

    /** Which build runs the lab: "wasm" (WebAssembly GC) or "js" (JavaScript); see js/start.js. */
    @JSExport
    public String engine() {
        return Engine.name();
    }

    /** When this lab's first frame (every view drawn) ended, in ms since navigation start; NaN before it. */
    @JSExport
    public double firstFrameMillis() {
        return view.loop().firstFrameEnd();
    }

    /** Complete decision-boundary pictures shown so far (a large network's takes a few frames). */
    @JSExport
    public int boundaryPictures() {
        return view.outputView().pictures();
    }

    /** Whether the decision-boundary picture shows the current weights. */
    @JSExport
    public boolean boundaryCurrent() {
        return view.outputView().showsRevision(view.lab().revision());
    }

    // ---- number text in this build (BundleSizeIT): Java's Double.toString and parseDouble, which the
    // bundle routes through the browser's own conversions (ui.classlib), must read and print like the JVM

    /** Double.toString(x) as this build prints it. */
    @JSExport
    public String doubleText(double x) {
        return Double.toString(x);
    }

    /** Double.parseDouble(text) as this build reads it; NaN when Java rejects the text. */
    @JSExport
    public double doubleValue(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    public String toString() {
        return "BackpropLab lab, α = " + NumberText.format(view.state().learningRate());
    }
}
