package org.backproplab.train;

import org.backproplab.core.Network;
import org.backproplab.data.Dataset;

/**
 * The same network, from the same starting weights, trained on the same data with up to
 * {@value #MAX_RUNS} learning rates side by side, so the student sees what α does. Each run is its own
 * {@link Trainer} on its own copy of the network with {@code config} and its α; everything else (optimizer,
 * batch size, shuffling seed) is shared, so a run replays exactly what a single trainer with that α does.
 *
 * <p>Each run records its cost curve: point 0 is J on the whole training set at the start, point t the same
 * cost after t steps (the smooth curve of the whole set, even with mini-batches). A run stops when its cost
 * diverges ({@link Divergence}: NaN, ∞ or more than a million times the start) — the diverged point is not
 * recorded, so the curve ends at the last finite cost — or when it reaches the race's step limit.
 *
 * <p>Mutable, not thread-safe. {@link #step} allocates nothing.
 */
public final class Race {
    /** The most runs in one race. */
    public static final int MAX_RUNS = 4;
    /** The longest race allowed, in steps per run. */
    public static final int MAX_STEPS_LIMIT = 100_000;

    private final double[] startParameters;
    private final Dataset data;
    private final VerdictRules rules;
    private final int maxSteps;
    private final double[] learningRates;
    private final Network[] networks;
    private final Trainer[] trainers;
    private final double[][] costs;
    private final int[] counts;
    private final boolean[] diverged;
    private final TrainingConfig[] configs;
    /** J on the training set after a step taken in slices ({@link #stepRunSlice}), one per run. */
    private final CostMeasurement[] measurements;
    /** Whether run r's weights moved and its J is being measured in slices. */
    private final boolean[] measuringCost;
    private final int gradientSlice;
    private final int costSlice;

    /** A race judged by {@link VerdictRules#defaults()}. */
    public Race(Network start, Dataset data, TrainingConfig config, double[] learningRates, int maxSteps) {
        this(start, data, config, learningRates, maxSteps, VerdictRules.defaults());
    }

    /**
     * @param start the common starting weights (copied for every run; not touched)
     * @param data the training data
     * @param config optimizer, batch size and shuffling seed of every run; its own learning rate is ignored
     * @param learningRates 1 to {@value #MAX_RUNS} rates, each valid for {@link TrainingConfig}; copied
     * @param maxSteps steps after which a run finishes, 1 to {@value #MAX_STEPS_LIMIT}; the curves hold
     *        maxSteps + 1 points
     * @param rules how {@link #verdict} judges a run that has not diverged
     */
    public Race(Network start, Dataset data, TrainingConfig config, double[] learningRates, int maxSteps,
            VerdictRules rules) {
        if (start == null || data == null || config == null || rules == null) {
            throw new IllegalArgumentException("a race needs a network, a dataset, a training config and verdict rules");
        }
        if (learningRates == null || learningRates.length < 1 || learningRates.length > MAX_RUNS) {
            throw new IllegalArgumentException("a race needs 1 to " + MAX_RUNS + " learning rates, but got "
                    + (learningRates == null ? 0 : learningRates.length));
        }
        if (maxSteps < 1 || maxSteps > MAX_STEPS_LIMIT) {
            throw new IllegalArgumentException("a race's length must be 1 to " + MAX_STEPS_LIMIT + " steps, but is "
                    + maxSteps);
        }
        int runs = learningRates.length;
        this.startParameters = start.parameters().clone();
        this.data = data;
        this.rules = rules;
        this.maxSteps = maxSteps;
        this.learningRates = learningRates.clone();
        this.configs = new TrainingConfig[runs];
        this.networks = new Network[runs];
        this.trainers = new Trainer[runs];
        this.costs = new double[runs][maxSteps + 1];
        this.counts = new int[runs];
        this.diverged = new boolean[runs];
        this.measurements = new CostMeasurement[runs];
        this.measuringCost = new boolean[runs];
        this.gradientSlice = TrainingSlice.examples(start.shape());
        this.costSlice = TrainingSlice.forwardExamples(start.shape());
        Dataset none = new Dataset(data.inputSize(), data.targetSize(), new double[0], new double[0]);
        for (int r = 0; r < runs; r++) {
            configs[r] = config.withLearningRate(this.learningRates[r]);
            networks[r] = start.copy();
            measurements[r] = new CostMeasurement(networks[r], data, none);
        }
        restart();
    }

    /** Every run back to the start: the common weights, fresh trainers, empty curves but point 0. */
    public void restart() {
        for (int r = 0; r < networks.length; r++) {
            networks[r].setParameters(startParameters);
            trainers[r] = new Trainer(networks[r], data, configs[r]);
            // every run starts from the same weights on the same data: J₀ is measured once
            costs[r][0] = r == 0 ? trainers[0].trainingCost() : costs[0][0];
            counts[r] = 1;
            diverged[r] = false;
            measuringCost[r] = false;
        }
    }

    /**
     * Advances every running run by up to {@code stepsPerRun} steps (fewer when it diverges or reaches the
     * step limit). Allocates nothing.
     *
     * @return whether any run is still running afterwards
     */
    public boolean step(int stepsPerRun) {
        if (stepsPerRun < 0) {
            throw new IllegalArgumentException("steps per run must be >= 0, but is " + stepsPerRun);
        }
        boolean anyRunning = false;
        for (int r = 0; r < trainers.length; r++) {
            for (int s = 0; s < stepsPerRun && isRunning(r); s++) {
                stepRun(r);
            }
            anyRunning |= isRunning(r);
        }
        return anyRunning;
    }

    /**
     * One step of run {@code run} alone, when it is running (a step begun in slices is finished). Allocates
     * nothing.
     *
     * @return whether the run is still running afterwards
     */
    public boolean stepRun(int run) {
        while (isRunning(run) && !stepRunSlice(run)) {
            // the rest of the step, slice by slice: the same numbers as at once
        }
        return isRunning(run);
    }

    /**
     * A slice of run {@code run}'s next step, when it is running, for a page with a frame budget: the next {@link
     * TrainingSlice#examples} examples of its gradient, or, once the weights moved, the next {@link
     * TrainingSlice#forwardExamples} examples of J on the whole training set. A step taken in slices records the
     * same cost bit for bit as one taken at once, and a run whose batch cost diverged ends without measuring J.
     * Allocates nothing.
     *
     * @return whether this slice ended a step (its cost recorded, or the run diverged)
     */
    public boolean stepRunSlice(int run) {
        if (!isRunning(run)) {
            return false;
        }
        double startingCost = costs[run][0];
        if (!measuringCost[run]) {
            Trainer trainer = trainers[run];
            if (!trainer.computeGradientPart(gradientSlice)) {
                return false;
            }
            double batchCost = trainer.lastBatchCost();
            trainer.applyGradient();
            if (Divergence.isDiverged(batchCost, startingCost)) {
                diverged[run] = true;
                return true;
            }
            measurements[run].begin();
            measuringCost[run] = true;
            return false;
        }
        if (!measurements[run].advance(costSlice)) {
            return false;
        }
        measuringCost[run] = false;
        double cost = measurements[run].trainCost();
        if (Divergence.isDiverged(cost, startingCost)) {
            diverged[run] = true;
        } else {
            costs[run][counts[run]++] = cost;
        }
        return true;
    }

    /** Whether run {@code run}'s weights moved in a step taken in slices whose cost is not recorded yet. */
    public boolean isMidStep(int run) {
        return measuringCost[run];
    }

    /** The running run that has taken the fewest steps (the first on ties), or −1 when none is running. */
    public int laggingRun() {
        int lagging = -1;
        for (int r = 0; r < trainers.length; r++) {
            if (isRunning(r) && (lagging < 0 || counts[r] < counts[lagging])) {
                lagging = r;
            }
        }
        return lagging;
    }

    public int runCount() {
        return trainers.length;
    }

    public int maxSteps() {
        return maxSteps;
    }

    /** Whether run {@code run} has neither diverged nor reached the step limit. */
    public boolean isRunning(int run) {
        return !diverged[run] && counts[run] <= maxSteps;
    }

    /** Whether no run is running any more. */
    public boolean isOver() {
        for (int r = 0; r < trainers.length; r++) {
            if (isRunning(r)) {
                return false;
            }
        }
        return true;
    }

    public double learningRate(int run) {
        return learningRates[run];
    }

    public boolean isDiverged(int run) {
        return diverged[run];
    }

    /** Steps run {@code run} has taken (the diverging step included). */
    public long iteration(int run) {
        return trainers[run].iteration();
    }

    /**
     * The run's cost curve: entries 0 to {@link #costCount}(run) − 1 are J at iterations 0, 1, 2, … (live
     * array of maxSteps + 1 entries; read it, do not modify it).
     */
    public double[] costsView(int run) {
        return costs[run];
    }

    /** Points in the run's curve: 1 + the steps taken without diverging. */
    public int costCount(int run) {
        return counts[run];
    }

    /** The run's last recorded cost: finite, since a diverged cost is never recorded. */
    public double lastCost(int run) {
        return costs[run][counts[run] - 1];
    }

    /** {@link Verdict#DIVERGED} for a diverged run, else the race's rules applied to its curve. */
    public Verdict verdict(int run) {
        return diverged[run] ? Verdict.DIVERGED : rules.classify(costs[run], counts[run]);
    }

    /** The run with the lowest last cost among those that did not diverge (the first on ties); −1 if none. */
    public int leader() {
        int leader = -1;
        for (int r = 0; r < trainers.length; r++) {
            if (!diverged[r] && (leader < 0 || lastCost(r) < lastCost(leader))) {
                leader = r;
            }
        }
        return leader;
    }

    /** The run's network (live; after divergence its weights may be huge or NaN). */
    public Network network(int run) {
        return networks[run];
    }

    /** The run's trainer (live; drive it only through the race). */
    public Trainer trainer(int run) {
        return trainers[run];
    }
}
