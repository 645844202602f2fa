package org.backproplab.train;

import org.backproplab.core.Initializer;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;

/**
 * Sweeps the learning rate: for each α of a logarithmic grid α_i = α_min·(α_max/α_min)^{i/(n−1)}, trains
 * from the same starting weights for the same number of steps and records the cost on the whole training
 * set at the end. A run whose cost becomes NaN or ∞ or grows beyond {@link Divergence#GROWTH_LIMIT} × the
 * starting cost stops at once and is recorded as diverged with final cost +∞.
 *
 * <p>The work comes in slices: {@link #advance} takes at most a given number of training steps, so the UI
 * can spend a few per animation frame, show {@link #progress()} and {@link #cancel()} at any time. Every α
 * is trained exactly as a fresh {@link Trainer} on a copy of the start with {@code config} and that α would
 * train it (same batches, fresh optimizer state), so the sweep is deterministic and a chosen α replays.
 *
 * <p><b>Which α is best.</b> {@link #bestRate()} is the α with the lowest final cost (ties to the smaller α).
 * Here every α is a separate run from the same start, so its final cost is exactly what a student wants to
 * know: how far that α gets in this many steps. The classic "steepest descent point" rule belongs to the
 * one-run range test (Smith 2015; fastai's lr_find), where α grows during a single run and the cost at α
 * also carries the history of every smaller α; there the minimum of the curve is already past the edge of
 * stability, so a point on the steepest slope before it is taken. Our curve has no such lag. Its minimum
 * does tend to sit just below the divergence edge, where a longer or noisier run may still blow up, or above the
 * stable limit, where a longer race judges it oscillating; so the page races it again for the race's length
 * beside a ladder around the measured stable limit before suggesting rates (state.rate.RaceFill).
 *
 * <p>Mutable, not thread-safe. The sweep allocates a few small objects when it moves on to the next α (the
 * trainer's reset reseeds its shuffling), nothing per training step.
 */
public final class LearningRateFinder {
    public static final double DEFAULT_MIN_RATE = 1e-4;
    public static final double DEFAULT_MAX_RATE = 10;
    public static final int DEFAULT_RATE_COUNT = 30;
    public static final int DEFAULT_STEPS_PER_RATE = 50;

    private final double[] startParameters;
    private final Network network;
    private final Trainer trainer;
    private final TrainingConfig[] configs;
    private final double[] rates;
    private final double[] finalCosts;
    private final boolean[] diverged;
    private final int stepsPerRate;
    private final double startingCost;
    private int current;
    private int stepInRate;
    private boolean cancelled;
    /** J on the whole training set at the end of an α's run, measured in slices by {@link #advanceSlice}. */
    private final CostMeasurement measurement;
    /** Whether the current α's last step is taken and its final J is being measured. */
    private boolean measuringFinal;
    /** Steps taken over the whole sweep: a whole number in a double (a long is a BigInt in the browser). */
    private double stepsTaken;
    private final int gradientSlice;
    private final int costSlice;

    /** 30 rates from 1e-4 to 10, 50 steps each. */
    public LearningRateFinder(Network start, Dataset data, TrainingConfig config) {
        this(start, data, config, DEFAULT_MIN_RATE, DEFAULT_MAX_RATE, DEFAULT_RATE_COUNT, DEFAULT_STEPS_PER_RATE);
    }

    /**
     * @param start the starting weights (copied; the network itself is not touched)
     * @param data the training data
     * @param config optimizer, batch size and shuffling seed for every run; its learning rate is ignored
     * @param minRate the smallest α, &gt; 0
     * @param maxRate the largest α, &gt; minRate and ≤ {@value TrainingConfig#MAX_LEARNING_RATE}
     * @param rateCount how many α, ≥ 2
     * @param stepsPerRate training steps per α, ≥ 1
     */
    public LearningRateFinder(Network start, Dataset data, TrainingConfig config, double minRate, double maxRate,
            int rateCount, int stepsPerRate) {
        if (start == null || data == null || config == null) {
            throw new IllegalArgumentException("the learning-rate finder needs a network, a dataset and a training config");
        }
        if (!(minRate > 0 && minRate < maxRate && maxRate <= TrainingConfig.MAX_LEARNING_RATE)) {
            throw new IllegalArgumentException("the learning rates must satisfy 0 < smallest < largest <= "
                    + TrainingConfig.MAX_LEARNING_RATE + ", but are " + minRate + " and " + maxRate);
        }
        if (rateCount < 2) {
            throw new IllegalArgumentException("the sweep needs at least 2 learning rates, but has " + rateCount);
        }
        if (stepsPerRate < 1) {
            throw new IllegalArgumentException("steps per learning rate must be >= 1, but is " + stepsPerRate);
        }
        this.startParameters = start.parameters().clone();
        this.network = start.copy();
        this.trainer = new Trainer(network, data, config);
        this.stepsPerRate = stepsPerRate;
        this.rates = new double[rateCount];
        this.configs = new TrainingConfig[rateCount];
        this.finalCosts = new double[rateCount];
        this.diverged = new boolean[rateCount];
        double logMin = Math.log(minRate);
        double logSpan = Math.log(maxRate) - logMin;
        for (int i = 0; i < rateCount; i++) {
            double rate = i == 0 ? minRate
                    : i == rateCount - 1 ? maxRate
                    : Math.min(maxRate, Math.exp(logMin + logSpan * i / (rateCount - 1)));
            rates[i] = rate;
            configs[i] = config.withLearningRate(rate);
            finalCosts[i] = Double.NaN;
        }
        this.startingCost = trainer.trainingCost();
        this.measurement = new CostMeasurement(network, data,
                new Dataset(data.inputSize(), data.targetSize(), new double[0], new double[0]));
        this.gradientSlice = TrainingSlice.examples(start.shape());
        this.costSlice = TrainingSlice.forwardExamples(start.shape());
    }

    /**
     * Takes at most {@code budgetSteps} training steps of the sweep (fewer when it ends or was cancelled).
     * The final cost of each α is measured by one forward pass over the data, not counted as a step.
     *
     * @return whether the sweep is over (every α measured, or cancelled)
     */
    public boolean advance(int budgetSteps) {
        if (budgetSteps < 0) {
            throw new IllegalArgumentException("the step budget must be >= 0, but is " + budgetSteps);
        }
        int taken = 0;
        // the last step of an α is followed by its final J at once, as before slices existed
        while ((taken < budgetSteps || measuringFinal) && !isDone()) {
            double before = stepsTaken;
            advanceSlice();
            if (stepsTaken != before) {
                taken++;
            }
        }
        return isDone();
    }

    /**
     * A slice of the sweep, for a page with a frame budget: the next {@link TrainingSlice#examples} examples of a
     * step's gradient (the step is taken with the slice that completes it), or the next {@link
     * TrainingSlice#forwardExamples} examples of an α's final J. A sweep in slices gives the same costs bit for bit
     * as {@link #advance}. Allocates nothing.
     *
     * @return whether the sweep is over (every α measured, or cancelled)
     */
    public boolean advanceSlice() {
        if (isDone()) {
            return true;
        }
        if (measuringFinal) {
            if (measurement.advance(costSlice)) {
                measuringFinal = false;
                double cost = measurement.trainCost();
                boolean blewUp = Divergence.isDiverged(cost, startingCost);
                finish(blewUp ? Double.POSITIVE_INFINITY : cost, blewUp);
            }
            return isDone();
        }
        if (stepInRate == 0 && !trainer.isGradientPartUnderWay()) {
            trainer.setConfig(configs[current]);
            trainer.reset(Initializer.UNIFORM, 0); // clears the optimizer and reseeds the shuffling …
            network.setParameters(startParameters); // … and the weights go back to the common start
        }
        if (!trainer.computeGradientPart(gradientSlice)) {
            return false;
        }
        double batchCost = trainer.lastBatchCost();
        trainer.applyGradient();
        stepsTaken++;
        stepInRate++;
        if (Divergence.isDiverged(batchCost, startingCost)) {
            finish(Double.POSITIVE_INFINITY, true);
        } else if (stepInRate == stepsPerRate) {
            measurement.begin();
            measuringFinal = true;
        }
        return isDone();
    }

    private void finish(double finalCost, boolean hasDiverged) {
        finalCosts[current] = finalCost;
        diverged[current] = hasDiverged;
        current++;
        stepInRate = 0;
    }

    /** Stops the sweep; the α measured so far keep their results. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether every α has been measured or the sweep was cancelled. */
    public boolean isDone() {
        return cancelled || current == rates.length;
    }

    /**
     * The share of the sweep's steps done, 0 to 1; a diverged α counts as all its steps done. Stays where it
     * was when cancelled.
     */
    public double progress() {
        return (current * (double) stepsPerRate + stepInRate) / ((double) rates.length * stepsPerRate);
    }

    /** How many α have been measured so far (they are the first ones, in increasing order). */
    public int measuredCount() {
        return current;
    }

    public int rateCount() {
        return rates.length;
    }

    public int stepsPerRate() {
        return stepsPerRate;
    }

    /** α_i, increasing with i. */
    public double rate(int index) {
        return rates[index];
    }

    /** The cost after the steps with α_i: NaN while not measured, +∞ when it diverged. */
    public double finalCost(int index) {
        return finalCosts[index];
    }

    public boolean isDiverged(int index) {
        return diverged[index];
    }

    /** Every α_i, for a plot with a logarithmic x axis (live array, do not modify). */
    public double[] ratesView() {
        return rates;
    }

    /** Every final cost as {@link #finalCost} gives it (live array, do not modify; NaN and +∞ included). */
    public double[] finalCostsView() {
        return finalCosts;
    }

    /** J on the whole training set at the common start. */
    public double startingCost() {
        return startingCost;
    }

    /** The index of the lowest final cost among measured, not diverged α (the smaller α on ties); −1 if none. */
    public int bestIndex() {
        int best = -1;
        for (int i = 0; i < current; i++) {
            if (!diverged[i] && (best < 0 || finalCosts[i] < finalCosts[best])) {
                best = i;
            }
        }
        return best;
    }

    /** The α of {@link #bestIndex()}, or NaN if there is none yet. */
    public double bestRate() {
        int best = bestIndex();
        return best < 0 ? Double.NaN : rates[best];
    }

    /** The largest measured α that did not diverge; −1 if none. */
    public int largestStableIndex() {
        for (int i = current - 1; i >= 0; i--) {
            if (!diverged[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The smallest measured α that diverged; −1 if none. */
    public int smallestDivergedIndex() {
        for (int i = 0; i < current; i++) {
            if (diverged[i]) {
                return i;
            }
        }
        return -1;
    }
}
