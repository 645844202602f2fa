package org.backproplab.state;

import org.backproplab.state.network.WeightEditor;
import org.backproplab.core.Network;
import org.backproplab.core.NumberFormat;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.data.Generators;
import org.backproplab.data.Split;
import org.backproplab.optim.LearningRateSchedule;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.train.Divergence;
import org.backproplab.train.Runaway;
import org.backproplab.train.SharpnessMeter;
import org.backproplab.train.StableRate;
import org.backproplab.train.Trainer;
import org.backproplab.train.TrainingConfig;
import org.backproplab.train.TrainingSlice;
import org.backproplab.train.CostMeasurement;

/**
 * One lab: its settings, its data (train and test), its network and the trainer that moves it, the cost
 * curve so far, and whether training has diverged. The browser UI, the scripting API and the tests all
 * drive a lab through this class; it knows nothing of the page.
 *
 * <p>Settings change through {@link #apply}: a change of data regenerates the points, a change of the
 * network starts new weights from the seed, and a change of learning rate, optimizer or batch keeps the
 * weights and goes on training from where they are.
 */
public final class LabSession {
    /**
     * The largest |value| of a point's coordinate or target the lab takes (from a CSV or a click): larger
     * values make J overflow to ∞ at the very first step, and the lab would blame α for the data's scale.
     */
    public static final double MAX_DATA_VALUE = 1e6;
    /**
     * The largest |weight| or |bias| the lab loads (from a link or a model file). Within ±1e6 weights and
     * ±1e6 data, J of any lab network (≤ 6 × 16 hidden neurons) is below about 1e113, so it is always a
     * finite number at the start; beyond, J can overflow to ∞ before the first step and the lab would blame α.
     */
    public static final double MAX_PARAMETER_VALUE = 1e6;
    /** Why an examples lab takes no clicked or loaded points. */
    public static final String WRITTEN_OUT = "this lab's examples are written out (a worksheet's), so it takes no "
            + "clicked or loaded points: change them in its examples field, or choose another dataset";
    private WeightEditor weightEditor;

    private AppState state;
    private Dataset all;
    private Dataset train;
    private Dataset test;
    private boolean customData;
    private Network network;
    private Trainer trainer;
    private CostMeasurement costs;
    /** The iteration of the first step of the training call whose cost measurement is under way. */
    private long measuredFrom;
    /** Whether the measurement under way is of steps taken outside the trainer ({@link #afterExternalSteps}). */
    private boolean externalStepsMeasured;
    private double[] lastFinite;
    /** The iteration at which {@link #lastFinite} was taken. */
    private long lastFiniteIteration;
    private final CostSeries history = new CostSeries();
    private double startingCost;
    private double trainCost;
    private double testCost;
    private String divergence = "";
    /** How many times training has diverged or run away: tells one divergence from the next with the same text. */
    private int divergences;
    private final Runaway runaway = new Runaway();
    /** Steps and epochs taken by trainers that were replaced when points were added by hand. */
    private long iterationBase;
    private int epochBase;
    private int revision;
    private SharpnessMeter meter;

    public LabSession(AppState state) {
        this.state = state;
        generateData();
        buildNetwork();
    }

    public AppState state() {
        return state;
    }

    /**
     * Moves the lab to {@code next}. The data is regenerated when a data setting changed (points added by
     * hand or loaded from CSV are then dropped), the weights restart from the seed when the network
     * changed, and otherwise training goes on with the new learning rate, optimizer or batch. A state equal
     * to the current one (say, a link whose every setting was refused) changes nothing at all.
     */
    public void apply(AppState next) {
        if (next == null) {
            throw new IllegalArgumentException("the lab needs settings to apply, but got none");
        }
        if (next.equals(state)) {
            return;
        }
        revision++;
        AppState previous = state;
        state = next;
        if (next.needsNewData(previous)) {
            customData = false;
            generateData();
            buildNetwork();
        } else if (next.needsNewNetwork(previous)) {
            buildNetwork();
        } else {
            trainer.setConfig(trainingConfig(next));
            divergence = "";
            runaway.restart(trainCost);
        }
    }

    /** Sets α; returns "" or, for a bad value, why it was refused (the lab is then unchanged). */
    public String setLearningRate(double learningRate) {
        try {
            apply(state.withLearningRate(learningRate));
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** New random weights from the seed; the data and settings stay. */
    public void reset() {
        buildNetwork();
    }

    /**
     * Starts again from {@code parameters} (a shared link's or an imported model's weights) instead of the
     * seed's: iteration 0, a fresh optimizer, a new cost curve. Returns "" or why they were refused (wrong
     * count, a value that is not finite); the lab is then unchanged.
     */
    public String replaceParameters(double[] parameters) {
        String problem = parametersProblem(parameters, network.parameters().length);
        if (!problem.isEmpty()) {
            return problem;
        }
        buildNetwork();
        network.setParameters(parameters);
        System.arraycopy(parameters, 0, lastFinite, 0, parameters.length);
        history.clear();
        measure();
        startingCost = trainCost;
        runaway.restart(trainCost);
        history.add(0, trainCost, testCost);
        return "";
    }

    /**
     * Why {@code parameters} cannot be the weights and biases of a lab network with {@code count} of them, or
     * "": the count must match and every value lie within ±{@link #MAX_PARAMETER_VALUE}. Links and model
     * imports ask this before they change anything, so a refused network never half-applies.
     */
    public static String parametersProblem(double[] parameters, int count) {
        if (parameters == null || parameters.length != count) {
            return "the network has " + count + " weights and biases, but " + (parameters == null ? 0 : parameters.length)
                    + " were given";
        }
        for (int p = 0; p < parameters.length; p++) {
            double value = parameters[p];
            if (!(Math.abs(value) <= MAX_PARAMETER_VALUE)) {
                return "weight or bias number " + (p + 1) + (Double.isFinite(value) ? " is " + NumberText.format(value)
                        : " is not a finite number") + ", but the lab takes values from "
                        + NumberText.format(-MAX_PARAMETER_VALUE) + " to " + NumberText.format(MAX_PARAMETER_VALUE)
                        + " (larger ones make the cost J too large to compute)";
            }
        }
        return "";
    }

    private void generateData() {
        if (state.dataset().isWrittenOut()) {
            // A worksheet's examples are all trained on, in their order, so a full batch is the sheet's batch.
            all = ExamplesText.parse(state.formula());
            train = all;
            test = new Dataset(all.inputSize(), all.targetSize(), new double[0], new double[0]);
            return;
        }
        Dataset generated = Generators.generate(state.dataset(),
                state.dataset().usesFormula() ? state.dataset().formula(state.formula()) : null,
                state.pointCount(), state.noise(), state.seed());
        setData(generated);
    }

    private void setData(Dataset data) {
        all = data;
        Split split = Split.of(data, state.trainRatio(), state.seed());
        train = split.train();
        test = split.test();
    }

    /** How a lab with settings {@code s} trains: optimizer, α, batch, seed and schedule (the script export's too). */
    public static TrainingConfig trainingConfig(AppState s) {
        OptimizerConfig optimizer = OptimizerConfig.defaults(s.optimizer()).withMomentum(s.momentum())
                .withBeta1(s.beta1()).withBeta2(s.beta2());
        return new TrainingConfig(optimizer, s.learningRate(), s.batchSize(), s.seed(),
                LearningRateSchedule.defaults(s.schedule()));
    }

    private void buildNetwork() {
        revision++;
        network = initialNetwork();
        Shape shape = network.shape();
        trainer = new Trainer(network, train, trainingConfig(state));
        iterationBase = 0;
        epochBase = 0;
        costs = new CostMeasurement(network, train, test);
        lastFinite = network.parameters().clone();
        lastFiniteIteration = 0;
        history.clear();
        divergence = "";
        measure();
        startingCost = trainCost;
        runaway.restart(trainCost);
        history.add(0, trainCost, testCost);
    }

    /**
     * A new network with the weights this lab starts from: the settings' shape and initialisation, drawn from
     * the seed (the lab's own network is not touched). The learning-rate lab races and sweeps from these.
     */
    public Network initialNetwork() {
        Shape shape = state.shape();
        return Network.initialized(shape, state.loss(), new Regularization(state.regularization(), state.lambda()),
                state.init(), state.seed());
    }

    /** Both costs at the current weights, now (a measurement under way is dropped). */
    private void measure() {
        costs.measureAll();
        takeCosts();
    }

    private void takeCosts() {
        trainCost = overflowAsInfinity(costs.trainCost());
        testCost = test.count() == 0 ? Double.NaN : overflowAsInfinity(costs.testCost());
    }

    /**
     * J of finite weights on finite data is NaN only when something overflowed on the way (∞ − ∞ inside a
     * neuron, say, with huge imported weights): the cost is then too large to compute, which is ∞, not
     * "undefined". Views and scripts never read NaN as a cost of a lab that has a test set.
     */
    private static double overflowAsInfinity(double cost) {
        return Double.isNaN(cost) ? Double.POSITIVE_INFINITY : cost;
    }

    /**
     * Trains up to {@code steps} steps and records one point of the cost curve. Stops early when the cost
     * becomes NaN or ∞ or grows beyond {@link Divergence#GROWTH_LIMIT} × its starting value: then the
     * weights go back to where they were before this call, training is refused until a setting changes or
     * {@link #reset}, and {@link #divergence()} says why. Returns the steps actually taken.
     */
    public int train(int steps) {
        return train(steps, NO_LIMIT);
    }

    /** Says when a frame's time for training is used up (the page's clock; the lab never reads one). */
    public interface StepBudget {
        /** Asked after every step: true stops training until the next call. */
        boolean spent();
    }

    private static final StepBudget NO_LIMIT = () -> false;

    /**
     * As {@link #train(int)}, but stops early once {@code budget} is spent, so that a heavy setting (a large
     * network, full batch over 2,000 points, 1,000 steps per frame) slows training down instead of freezing the
     * page. The budget is asked after every slice of {@link TrainingSlice#examples} examples: a batch larger
     * than that is summed over several calls (the next call goes on where this one stopped, and the step is the
     * same bit for bit), so one call does at least one slice but may end with no whole step taken. The iteration,
     * the costs and the curve change only when a whole step is taken.
     */
    public int train(int steps, StepBudget budget) {
        if (!divergence.isEmpty() || steps <= 0) {
            return 0;
        }
        if (costs.isUnderWay() && (!measureWithin(budget) || budget.spent())) {
            // the last steps' costs come first: no step moves the weights while they are measured
            return 0;
        }
        int slice = TrainingSlice.examples(network.shape());
        long firstIteration = iteration();
        int taken = 0;
        while (taken < steps) {
            if (!trainer.computeGradientPart(slice)) {
                if (budget.spent()) {
                    break;
                }
                continue;
            }
            if (taken == 0) {
                // the weights have not moved since the call began: they are the last finite ones
                revision++;
                double[] parameters = network.parameters();
                System.arraycopy(parameters, 0, lastFinite, 0, parameters.length);
                lastFiniteIteration = firstIteration;
            }
            double cost = trainer.lastBatchCost();
            trainer.applyGradient();
            taken++;
            if (Divergence.isDiverged(cost, startingCost)) {
                divergedAt(cost, firstIteration);
                return taken;
            }
            if (budget.spent()) {
                break;
            }
        }
        if (taken == 0) {
            return 0;
        }
        measuredFrom = firstIteration;
        costs.begin();
        measureWithin(budget);
        return taken;
    }

    /**
     * Goes on with the cost measurement under way, a slice of {@link TrainingSlice#forwardExamples} at a time
     * until it is complete or the budget is spent (at least one slice); when complete, the costs, the curve and
     * the divergence and runaway checks follow. Returns whether training may go on in this call.
     */
    private boolean measureWithin(StepBudget budget) {
        int slice = TrainingSlice.forwardExamples(network.shape());
        while (!costs.advance(slice)) {
            if (budget.spent()) {
                return false;
            }
        }
        takeCosts();
        boolean external = externalStepsMeasured;
        externalStepsMeasured = false;
        if (Divergence.isDiverged(trainCost, startingCost)) {
            divergedAt(trainCost, measuredFrom);
            return false;
        }
        if (external) {
            // steps taken outside (the phase stepper) are kept as the last finite weights once their J is finite
            System.arraycopy(network.parameters(), 0, lastFinite, 0, lastFinite.length);
            lastFiniteIteration = iteration();
        }
        history.add(iterationCount(), trainCost, testCost);
        checkRunaway();
        return divergence.isEmpty();
    }

    /**
     * Completes the cost measurement a budgeted {@link #train(int, StepBudget)} left under way (a script reads
     * the costs right after training); nothing when none is.
     */
    public void finishMeasurement() {
        finishMeasurement(NO_LIMIT);
    }

    /**
     * Goes on with the cost measurement under way within {@code budget} (at least one slice); returns true when
     * none is under way afterwards (then the costs, the curve and the divergence check are those of the last step).
     */
    public boolean finishMeasurement(StepBudget budget) {
        if (costs.isUnderWay()) {
            measureWithin(budget);
        }
        return !costs.isUnderWay();
    }

    /** Whether the costs of the last steps are still being measured (the shown J is that of an earlier step). */
    public boolean isMeasurementUnderWay() {
        return costs.isUnderWay();
    }

    /** Whether a batch is half summed: training has begun a step it has not finished (see {@link #train(int, StepBudget)}). */
    public boolean isStepUnderWay() {
        return trainer.isGradientPartUnderWay();
    }

    /** Stops training (keeping the weights, which are finite) once J has climbed and stayed up: see {@link Runaway}. */
    private void checkRunaway() {
        if (!runaway.record(iterationCount(), trainCost)) {
            return;
        }
        double suggestion = suggestedLearningRate(state.learningRate());
        divergences++;
        divergence = "Training stopped at iteration " + NumberText.grouped(iterationCount()) + ": the cost J has climbed to "
                + NumberFormat.format(trainCost, 3) + " and stayed above " + NumberText.format(Runaway.FACTOR)
                + " times its best value (" + NumberFormat.format(runaway.bestCost(), 3) + ") and above where it started ("
                + NumberFormat.format(runaway.startingCost(), 3) + ") for " + Runaway.ITERATIONS
                + " iterations. The learning rate α = " + NumberText.format(state.learningRate())
                + " is too large for this optimizer: its steps keep the weights away from the minimum. "
                + "The current weights are kept. Try α = " + NumberText.format(suggestion) + ".";
    }

    private void divergedAt(double cost, long firstIteration) {
        long at = iteration();
        System.arraycopy(lastFinite, 0, network.parameters(), 0, lastFinite.length);
        measure();
        double suggestion = suggestedLearningRate(state.learningRate());
        divergences++;
        divergence = "Training diverged at iteration " + NumberText.grouped(at) + ": the cost J "
                + (Double.isFinite(cost) ? "grew to more than a million times its starting value"
                        : "became " + (Double.isNaN(cost) ? "undefined (not a number)" : "infinite"))
                + ". The learning rate α = " + NumberText.format(state.learningRate())
                + " is too large: each step jumps past the minimum and lands higher than it started. "
                + "The counter stays at iteration " + NumberText.grouped(at) + ", where it diverged; the weights"
                + " (and the cost shown) are those of iteration " + NumberText.grouped(firstIteration)
                + ", the last whose cost was finite. Try α = " + NumberText.format(suggestion) + ".";
    }

    /**
     * Brings the lab's measurements up to date after its trainer was stepped from outside {@link #train}
     * (the {@link PhaseStepper}): costs measured again, a point on the cost curve, divergence checked. On
     * divergence the weights go back to where they were at the last call (or the last {@link #train}).
     */
    public void afterExternalSteps() {
        afterExternalSteps(NO_LIMIT);
    }

    /**
     * As {@link #afterExternalSteps()}, measuring the costs within {@code budget} (at least one slice of
     * {@link TrainingSlice#forwardExamples}); the rest is measured by {@link #finishMeasurement(StepBudget)} or
     * first thing by the next {@link #train(int, StepBudget)}, and until then the costs and the curve are those of
     * before (the same numbers in the end, bit for bit). Returns whether the measurement is complete. Call
     * {@link #finishMeasurement()} before moving the weights again.
     */
    public boolean afterExternalSteps(StepBudget budget) {
        revision++;
        trainer.discardGradientPart();
        measuredFrom = lastFiniteIteration;
        externalStepsMeasured = true;
        costs.begin();
        measureWithin(budget);
        return !costs.isUnderWay();
    }

    /**
     * Brings the measurements up to date after a weight was typed in ({@link WeightEditor}): costs measured
     * again and the edited weights kept as the last finite ones; the iteration and the cost curve stay.
     */
    public void parametersEdited() {
        // revision: every view (stepper, microscope, table) redraws from the new weights
        revision++;
        trainer.discardGradientPart();
        measure();
        System.arraycopy(network.parameters(), 0, lastFinite, 0, lastFinite.length);
    }

    /** Typed weights and their undo, shared by the page and its scripts. */
    public WeightEditor weightEditor() {
        if (weightEditor == null) {
            weightEditor = new WeightEditor(this);
        }
        return weightEditor;
    }

    /** A tenth of α, rounded down to 1, 2 or 5 × a power of ten, at least the smallest allowed α. */
    public static double suggestedLearningRate(double learningRate) {
        double target = learningRate / 10;
        int exponent = (int) Math.floor(Math.log10(target));
        double mantissa = target / Math.pow(10, exponent);
        double nice = mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1;
        // nice / 10^k rather than nice · 10^−k: the division rounds to the nearest double of the decimal.
        double suggestion = exponent < 0 ? nice / Math.pow(10, -exponent) : nice * Math.pow(10, exponent);
        return Math.max(AppState.MIN_LEARNING_RATE, suggestion);
    }

    /**
     * A number that changes whenever anything a view shows may have changed (weights, data, settings,
     * divergence), so views can skip redrawing an unchanged lab.
     */
    public int revision() {
        return revision;
    }

    /**
     * The sharpness λ_max: the largest eigenvalue of the Hessian of J on the whole training set (regularization
     * included) at the current weights, by exact Hessian-vector products (see {@link SharpnessMeter}), measured
     * afresh from the seed on each call. NaN when the products overflow. Not cheap: up to a few hundred full passes
     * over the training set; a view tracks it with {@link #sharpnessMeter()} instead.
     */
    public double sharpness() {
        return SharpnessMeter.of(network, train, state.seed()).value();
    }

    /**
     * A measurement of {@link #sharpness()} to advance in slices ({@link SharpnessMeter#advanceSlice()}): of a copy of
     * the current weights on the current training set, so training meanwhile does not change what it measures. Run
     * until converged or {@link SharpnessMeter#DEFAULT_MAX_PRODUCTS} products, its estimate is {@link #sharpness()}'s
     * value bit for bit.
     */
    public SharpnessMeter sharpnessMeasurement() {
        return new SharpnessMeter(network.copy(), train, state.seed());
    }

    /**
     * The largest stable learning rate of the lab's optimizer at the current weights: 2/λ_max for gradient
     * descent, 2(1 + μ)/λ_max for momentum μ, 2(1 + μ)/((1 + 2μ)·λ_max) for Nesterov (see {@link StableRate});
     * NaN for RMSProp and Adam, which have no single limit; +∞ where λ_max ≤ 0.
     */
    public double stableRate() {
        if (!StableRate.hasLimit(state.optimizer())) {
            return Double.NaN;
        }
        return StableRate.of(state.optimizer(), state.momentum(), sharpness());
    }

    /**
     * A meter of λ_max bound to the lab's network and training set, for views that advance it a few products per
     * frame (call {@link SharpnessMeter#restart()} after training moved the weights). A new meter whenever the
     * network or the data was replaced, so a view should ask again each frame rather than keep one.
     */
    public SharpnessMeter sharpnessMeter() {
        if (meter == null || meter.network() != network || meter.data() != train) {
            meter = new SharpnessMeter(network, train, state.seed());
        }
        return meter;
    }

    /** Why training stopped, or "" while it may go on. */
    public String divergence() {
        return divergence;
    }

    /** Counts every divergence (and runaway) since the lab was made, so a view can tell a new one from a closed one. */
    public int divergenceCount() {
        return divergences;
    }

    public boolean isDiverged() {
        return !divergence.isEmpty();
    }

    /** J on the training set at the current weights. */
    public double trainCost() {
        return trainCost;
    }

    /** J on the test set at the current weights; NaN when there is no test set. */
    public double testCost() {
        return testCost;
    }

    /** Steps taken since the weights were last initialised. */
    public long iteration() {
        return iterationBase + trainer.iteration();
    }

    /**
     * {@link #iteration()} as a double (exact up to 2⁵³ steps), for what reads it every frame: TeaVM makes
     * a Java long a JavaScript BigInt, so every long sum is a new object in the browser.
     */
    public double iterationCount() {
        return (double) iterationBase + trainer.iterationCount();
    }

    /** Passes through the training data since the weights were last initialised. */
    public int epoch() {
        return epochBase + trainer.epoch();
    }

    public Network network() {
        return network;
    }

    public Trainer trainer() {
        return trainer;
    }

    public Dataset trainData() {
        return train;
    }

    public Dataset testData() {
        return test;
    }

    /** Whether the points came from a click or a CSV rather than the generator. */
    public boolean hasCustomData() {
        return customData;
    }

    public CostSeries history() {
        return history;
    }

    /**
     * Adds a training point at (x, y) of class {@code label} (0 or 1; 0..2 for three classes) for 2-D
     * classification, or the point (x, target = y) for 1-D regression. Returns "" or why it was refused.
     */
    public String addPoint(double x, double y, int label) {
        if (!(Math.abs(x) <= MAX_DATA_VALUE) || !(Math.abs(y) <= MAX_DATA_VALUE)) {
            return "a point's coordinates must be numbers from " + NumberText.format(-MAX_DATA_VALUE) + " to "
                    + NumberText.format(MAX_DATA_VALUE);
        }
        if (state.dataset().isWrittenOut()) {
            return WRITTEN_OUT;
        }
        if (all.count() >= Dataset.MAX_EXAMPLES) {
            return "the data already holds the maximum of " + Dataset.MAX_EXAMPLES + " points";
        }
        double[] inputs;
        double[] targets;
        if (state.dataset().isClassification()) {
            int classes = state.dataset().classCount();
            if (label < 0 || label >= classes) {
                return "the class must be 0 to " + (classes - 1) + ", but is " + label;
            }
            inputs = new double[] {x, y};
            targets = new double[train.targetSize()];
            if (classes > 2) {
                targets[label] = 1;
            } else {
                targets[0] = label;
            }
        } else {
            inputs = new double[] {x};
            targets = new double[] {y};
        }
        revision++;
        train = append(train, inputs, targets);
        all = append(all, inputs, targets);
        customData = true;
        rebuildTrainerKeepingWeights();
        return "";
    }

    /**
     * Replaces all data with {@code data}, split by the train ratio, and starts new weights; returns "" or,
     * when {@link #dataProblem} finds the data unfit for this lab, why (the lab is then unchanged).
     */
    public String replaceData(Dataset data) {
        String problem = dataProblem(data, state.dataset());
        if (!problem.isEmpty()) {
            return problem;
        }
        setData(data);
        customData = true;
        buildNetwork();
        return "";
    }

    /**
     * Takes another lab's data exactly as that lab has split it into {@code train} and {@code test} (a feature in a
     * bundle of its own keeps a copy of the lab; points added by hand are not re-split there), and starts new
     * weights. The other lab checked the values; returns "" or, when the columns do not fit this lab's settings or
     * there is nothing to train on, why (the lab is then unchanged).
     */
    public String useSplitData(Dataset train, Dataset test) {
        org.backproplab.data.DatasetKind kind = state.dataset();
        for (Dataset part : new Dataset[] {train, test}) {
            if (part.inputSize() != kind.inputSize() || part.targetSize() != kind.targetSize()) {
                return "the " + kind.id() + " lab needs " + kind.inputSize() + " input and " + kind.targetSize()
                        + " target columns, but the data has " + part.inputSize() + " and " + part.targetSize();
            }
        }
        if (train.count() < 1) {
            return "there is no training example";
        }
        this.train = train;
        this.test = test;
        all = train;
        customData = true;
        buildNetwork();
        return "";
    }

    /**
     * Why {@code data} cannot be the points of a {@code kind} lab, or "": the columns must match, there must
     * be 2 to {@link Dataset#MAX_EXAMPLES} examples (one to train on, one to test), every value within
     * ±{@link #MAX_DATA_VALUE}, and for classification every target a class the output layer can produce
     * (label 0 or 1; one-hot over three classes).
     */
    public static String dataProblem(Dataset data, org.backproplab.data.DatasetKind kind) {
        if (data == null) {
            return "there is no data";
        }
        if (kind.isWrittenOut()) {
            return WRITTEN_OUT;
        }
        if (data.inputSize() != kind.inputSize() || data.targetSize() != kind.targetSize()) {
            return "the " + kind.id() + " lab needs " + kind.inputSize() + " input and " + kind.targetSize()
                    + " target columns, but the data has " + data.inputSize() + " and " + data.targetSize();
        }
        if (data.count() < 2) {
            return "the data needs at least 2 rows (one to train on, one to test), but has " + data.count();
        }
        for (int r = 0; r < data.count(); r++) {
            for (int c = 0; c < data.inputSize() + data.targetSize(); c++) {
                double value = c < data.inputSize() ? data.input(r, c) : data.target(r, c - data.inputSize());
                if (!(Math.abs(value) <= MAX_DATA_VALUE)) {
                    return "example " + (r + 1) + " has the value " + NumberText.format(value) + "; values must be"
                            + " from " + NumberText.format(-MAX_DATA_VALUE) + " to " + NumberText.format(MAX_DATA_VALUE)
                            + " (scale the data down)";
                }
            }
            String labels = labelProblem(data, kind, r);
            if (!labels.isEmpty()) {
                return labels;
            }
        }
        return "";
    }

    private static String labelProblem(Dataset data, org.backproplab.data.DatasetKind kind, int r) {
        if (!kind.isClassification()) {
            return "";
        }
        if (kind.classCount() == 2) {
            double label = data.target(r, 0);
            return label == 0 || label == 1 ? ""
                    : "example " + (r + 1) + " has label " + NumberText.format(label) + ", but labels must be 0 or 1";
        }
        int ones = 0;
        boolean binary = true;
        for (int c = 0; c < data.targetSize(); c++) {
            double value = data.target(r, c);
            binary &= value == 0 || value == 1;
            ones += value == 1 ? 1 : 0;
        }
        return binary && ones == 1 ? ""
                : "example " + (r + 1) + " is not one-hot: its three class columns must hold one 1 and two 0s";
    }

    private void rebuildTrainerKeepingWeights() {
        iterationBase += trainer.iteration();
        epochBase += trainer.epoch();
        trainer = new Trainer(network, train, trainingConfig(state));
        costs = new CostMeasurement(network, train, test);
        measure();
        history.add(iteration(), trainCost, testCost);
    }

    private static Dataset append(Dataset data, double[] inputs, double[] targets) {
        int n = data.count();
        double[] in = new double[(n + 1) * data.inputSize()];
        double[] out = new double[(n + 1) * data.targetSize()];
        System.arraycopy(data.inputsView(), 0, in, 0, n * data.inputSize());
        System.arraycopy(data.targetsView(), 0, out, 0, n * data.targetSize());
        System.arraycopy(inputs, 0, in, n * data.inputSize(), data.inputSize());
        System.arraycopy(targets, 0, out, n * data.targetSize(), data.targetSize());
        return new Dataset(data.inputSize(), data.targetSize(), in, out);
    }
}
