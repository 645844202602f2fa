package org.backproplab.state;

import org.backproplab.state.course.Lessons;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Features;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Regularization;
import org.backproplab.data.DatasetKind;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerKind;

/**
 * Writes an {@link AppState} as text ({@code v=1&data=circle&lr=0.03&…}) for URLs and the scripting API,
 * and reads it back. The key table below is explicit and versioned: no reflection, no dynamic property
 * names. Reading never fails: unknown keys are ignored and bad values keep the base value, and each of
 * these is listed in {@link Decoded#notices()} for the page to show.
 */
public final class StateCodec {
    /** The version written as {@code v}. */
    public static final int VERSION = 1;
    /** Longer texts are not read at all. */
    public static final int MAX_LENGTH = 8192;

    /** The keys in the order they are written and read (data before loss, because loss depends on it). */
    static final String[] KEYS = {"v", "data", "f", "ex", "noise", "train", "points", "seed", "hidden", "in", "act", "init",
        "loss", "reg", "lambda", "lr", "opt", "mom", "b1", "b2", "batch", "speed", "sched", "w1", "w2", "quiz",
        "lesson"};

    private StateCodec() {
    }

    /** The result of reading: the state and what was ignored, in words. */
    public record Decoded(AppState state, List<String> notices) {
    }

    public static String encode(AppState s) {
        StringBuilder text = new StringBuilder();
        text.append("v=").append(VERSION);
        text.append("&data=").append(s.dataset().id());
        if (s.dataset().usesFormula()) {
            text.append("&f=").append(UrlText.encode(s.formula()));
        }
        if (s.dataset().isWrittenOut()) {
            text.append("&ex=").append(UrlText.encode(s.formula()));
        }
        text.append("&noise=").append(NumberText.format(s.noise()));
        text.append("&train=").append(NumberText.format(s.trainRatio()));
        text.append("&points=").append(s.pointCount());
        text.append("&seed=").append(s.seed());
        text.append("&hidden=");
        int[] hidden = s.hiddenLayers();
        for (int l = 0; l < hidden.length; l++) {
            text.append(l == 0 ? "" : ",").append(hidden[l]);
        }
        text.append("&in=").append(s.features().ids());
        text.append("&act=");
        Activation[] activations = s.activations();
        for (int l = 0; l < activations.length; l++) {
            text.append(l == 0 ? "" : ",").append(activations[l].id());
        }
        text.append("&init=").append(s.init().id());
        text.append("&loss=").append(s.loss().id());
        text.append("&reg=").append(s.regularization().id());
        text.append("&lambda=").append(NumberText.format(s.lambda()));
        text.append("&lr=").append(NumberText.format(s.learningRate()));
        text.append("&opt=").append(s.optimizer().id());
        text.append("&mom=").append(NumberText.format(s.momentum()));
        text.append("&b1=").append(NumberText.format(s.beta1()));
        text.append("&b2=").append(NumberText.format(s.beta2()));
        text.append("&batch=").append(s.batchSize());
        text.append("&speed=").append(s.stepsPerFrame());
        text.append("&sched=").append(s.schedule().id());
        text.append("&w1=").append(s.selectedWeight());
        text.append("&w2=").append(s.secondWeight());
        text.append("&quiz=").append(s.quiz() ? "1" : "0");
        text.append("&lesson=").append(s.lesson());
        return text.toString();
    }

    /**
     * Reads {@code text} (a leading '#' or '?' is skipped) over {@code base}: every recognised key with a
     * valid value replaces base's setting; everything else becomes a notice.
     */
    public static Decoded decode(String text, AppState base) {
        List<String> notices = new ArrayList<>();
        if (text == null) {
            return new Decoded(base, notices);
        }
        if (text.length() > MAX_LENGTH) {
            notices.add("the link's settings are " + text.length() + " characters long (at most " + MAX_LENGTH
                    + " are read), so all of them were ignored");
            return new Decoded(base, notices);
        }
        String body = text.startsWith("#") || text.startsWith("?") ? text.substring(1) : text;
        String[] values = new String[KEYS.length];
        for (String pair : UrlText.pairs(body)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            int index = indexOf(key);
            if (index < 0) {
                notices.add("ignored unknown setting \"" + NumberText.shorten(key) + "\"");
            } else {
                values[index] = value;
            }
        }
        AppState state = lessonBase(values[indexOf("lesson")], base);
        for (int k = 1; k < KEYS.length; k++) {
            if (values[k] == null) {
                continue;
            }
            try {
                state = apply(state, KEYS[k], values[k]);
            } catch (IllegalArgumentException e) {
                notices.add("ignored " + KEYS[k] + "=" + NumberText.shorten(values[k]) + ": " + e.getMessage());
            }
        }
        if (values[0] != null && !values[0].equals(Integer.toString(VERSION))) {
            notices.add("the link was written by version " + NumberText.shorten(values[0])
                    + " of the settings format; read as version " + VERSION);
        }
        return new Decoded(state, notices);
    }

    /**
     * A link naming a lesson starts from that lesson's whole lab, so that {@code #lesson=alpha-too-small} alone
     * opens it with its own α, data and network; the link's other settings still apply on top.
     */
    private static AppState lessonBase(String lesson, AppState base) {
        int index = lesson == null || lesson.isEmpty() ? -1 : Lessons.indexOf(lesson);
        return index < 0 ? base : Lessons.opening(Lessons.get(index));
    }

    private static int indexOf(String key) {
        for (int k = 0; k < KEYS.length; k++) {
            if (KEYS[k].equals(key)) {
                return k;
            }
        }
        return -1;
    }

    /** One setting applied; throws IllegalArgumentException with the reason when the value is bad. */
    static AppState apply(AppState s, String key, String value) {
        switch (key) {
            case "data": return s.withDataset(DatasetKind.fromId(value));
            case "noise": return s.withNoise(NumberText.parse(value, "noise"));
            case "train": return s.withTrainRatio(NumberText.parse(value, "train ratio"));
            case "points": return s.withPointCount(toInt(NumberText.parseWhole(value, "number of points")));
            case "seed": return s.withSeed(NumberText.parseWhole(value, "seed"));
            case "f": return s.withFormula(formulaFor(s, false, UrlText.decode(value)));
            case "ex": return s.withFormula(formulaFor(s, true, UrlText.decode(value)));
            case "hidden": return s.withHiddenLayers(parseLayers(value));
            case "in": return s.withFeatures(Features.parse(value));
            case "act": return s.withActivations(parseActivations(value, s.hiddenLayers().length));
            case "init": return s.withInit(Initializer.fromId(value));
            case "loss": return s.withLoss(Loss.fromId(value));
            case "reg": return s.withRegularization(Regularization.Type.fromId(value));
            case "lambda": return s.withLambda(NumberText.parse(value, "λ"));
            case "lr": return s.withLearningRate(NumberText.parse(value, "learning rate α"));
            case "opt": return s.withOptimizer(OptimizerKind.fromId(value));
            case "mom": return s.withMomentum(NumberText.parse(value, "momentum μ"));
            case "b1": return s.withBetas(NumberText.parse(value, "β₁"), s.beta2());
            case "b2": return s.withBetas(s.beta1(), NumberText.parse(value, "β₂"));
            case "batch": return s.withBatchSize(toInt(NumberText.parseWhole(value, "batch size")));
            case "speed": return s.withStepsPerFrame(toInt(NumberText.parseWhole(value, "speed")));
            case "sched": return s.withSchedule(LearningRateScheduleKind.fromId(value));
            case "w1": return s.withSelectedWeights(toInt(NumberText.parseWhole(value, "selected weight")),
                    s.secondWeight());
            case "w2": return s.withSelectedWeights(s.selectedWeight(),
                    toInt(NumberText.parseWhole(value, "second weight")));
            case "quiz": return s.withQuiz(parseSwitch(value, "quiz (\"Your turn\")"));
            case "lesson": return s.withLesson(checkLesson(value));
            default: throw new IllegalArgumentException("unknown setting \"" + key + "\"");
        }
    }

    /** {@code text} cut at every {@code separator} (no regex, which would bloat the browser bundle). */
    public static String[] split(String text, char separator) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                count++;
            }
        }
        String[] parts = new String[count];
        int start = 0;
        int part = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                parts[part++] = text.substring(start, i);
                start = i + 1;
            }
        }
        return parts;
    }

    private static int toInt(long value) {
        return value > Integer.MAX_VALUE ? Integer.MAX_VALUE : value < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) value;
    }

    /**
     * {@code value} as the lab's formula if it fits the dataset: {@code f=} is a formula (expr, rule), {@code ex=}
     * the examples of an examples lab.
     */
    private static String formulaFor(AppState s, boolean examples, String value) {
        if (examples != s.dataset().isWrittenOut()) {
            throw new IllegalArgumentException(examples
                    ? "ex= gives the examples of data=examples, but the dataset is " + s.dataset().id()
                    : "the examples dataset takes its examples from ex=, not a formula");
        }
        return value;
    }

    /** "1" (on) or "0" (off). */
    private static boolean parseSwitch(String value, String name) {
        if (value.equals("1") || value.equals("0")) {
            return value.equals("1");
        }
        throw new IllegalArgumentException(name + " must be 1 (on) or 0 (off), but is \"" + NumberText.shorten(value) + "\"");
    }

    /** A lesson id as in {@link Lessons}, or "" for none. */
    private static String checkLesson(String value) {
        if (value.isEmpty() || Lessons.indexOf(value) >= 0) {
            return value;
        }
        throw new IllegalArgumentException("unknown lesson \"" + NumberText.shorten(value) + "\"");
    }

    /**
     * "tanh" → one activation for every hidden layer; "tanh,relu" → one per hidden layer, as many as
     * {@code hiddenCount}.
     */
    static Activation[] parseActivations(String value, int hiddenCount) {
        String[] parts = split(value, ',');
        if (parts.length > 1 && parts.length != hiddenCount) {
            throw new IllegalArgumentException(parts.length + " activations were given, but the network has "
                    + hiddenCount + " hidden layer" + (hiddenCount == 1 ? "" : "s")
                    + "; give one name for all of them or one per layer");
        }
        Activation[] activations = new Activation[parts.length];
        for (int l = 0; l < parts.length; l++) {
            activations[l] = Activation.fromId(parts[l]);
            if (activations[l] == Activation.SOFTMAX) {
                throw new IllegalArgumentException("softmax is for the output layer only; hidden layers take "
                        + AppState.HIDDEN_ACTIVATIONS);
            }
        }
        return activations;
    }

    /** "4,2" → {4, 2}; each entry a whole number; "" → no hidden layer. */
    public static int[] parseLayers(String value) {
        if (value.isEmpty()) {
            return new int[0];
        }
        String[] parts = split(value, ',');
        if (parts.length > AppState.MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("a network has at most " + AppState.MAX_HIDDEN_LAYERS
                    + " hidden layers, but " + parts.length + " were given");
        }
        int[] layers = new int[parts.length];
        for (int l = 0; l < parts.length; l++) {
            layers[l] = toInt(NumberText.parseWhole(parts[l], "hidden layer " + (l + 1) + "'s neuron count"));
        }
        return layers;
    }
}
