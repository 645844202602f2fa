package org.backproplab.ui.lab;

import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.TextSlot;
import org.backproplab.ui.host.Settings;
import org.backproplab.ui.host.TextField;

import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Regularization;
import org.backproplab.data.DatasetKind;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.state.AppState;
import org.backproplab.state.NumberText;
import org.backproplab.state.StateCodec;
import org.backproplab.core.NumberFormat;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The settings controls of one lab: each reads the current {@link AppState}, builds the next one with a
 * {@code with…} method (which validates) and hands it to {@link Settings#change}; {@link #show} writes a
 * state back into every control. Typed fields refuse bad text with a message next to the field.
 */
public final class Controls {
    /** Steps per animation frame at each notch of the speed slider (roughly logarithmic). */
    static final int[] SPEEDS = {1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000};

    private final Settings settings;
    private final DatasetPicker dataset;
    private final FormulaField formula;
    private final HTMLInputElement noise;
    private final TextSlot noiseText;
    private final HTMLInputElement trainRatio;
    private final TextSlot trainText;
    private final TextField points;
    private final TextField hidden;
    private final HTMLSelectElement activation;
    private final HTMLSelectElement init;
    private final HTMLSelectElement loss;
    private DatasetKind lossOptionsFor;
    private final TextField learningRate;
    private final HTMLInputElement learningRateSlider;
    private final HTMLSelectElement optimizer;
    private final HTMLSelectElement schedule;
    private final HTMLElement momentumRow;
    private final TextField momentum;
    private final HTMLElement betasRow;
    private final TextField beta1;
    private final TextField beta2;
    private final TextField batch;
    private final TextSlot batchText;
    private final HTMLSelectElement regularization;
    private final HTMLInputElement lambdaInput;
    private final TextField lambda;
    private final HTMLInputElement speed;
    private final TextSlot speedText;
    private final TextSlot csvHint;
    /** Noise, split, point count and CSV: the rows that mean nothing for a worksheet's written-out examples. */
    private final HTMLElement[] generatedRows;
    private final TextSlot seed;

    Controls(HTMLElement root, Settings settings, Guard guard) {
        this.settings = settings;
        dataset = new DatasetPicker(root, settings, guard);
        formula = new FormulaField(root, settings, guard);
        noise = Dom.input(root, "noise");
        noiseText = new TextSlot(Dom.role(root, "noise-text"));
        guard.listen(noise, "input", "changing the noise",
                (Event e) -> change(state().withNoise(Double.parseDouble(noise.getValue()))));
        trainRatio = Dom.input(root, "train");
        trainText = new TextSlot(Dom.role(root, "train-text"));
        guard.listen(trainRatio, "input", "changing the train/test split",
                (Event e) -> change(state().withTrainRatio(Double.parseDouble(trainRatio.getValue()) / 100)));
        points = new TextField(Dom.input(root, "points"), Dom.role(root, "points-message"),
                (s, text) -> s.withPointCount(whole(text, "number of points",
                        AppState.MIN_POINTS + " to " + AppState.MAX_POINTS)),
                s -> Integer.toString(s.pointCount()), settings, guard);
        csvHint = new TextSlot(Dom.role(root, "csv-hint"));
        generatedRows = new HTMLElement[] {Dom.role(root, "noise-row"), Dom.role(root, "train-row"),
            Dom.role(root, "points-row"), Dom.role(root, "csv-row")};
        seed = new TextSlot(Dom.role(root, "seed"));

        hidden = new TextField(Dom.input(root, "hidden"), Dom.role(root, "hidden-message"),
                (s, text) -> s.withHiddenLayers(StateCodec.parseLayers(text)),
                Controls::layersText, settings, guard);
        activation = Dom.select(root, "activation");
        guard.listen(activation, "change", "changing the activation",
                (Event e) -> change(state().withActivation(Activation.fromId(activation.getValue()))));
        init = Dom.select(root, "init");
        guard.listen(init, "change", "changing the initial weights",
                (Event e) -> change(state().withInit(Initializer.fromId(init.getValue()))));
        loss = Dom.select(root, "loss");
        guard.listen(loss, "change", "changing the cost function",
                (Event e) -> change(state().withLoss(Loss.fromId(loss.getValue()))));

        learningRate = new TextField(Dom.input(root, "lr"), Dom.role(root, "lr-message"),
                (s, text) -> s.withLearningRate(number(text, "learning rate α", AppState.LEARNING_RATE_ALLOWED)),
                s -> NumberText.format(s.learningRate()), settings, guard);
        learningRateSlider = Dom.input(root, "lr-slider");
        guard.listen(learningRateSlider, "input", "moving the learning-rate slider",
                (Event e) -> change(state().withLearningRate(
                        AppState.learningRateAtSlider(Double.parseDouble(learningRateSlider.getValue())))));
        schedule = Dom.select(root, "schedule");
        guard.listen(schedule, "change", "changing the learning-rate schedule",
                (Event e) -> change(state().withSchedule(LearningRateScheduleKind.fromId(schedule.getValue()))));
        optimizer = Dom.select(root, "optimizer");
        guard.listen(optimizer, "change", "changing the optimizer",
                (Event e) -> change(state().withOptimizer(OptimizerKind.fromId(optimizer.getValue()))));
        momentumRow = Dom.role(root, "momentum-row");
        momentum = new TextField(Dom.input(root, "momentum"), Dom.role(root, "momentum-message"),
                (s, text) -> s.withMomentum(number(text, "momentum μ", "at least 0 and below 1")),
                s -> NumberText.format(s.momentum()), settings, guard);
        betasRow = Dom.role(root, "betas-row");
        HTMLElement betasMessage = Dom.role(root, "betas-message");
        beta1 = new TextField(Dom.input(root, "beta1"), betasMessage,
                (s, text) -> s.withBetas(number(text, "β₁", "at least 0 and below 1"), s.beta2()),
                s -> NumberText.format(s.beta1()), settings, guard);
        beta2 = new TextField(Dom.input(root, "beta2"), betasMessage,
                (s, text) -> s.withBetas(s.beta1(), number(text, "β₂", "at least 0 and below 1")),
                s -> NumberText.format(s.beta2()), settings, guard);
        batch = new TextField(Dom.input(root, "batch"), Dom.role(root, "batch-message"),
                (s, text) -> s.withBatchSize(NumberText.sameIgnoringCase(text.trim(), "full") ? 0
                        : whole(text, "batch size", "0 (full batch) or 1 to " + AppState.MAX_BATCH)),
                s -> Integer.toString(s.batchSize()), settings, guard);
        batchText = new TextSlot(Dom.role(root, "batch-text"));
        regularization = Dom.select(root, "regularization");
        guard.listen(regularization, "change", "changing the regularization",
                (Event e) -> change(state().withRegularization(Regularization.Type.fromId(regularization.getValue()))));
        lambdaInput = Dom.input(root, "lambda");
        lambda = new TextField(lambdaInput, Dom.role(root, "lambda-message"),
                (s, text) -> s.withLambda(number(text, "λ", "a number from 0 to 10")),
                s -> NumberText.format(s.lambda()), settings, guard);

        speed = Dom.input(root, "speed");
        speedText = new TextSlot(Dom.role(root, "speed-text"));
        guard.listen(speed, "input", "changing the speed",
                (Event e) -> change(state().withStepsPerFrame(SPEEDS[clampIndex(Integer.parseInt(speed.getValue()))])));
    }

    private AppState state() {
        return settings.state();
    }

    private void change(AppState next) {
        settings.change(next);
    }

    /** Writes {@code s} into every control (fields being typed in keep their text). */
    /** Draws a few of the data sets' pictures that are not drawn yet (called once a frame after the first). */
    void drawPictures() {
        dataset.drawPictures();
    }

    void show(AppState s) {
        dataset.show(s);
        formula.show(s);
        for (HTMLElement row : generatedRows) {
            Dom.show(row, !s.dataset().isWrittenOut());
        }
        setRange(noise, NumberText.format(s.noise()));
        noiseText.set(NumberFormat.format(s.noise(), 2));
        int trainPercent = (int) Math.round(s.trainRatio() * 100);
        setRange(trainRatio, Integer.toString(trainPercent));
        trainText.set(trainPercent + " : " + (100 - trainPercent));
        points.show(s);
        csvHint.set(CsvImport.hint(s.dataset()));
        seed.set(Long.toString(s.seed()));

        hidden.show(s);
        setSelect(activation, s.activation().id());
        setSelect(init, s.init().id());
        if (lossOptionsFor != s.dataset()) {
            lossOptionsFor = s.dataset();
            StringBuilder options = new StringBuilder();
            for (Loss allowed : AppState.lossesFor(s.dataset())) {
                options.append("<option value=\"").append(allowed.id()).append("\">").append(lossName(allowed))
                        .append("</option>");
            }
            loss.setInnerHTML(options.toString());
        }
        setSelect(loss, s.loss().id());

        learningRate.show(s);
        setRange(learningRateSlider, Double.toString(Math.log10(s.learningRate())));
        learningRateSlider.setAttribute("aria-valuetext", "α = " + NumberText.format(s.learningRate()));
        setSelect(schedule, s.schedule().id());
        setSelect(optimizer, s.optimizer().id());
        boolean usesMomentum = s.optimizer() == OptimizerKind.MOMENTUM || s.optimizer() == OptimizerKind.NESTEROV;
        momentumRow.setHidden(!usesMomentum);
        momentum.show(s);
        betasRow.setHidden(s.optimizer() != OptimizerKind.ADAM);
        beta1.show(s);
        beta2.show(s);
        batch.show(s);
        batchText.set(s.batchSize() == 0 ? "full batch" : s.batchSize() == 1 ? "stochastic" : "points per step");
        setSelect(regularization, s.regularization().id());
        lambdaInput.setDisabled(s.regularization() == Regularization.Type.NONE);
        lambda.show(s);

        int notch = speedNotch(s.stepsPerFrame());
        setRange(speed, Integer.toString(notch));
        String steps = s.stepsPerFrame() == 1 ? "1 step/frame" : s.stepsPerFrame() + " steps/frame";
        speedText.set(steps);
        speed.setAttribute("aria-valuetext", steps);
    }

    /** Shows a refusal of new hidden layers that came from the network view. */
    void refuseHiddenLayers(String reason) {
        hidden.complain(reason);
    }

    private static void setSelect(HTMLSelectElement select, String value) {
        if (!value.equals(select.getValue())) {
            select.setValue(value);
        }
    }

    private static void setRange(HTMLInputElement range, String value) {
        if (!Dom.isFocused(range) && !value.equals(range.getValue())) {
            range.setValue(value);
        }
    }

    static String layersText(AppState s) {
        int[] layers = s.hiddenLayers();
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < layers.length; l++) {
            text.append(l == 0 ? "" : ", ").append(layers[l]);
        }
        return text.toString();
    }

    static String lossName(Loss loss) {
        switch (loss) {
            case MSE: return "mean squared error";
            case BINARY_CROSS_ENTROPY: return "binary cross-entropy";
            case CROSS_ENTROPY: return "cross-entropy";
            default: return loss.id();
        }
    }

    /** The notch of the speed slider closest (in ratio) to {@code stepsPerFrame}. */
    static int speedNotch(int stepsPerFrame) {
        int best = 0;
        for (int k = 1; k < SPEEDS.length; k++) {
            if (Math.abs(Math.log((double) SPEEDS[k] / stepsPerFrame))
                    < Math.abs(Math.log((double) SPEEDS[best] / stepsPerFrame))) {
                best = k;
            }
        }
        return best;
    }

    private static int clampIndex(int index) {
        return Math.max(0, Math.min(SPEEDS.length - 1, index));
    }

    /** A typed number; a text that is no number at all gets the allowed values added to the message. */
    public static double number(String text, String what, String allowed) {
        try {
            return NumberText.parse(text, what);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; allowed: " + allowed);
        }
    }

    /** A typed whole number, as an int (out-of-range values are left for AppState to refuse). */
    static int whole(String text, String what, String allowed) {
        long value;
        try {
            value = NumberText.parseWhole(text, what);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; allowed: " + allowed);
        }
        return value > Integer.MAX_VALUE ? Integer.MAX_VALUE : value < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) value;
    }
}
