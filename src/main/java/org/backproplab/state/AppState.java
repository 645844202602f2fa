package org.backproplab.state;

import org.backproplab.core.Activation;
import org.backproplab.core.Features;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.NumberFormat;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.DatasetKind;
import org.backproplab.data.Generators;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerKind;

/**
 * Every setting of one lab, immutable and always valid: the constructor rejects anything out of range
 * with a message that names the setting and its allowed values, so a bad value can never half-apply.
 * Changes go through the {@code with…} methods, each of which validates too.
 *
 * <p>The output layer is not a setting: it follows from the dataset and the loss (linear for regression,
 * sigmoid for two classes, softmax for three), see {@link #outputActivation()}.
 *
 * <p>{@code formula} is the typed formula of an expr or rule dataset, the examples of an examples dataset
 * ({@link ExamplesText}), "" for the others; {@code features}
 * are the network's inputs computed from a point (x₁, x₂ by default); {@code activations} holds one
 * activation for every hidden layer, or one per hidden layer (see {@link #hiddenActivation}).
 */
public record AppState(
        DatasetKind dataset,
        String formula,
        double noise,
        double trainRatio,
        int pointCount,
        long seed,
        int[] hiddenLayers,
        Features features,
        Activation[] activations,
        Initializer init,
        Loss loss,
        Regularization.Type regularization,
        double lambda,
        double learningRate,
        OptimizerKind optimizer,
        double momentum,
        double beta1,
        double beta2,
        int batchSize,
        int stepsPerFrame,
        LearningRateScheduleKind schedule,
        int selectedWeight,
        int secondWeight,
        String lesson,
        boolean quiz) {

    public static final int MIN_HIDDEN_LAYERS = 0;
    public static final int MAX_HIDDEN_LAYERS = 6;
    public static final int MAX_NEURONS = 16;
    public static final double MIN_LEARNING_RATE = 1e-5;
    public static final double MAX_LEARNING_RATE = 10;
    /** The allowed learning rates in words, for every message about α. */
    public static final String LEARNING_RATE_ALLOWED = "a number from 0.00001 to 10";
    public static final double MAX_LAMBDA = 10;
    public static final double MAX_NOISE = 0.5;
    public static final int MIN_POINTS = 10;
    public static final int MAX_POINTS = 2000;
    public static final int MAX_BATCH = 1000;
    public static final int MAX_STEPS_PER_FRAME = 1000;
    /**
     * Play's default speed: the default circle needs about 1,160 steps to reach test J &lt; 0.05
     * (DefaultSpeedTest), which at 20 steps a frame is about 58 frames, 1 s at 60 frames a second.
     */
    public static final int DEFAULT_STEPS_PER_FRAME = 20;
    public static final long MAX_SEED = 999_999_999L;

    public AppState {
        require(dataset != null, "dataset is missing; allowed: " + DatasetKind.allowedIds());
        require(formula != null, "formula is missing");
        if (dataset.usesFormula()) {
            dataset.formula(formula); // throws the parser's message, which points at the mistake
        } else if (dataset.isWrittenOut()) {
            ExamplesText.parse(formula); // throws which example and value is wrong
        } else {
            require(formula.isEmpty(), "the " + dataset.id() + " dataset has no formula; only expr and rule do");
        }
        require(noise >= 0 && noise <= MAX_NOISE, "noise must be a number from 0 to 0.5, but is " + NumberText.format(noise));
        require(trainRatio >= 0.1 && trainRatio <= 0.9,
                "train ratio must be a number from 0.1 to 0.9, but is " + NumberText.format(trainRatio));
        require(pointCount >= MIN_POINTS && pointCount <= MAX_POINTS,
                "number of points must be between " + MIN_POINTS + " and " + MAX_POINTS + ", but is " + pointCount);
        require(seed >= 0 && seed <= MAX_SEED, "seed must be a whole number from 0 to " + MAX_SEED + ", but is " + seed);
        require(hiddenLayers != null && hiddenLayers.length >= MIN_HIDDEN_LAYERS
                && hiddenLayers.length <= MAX_HIDDEN_LAYERS, "a network has " + MIN_HIDDEN_LAYERS + " to "
                + MAX_HIDDEN_LAYERS + " hidden layers, but this one has "
                + (hiddenLayers == null ? 0 : hiddenLayers.length));
        for (int l = 0; l < hiddenLayers.length; l++) {
            require(hiddenLayers[l] >= 1 && hiddenLayers[l] <= MAX_NEURONS, "hidden layer " + (l + 1)
                    + " has " + hiddenLayers[l] + " neurons; allowed: 1 to " + MAX_NEURONS);
        }
        hiddenLayers = hiddenLayers.clone();
        require(features != null && features.hasTokens(), "the inputs are missing; allowed: "
                + org.backproplab.core.Feature.allowedIds(dataset.inputSize()));
        require(features.rawInputSize() == dataset.inputSize(), "the inputs " + features.ids() + " are for "
                + (features.rawInputSize() == 1 ? "a curve" : "the plane") + ", but the " + dataset.id()
                + " dataset's points have " + (dataset.inputSize() == 1 ? "one coordinate, x" : "two, x1 and x2")
                + "; allowed: " + org.backproplab.core.Feature.allowedIds(dataset.inputSize()));
        require(activations != null && (activations.length == 1 || activations.length == hiddenLayers.length),
                "give one hidden activation for all hidden layers or one per hidden layer (" + hiddenLayers.length
                + "), but " + (activations == null ? 0 : activations.length) + " were given");
        for (Activation activation : activations) {
            require(activation != null && activation != Activation.SOFTMAX,
                    "hidden activation must be one of " + HIDDEN_ACTIVATIONS);
        }
        activations = uniform(activations) ? new Activation[] {activations[0]} : activations.clone();
        require(init != null, "init is missing; allowed: uniform, xavier, he");
        require(loss != null, "loss is missing; allowed: mse, binary_cross_entropy, cross_entropy");
        String pairing = loss.incompatibility(outputActivationFor(dataset, loss));
        require(pairing == null, pairing + " (dataset " + (dataset == null ? "?" : dataset.id()) + ")");
        if (dataset.isWrittenOut()) {
            String unfit = ExamplesText.lossProblem(ExamplesText.parse(formula), loss);
            require(unfit.isEmpty(), unfit);
        }
        require(regularization != null, "regularization is missing; allowed: none, l1, l2");
        require(lambda >= 0 && lambda <= MAX_LAMBDA, "λ must be a number from 0 to 10, but is " + NumberText.format(lambda));
        require(learningRate >= MIN_LEARNING_RATE && learningRate <= MAX_LEARNING_RATE,
                "learning rate α must be " + LEARNING_RATE_ALLOWED + ", but is " + NumberText.format(learningRate));
        require(optimizer != null, "optimizer is missing; allowed: " + OptimizerKind.allowedIds());
        require(momentum >= 0 && momentum < 1, "momentum μ must be at least 0 and below 1, but is " + NumberText.format(momentum));
        require(beta1 >= 0 && beta1 < 1, "β₁ must be at least 0 and below 1, but is " + NumberText.format(beta1));
        require(beta2 >= 0 && beta2 < 1, "β₂ must be at least 0 and below 1, but is " + NumberText.format(beta2));
        require(batchSize >= 0 && batchSize <= MAX_BATCH,
                "batch size must be 0 (full batch) or 1 to " + MAX_BATCH + ", but is " + batchSize);
        require(stepsPerFrame >= 1 && stepsPerFrame <= MAX_STEPS_PER_FRAME,
                "speed must be 1 to " + MAX_STEPS_PER_FRAME + " steps per frame, but is " + stepsPerFrame);
        require(schedule != null, "learning-rate schedule is missing; allowed: " + LearningRateScheduleKind.allowedIds());
        int parameters = parameterCountOf(features, targetSizeOf(dataset, formula), hiddenLayers);
        require(selectedWeight >= -1 && selectedWeight < parameters, "selected weight must be -1 (none) or 0 to "
                + (parameters - 1) + " for this network, but is " + selectedWeight);
        require(secondWeight >= -1 && secondWeight < parameters, "second weight must be -1 (none) or 0 to "
                + (parameters - 1) + " for this network, but is " + secondWeight);
        require(lesson != null && lesson.length() <= 40, "lesson must be a short name");
        if (dataset.usesFormula()) {
            // A formula that parses may still give no data (undefined almost everywhere, one class only): the
            // points are drawn here once, so that a lab never meets a state it cannot build.
            Generators.generate(dataset, dataset.formula(formula), pointCount, noise, seed);
        }
    }

    /** The activations a hidden layer may use, in words. */
    public static final String HIDDEN_ACTIVATIONS = "linear, sigmoid, tanh, relu, leaky_relu";

    private static boolean uniform(Activation[] activations) {
        for (Activation activation : activations) {
            if (activation != activations[0]) {
                return false;
            }
        }
        return true;
    }

    private static int parameterCountOf(Features features, int targets, int[] hidden) {
        int count = 0;
        int previous = features.count();
        for (int size : hidden) {
            count += (previous + 1) * size;
            previous = size;
        }
        return count + (previous + 1) * targets;
    }

    /** Targets per example, the network's outputs: the dataset's, or for written-out examples theirs. */
    public int targetSize() {
        return targetSizeOf(dataset, formula);
    }

    private static int targetSizeOf(DatasetKind dataset, String formula) {
        return dataset.isWrittenOut() ? ExamplesText.targetCount(formula) : dataset.targetSize();
    }

    /** Total weights and biases of this lab's network. */
    public int parameterCount() {
        return parameterCountOf(features, targetSize(), hiddenLayers);
    }

    /** α at a position of the logarithmic α slider (log10 α), rounded to two significant digits, kept in range. */
    public static double learningRateAtSlider(double log10Rate) {
        double rate = Double.parseDouble(NumberFormat.format(Math.pow(10, log10Rate), 2));
        return Math.max(MIN_LEARNING_RATE, Math.min(MAX_LEARNING_RATE, rate));
    }

    /**
     * A new seed from a clock reading in milliseconds and a click counter: (⌊1000·ms⌋ + 7919·counter) mod
     * (MAX_SEED + 1), moved on by one if it equals {@code current}, so a new-seed click always changes the data.
     * A clock reading that is not finite counts as 0 (in the browser, a long of NaN would throw).
     */
    public static long freshSeed(double nowMillis, long counter, long current) {
        long micros = Double.isFinite(nowMillis) ? (long) (nowMillis * 1000) : 0;
        long seed = (micros + 7919L * counter) % (MAX_SEED + 1);
        return seed == current ? (seed + 1) % (MAX_SEED + 1) : seed;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The settings a first-time visitor sees: a circle, a 2-4-2-1 tanh net, mse, SGD at α = 0.1, 20 steps a frame. */
    public static AppState defaults() {
        return new AppState(DatasetKind.CIRCLE, "", 0.0, 0.5, 400, 1, new int[] {4, 2}, Features.identity(2),
                new Activation[] {Activation.TANH},
                Initializer.XAVIER, Loss.MSE, Regularization.Type.NONE, 0.0, 0.1, OptimizerKind.SGD,
                0.9, 0.9, 0.999, 10, DEFAULT_STEPS_PER_FRAME, LearningRateScheduleKind.CONSTANT, -1, -1, "", false);
    }

    /**
     * The output layer's activation for a dataset and loss. Written-out examples have targets from 0 to 1: sigmoid
     * outputs, or a softmax for cross-entropy.
     */
    public static Activation outputActivationFor(DatasetKind dataset, Loss loss) {
        if (dataset != null && dataset.isWrittenOut()) {
            return loss == Loss.CROSS_ENTROPY ? Activation.SOFTMAX : Activation.SIGMOID;
        }
        if (dataset == null || !dataset.isClassification()) {
            return Activation.LINEAR;
        }
        return dataset.classCount() > 2 ? Activation.SOFTMAX : Activation.SIGMOID;
    }

    /** The output layer's activation of this lab. */
    public Activation outputActivation() {
        return outputActivationFor(dataset, loss);
    }

    /** The losses allowed for this lab's dataset. */
    public static Loss[] lossesFor(DatasetKind dataset) {
        if (dataset.isWrittenOut()) {
            return new Loss[] {Loss.MSE, Loss.BINARY_CROSS_ENTROPY, Loss.CROSS_ENTROPY};
        }
        if (!dataset.isClassification()) {
            return new Loss[] {Loss.MSE};
        }
        return dataset.classCount() > 2 ? new Loss[] {Loss.MSE, Loss.CROSS_ENTROPY}
                : new Loss[] {Loss.MSE, Loss.BINARY_CROSS_ENTROPY};
    }

    /** Neurons per layer, the input layer (one neuron per feature) and outputs included. */
    public int[] layerSizes() {
        int[] sizes = new int[hiddenLayers.length + 2];
        sizes[0] = features.count();
        System.arraycopy(hiddenLayers, 0, sizes, 1, hiddenLayers.length);
        sizes[sizes.length - 1] = targetSize();
        return sizes;
    }

    /** The network's architecture: the features, the layer sizes and every layer's activation. */
    public Shape shape() {
        Activation[] all = new Activation[hiddenLayers.length + 1];
        for (int l = 0; l < hiddenLayers.length; l++) {
            all[l] = hiddenActivation(l);
        }
        all[hiddenLayers.length] = outputActivation();
        return new Shape(features, layerSizes(), all);
    }

    @Override
    public int[] hiddenLayers() {
        return hiddenLayers.clone();
    }

    /** One activation per hidden layer when they differ, else one for all. */
    @Override
    public Activation[] activations() {
        return activations.clone();
    }

    /** The activation of hidden layer {@code l} (0 = the first hidden layer). */
    public Activation hiddenActivation(int l) {
        return activations.length == 1 ? activations[0] : activations[l];
    }

    /** The first hidden layer's activation (every hidden layer's unless {@link #hasPerLayerActivations()}). */
    public Activation activation() {
        return activations[0];
    }

    /** Whether the hidden layers use different activations. */
    public boolean hasPerLayerActivations() {
        return activations.length > 1;
    }

    /** Whether the network (shape, loss, init) or the data differ, so the weights must start again. */
    public boolean needsNewNetwork(AppState other) {
        return needsNewData(other) || !java.util.Arrays.equals(hiddenLayers, other.hiddenLayers)
                || !features.equals(other.features) || !java.util.Arrays.equals(activations, other.activations)
                || init != other.init || loss != other.loss
                || regularization != other.regularization || lambda != other.lambda;
    }

    /** Whether the data set must be generated again. */
    public boolean needsNewData(AppState other) {
        return dataset != other.dataset || !formula.equals(other.formula) || noise != other.noise || trainRatio != other.trainRatio
                || pointCount != other.pointCount || seed != other.seed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppState that && StateCodec.encode(this).equals(StateCodec.encode(that));
    }

    @Override
    public int hashCode() {
        return StateCodec.encode(this).hashCode();
    }

    @Override
    public String toString() {
        return StateCodec.encode(this);
    }

    public AppState withDataset(DatasetKind value) {
        // Switching between regression and classification may make the loss invalid: fall back to mse.
        Loss fitting = loss.incompatibility(outputActivationFor(value, loss)) == null ? loss : Loss.MSE;
        // A new input or output size renumbers the weights: the selection no longer means the same edge.
        boolean sameShape = value.inputSize() == dataset.inputSize() && value.targetSize() == dataset.targetSize();
        // A formula belongs to its kind; the inputs of the plane do not fit a curve.
        String keptFormula = value == dataset ? formula : value.defaultFormula();
        Features keptFeatures = value.inputSize() == dataset.inputSize() ? features
                : Features.identity(value.inputSize());
        return new Copy(this).dataset(value).formula(keptFormula).features(keptFeatures).loss(fitting)
                .selectedWeights(sameShape ? selectedWeight : -1, sameShape ? secondWeight : -1).build();
    }

    /**
     * The formula of an expr or rule dataset, or the examples of an examples dataset ({@link ExamplesText}); the
     * parser's message, pointing at the mistake, when it is bad.
     */
    public AppState withFormula(String value) {
        // New examples may have another number of targets, which renumbers the weights.
        boolean same = !dataset.isWrittenOut() || formula.equals(value);
        return new Copy(this).formula(value).selectedWeights(same ? selectedWeight : -1, same ? secondWeight : -1)
                .build();
    }

    /** The network's inputs; a different set renumbers the weights, so the selection is cleared. */
    public AppState withFeatures(Features value) {
        boolean same = features.equals(value);
        return new Copy(this).features(value).selectedWeights(same ? selectedWeight : -1, same ? secondWeight : -1)
                .build();
    }

    /** One activation per hidden layer (or a single one for all). */
    public AppState withActivations(Activation[] value) {
        return new Copy(this).activations(value).build();
    }

    public AppState withNoise(double value) {
        return new Copy(this).noise(value).build();
    }

    public AppState withTrainRatio(double value) {
        return new Copy(this).trainRatio(value).build();
    }

    public AppState withPointCount(int value) {
        return new Copy(this).pointCount(value).build();
    }

    public AppState withSeed(long value) {
        return new Copy(this).seed(value).build();
    }

    /** A new shape renumbers the weights, so a changed shape clears the microscope's selection. */
    public AppState withHiddenLayers(int[] value) {
        boolean same = java.util.Arrays.equals(value, hiddenLayers);
        // Per-layer activations follow the layers: a removed layer takes its activation along, a new one copies the last.
        Activation[] fitted = activations;
        if (activations.length > 1 && value != null && value.length != activations.length) {
            fitted = new Activation[Math.max(1, value.length)];
            for (int l = 0; l < fitted.length; l++) {
                fitted[l] = activations[Math.min(l, activations.length - 1)];
            }
        }
        return new Copy(this).hiddenLayers(value).activations(fitted)
                .selectedWeights(same ? selectedWeight : -1, same ? secondWeight : -1).build();
    }

    /** The same activation on every hidden layer. */
    public AppState withActivation(Activation value) {
        return new Copy(this).activations(new Activation[] {value}).build();
    }

    public AppState withInit(Initializer value) {
        return new Copy(this).init(value).build();
    }

    public AppState withLoss(Loss value) {
        return new Copy(this).loss(value).build();
    }

    public AppState withRegularization(Regularization.Type value) {
        return new Copy(this).regularization(value).build();
    }

    public AppState withLambda(double value) {
        return new Copy(this).lambda(value).build();
    }

    public AppState withLearningRate(double value) {
        return new Copy(this).learningRate(value).build();
    }

    public AppState withOptimizer(OptimizerKind value) {
        return new Copy(this).optimizer(value).build();
    }

    public AppState withMomentum(double value) {
        return new Copy(this).momentum(value).build();
    }

    public AppState withBetas(double newBeta1, double newBeta2) {
        return new Copy(this).betas(newBeta1, newBeta2).build();
    }

    public AppState withBatchSize(int value) {
        return new Copy(this).batchSize(value).build();
    }

    public AppState withStepsPerFrame(int value) {
        return new Copy(this).stepsPerFrame(value).build();
    }

    public AppState withSchedule(LearningRateScheduleKind value) {
        return new Copy(this).schedule(value).build();
    }

    /** The weights under the microscope (flat indices, −1 for none). */
    public AppState withSelectedWeights(int first, int second) {
        return new Copy(this).selectedWeights(first, second).build();
    }

    /**
     * A click on weight {@code index} in the network diagram: it becomes the first weight under the microscope,
     * or with {@code asSecond} (shift-click) the second. One weight is never both: clicking the second weight
     * plainly makes it the first and clears the second; shift-clicking the first changes nothing.
     */
    public AppState withWeightClicked(int index, boolean asSecond) {
        if (asSecond) {
            return index == selectedWeight ? this : withSelectedWeights(selectedWeight, index);
        }
        return withSelectedWeights(index, index == secondWeight ? -1 : secondWeight);
    }

    /** The guided lesson being followed ("" for none). */
    public AppState withLesson(String value) {
        return new Copy(this).lesson(value).build();
    }

    /** "Your turn" mode: the lab asks for a quantity before it shows each phase (the link key quiz=1). */
    public AppState withQuiz(boolean value) {
        return new Copy(this).quiz(value).build();
    }

    /**
     * The settings of one AppState, changed one at a time, so each {@code with…} names only what it changes;
     * {@link #build} validates the result as a whole. (Setters rather than lambdas: each lambda would be a
     * class of its own in the browser's script.)
     */
    private static final class Copy {
        private DatasetKind dataset;
        private String formula;
        private double noise;
        private double trainRatio;
        private int pointCount;
        private long seed;
        private int[] hiddenLayers;
        private Features features;
        private Activation[] activations;
        private Initializer init;
        private Loss loss;
        private Regularization.Type regularization;
        private double lambda;
        private double learningRate;
        private OptimizerKind optimizer;
        private double momentum;
        private double beta1;
        private double beta2;
        private int batchSize;
        private int stepsPerFrame;
        private LearningRateScheduleKind schedule;
        private int selectedWeight;
        private int secondWeight;
        private String lesson;
        private boolean quiz;

        Copy(AppState s) {
            dataset = s.dataset;
            formula = s.formula;
            noise = s.noise;
            trainRatio = s.trainRatio;
            pointCount = s.pointCount;
            seed = s.seed;
            hiddenLayers = s.hiddenLayers;
            features = s.features;
            activations = s.activations;
            init = s.init;
            loss = s.loss;
            regularization = s.regularization;
            lambda = s.lambda;
            learningRate = s.learningRate;
            optimizer = s.optimizer;
            momentum = s.momentum;
            beta1 = s.beta1;
            beta2 = s.beta2;
            batchSize = s.batchSize;
            stepsPerFrame = s.stepsPerFrame;
            schedule = s.schedule;
            selectedWeight = s.selectedWeight;
            secondWeight = s.secondWeight;
            lesson = s.lesson;
            quiz = s.quiz;
        }

        Copy dataset(DatasetKind value) {
            dataset = value;
            return this;
        }

        Copy noise(double value) {
            noise = value;
            return this;
        }

        Copy trainRatio(double value) {
            trainRatio = value;
            return this;
        }

        Copy pointCount(int value) {
            pointCount = value;
            return this;
        }

        Copy seed(long value) {
            seed = value;
            return this;
        }

        Copy hiddenLayers(int[] value) {
            hiddenLayers = value;
            return this;
        }

        Copy formula(String value) {
            formula = value;
            return this;
        }

        Copy features(Features value) {
            features = value;
            return this;
        }

        Copy activations(Activation[] value) {
            activations = value;
            return this;
        }

        Copy init(Initializer value) {
            init = value;
            return this;
        }

        Copy loss(Loss value) {
            loss = value;
            return this;
        }

        Copy regularization(Regularization.Type value) {
            regularization = value;
            return this;
        }

        Copy lambda(double value) {
            lambda = value;
            return this;
        }

        Copy learningRate(double value) {
            learningRate = value;
            return this;
        }

        Copy optimizer(OptimizerKind value) {
            optimizer = value;
            return this;
        }

        Copy momentum(double value) {
            momentum = value;
            return this;
        }

        Copy schedule(LearningRateScheduleKind value) {
            schedule = value;
            return this;
        }

        Copy batchSize(int value) {
            batchSize = value;
            return this;
        }

        Copy stepsPerFrame(int value) {
            stepsPerFrame = value;
            return this;
        }

        Copy lesson(String value) {
            lesson = value;
            return this;
        }

        Copy quiz(boolean value) {
            quiz = value;
            return this;
        }

        Copy betas(double first, double second) {
            beta1 = first;
            beta2 = second;
            return this;
        }

        Copy selectedWeights(int first, int second) {
            selectedWeight = first;
            secondWeight = second;
            return this;
        }

        AppState build() {
            return new AppState(dataset, formula, noise, trainRatio, pointCount, seed, hiddenLayers, features,
                    activations, init, loss, regularization, lambda, learningRate, optimizer, momentum, beta1, beta2,
                    batchSize, stepsPerFrame, schedule, selectedWeight, secondWeight, lesson, quiz);
        }
    }
}
