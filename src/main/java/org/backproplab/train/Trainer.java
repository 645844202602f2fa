package org.backproplab.train;

import java.util.Arrays;
import org.backproplab.core.Backprop;
import org.backproplab.core.Initializer;
import org.backproplab.core.Network;
import org.backproplab.core.Rng;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.optim.Optimizer;

/**
 * Trains a network in place: each {@link #step()} takes the next batch, computes the batch cost J and
 * ∂J/∂parameter by backpropagation, then lets the optimizer move the parameters. Mutable and not
 * thread-safe; views read immutable {@link Snapshot}s instead of the live arrays.
 *
 * <p>Batches (see {@link TrainingConfig} for the batch size): full batch uses every example in stored
 * order. Otherwise each epoch starts by resetting a permutation to 0..N−1 and shuffling it with one
 * {@link Rng} seeded from the config's seed when the trainer is made or reset, so the order of every
 * epoch is a function of the seed and the epoch number; the epoch is then cut into consecutive batches,
 * the last one smaller when B does not divide N.
 *
 * <p>A step is two separate calls that can also be made one at a time: {@link #computeGradient()}
 * (backpropagation: the gradient, no weight changes) and {@link #applyGradient()} (gradient descent: the
 * weights change). {@link #step()} allocates nothing: the gradient, the permutation and the optimizer state are
 * allocated once here.
 */
public final class Trainer {
    private final Network network;
    private final Dataset data;
    private final Backprop backprop;
    private final double[] gradient;
    private final int[] order;
    private final double[] inputs;
    private final double[] targets;
    private final int exampleCount;
    private TrainingConfig config;
    private Optimizer optimizer;
    private Rng shuffler;
    private boolean fullBatch;
    private int batchSize;
    private int position;
    /** Steps taken: a whole number in a double (exact below 2⁵³), as a long would be a BigInt per step in the browser. */
    private double iteration;
    private int epoch;
    private double lastBatchCost = Double.NaN;
    private boolean gradientPending;
    /** The last computed batch: examples rows[start..end) (or start..end when rows is null). */
    private int[] batchRows;
    private int batchStart;
    private int batchEnd;
    /** A batch under way in slices ({@link #computeGradientPart}): examples partRows[partStart..partEnd), next partNext. */
    private boolean batchUnderWay;
    private int[] partRows;
    private int partStart;
    private int partEnd;
    private int partNext;
    /** Where the batch under way is summed: {@link #gradient} itself, or {@link #workGradient} when split. */
    private double[] partGradient;
    private final double[] workGradient;
    private final double[] partCost = new double[1];
    /** Whether this epoch's permutation is drawn already (so a discarded first batch does not draw it again). */
    private boolean epochShuffled;

    /**
     * @throws IllegalArgumentException if the data has no examples or its columns do not match the
     *     network's inputs and outputs
     */
    public Trainer(Network network, Dataset data, TrainingConfig config) {
        if (network == null || data == null || config == null) {
            throw new IllegalArgumentException("a trainer needs a network, a dataset and a training config");
        }
        Shape shape = network.shape();
        if (data.count() < 1) {
            throw new IllegalArgumentException("the dataset has no examples; training needs at least one");
        }
        if (data.inputSize() != shape.inputSize()) {
            throw new IllegalArgumentException("the network has " + shape.inputSize() + " inputs, but the data has "
                    + data.inputSize() + " input columns");
        }
        if (data.targetSize() != shape.outputSize()) {
            throw new IllegalArgumentException("the network has " + shape.outputSize() + " outputs, but the data has "
                    + data.targetSize() + " target columns");
        }
        this.network = network;
        this.data = data;
        this.backprop = new Backprop(shape);
        this.gradient = new double[shape.parameterCount()];
        this.workGradient = new double[shape.parameterCount()];
        this.exampleCount = data.count();
        this.order = new int[exampleCount];
        this.inputs = data.inputsView();
        this.targets = data.targetsView();
        this.config = config;
        this.optimizer = config.optimizer().create(shape.parameterCount());
        this.shuffler = new Rng(config.seed());
        applyBatchSize();
    }

    private void applyBatchSize() {
        fullBatch = config.isFullBatch(exampleCount);
        batchSize = fullBatch ? exampleCount : config.batchSize();
    }

    /**
     * One optimizer step on the next batch: {@link #computeGradient()} then {@link #applyGradient()}.
     * Returns the batch cost J (regularization included) at the parameters where the gradient was taken,
     * i.e. before the update. NaN or ∞ are returned as they come (see {@link Divergence}). A gradient
     * left pending by a lone computeGradient() is discarded. Allocates nothing.
     */
    public double step() {
        double cost = computeGradient();
        applyGradient();
        return cost;
    }

    /**
     * Backpropagation alone: takes the next batch, runs the forward pass and backpropagation on it and
     * leaves ∂J/∂parameter in {@link #gradientView()}; no parameter changes. Returns the batch cost J
     * (regularization included). The gradient stays pending until {@link #applyGradient()}; calling this
     * again replaces it with the next batch's. Advances the batch position and epoch like a step does.
     * A batch begun by {@link #computeGradientPart} is finished (the weights have not moved since it began).
     * Allocates nothing.
     */
    public double computeGradient() {
        computeGradientPart(Integer.MAX_VALUE);
        return lastBatchCost;
    }

    /**
     * Backpropagation in slices, for a batch too large for one animation frame: adds up to {@code maxExamples}
     * more examples of the current batch (the next batch is taken when none is under way) and returns true once
     * the batch is complete, which leaves the state exactly as {@link #computeGradient()} does: the gradient
     * pending, the batch cost, position and epoch advanced, the same numbers bit for bit (every example is added
     * in the same order into the same sums). Until then the gradient view, cost, position and epoch are those
     * of the last complete batch. The weights must not change while a batch is under way ({@link
     * #discardGradientPart()} otherwise). Allocates nothing.
     *
     * @throws IllegalArgumentException if maxExamples &lt; 1
     */
    public boolean computeGradientPart(int maxExamples) {
        if (maxExamples < 1) {
            throw new IllegalArgumentException("a slice of a batch needs at least 1 example, but maxExamples is "
                    + maxExamples);
        }
        if (!batchUnderWay) {
            beginBatch(maxExamples);
        }
        int to = partEnd - partNext <= maxExamples ? partEnd : partNext + maxExamples;
        backprop.addExamples(network, inputs, targets, partRows, partNext, to, partEnd - partStart, partGradient,
                partCost);
        partNext = to;
        if (to < partEnd) {
            return false;
        }
        finishBatch();
        return true;
    }

    /** Takes the next batch (full: every example in stored order; else the next slice of the epoch's permutation). */
    private void beginBatch(int maxExamples) {
        if (fullBatch) {
            partRows = null;
            partStart = 0;
            partEnd = exampleCount;
        } else {
            if (position == 0 && !epochShuffled) {
                for (int n = 0; n < exampleCount; n++) {
                    order[n] = n;
                }
                shuffler.shuffle(order, exampleCount);
                epochShuffled = true;
            }
            partRows = order;
            partStart = position;
            partEnd = Math.min(position + batchSize, exampleCount);
        }
        partNext = partStart;
        // A batch done in one call sums straight into the gradient; a split one into a workspace, so that views
        // read the last complete gradient meanwhile.
        partGradient = partEnd - partStart <= maxExamples ? gradient : workGradient;
        Arrays.fill(partGradient, 0.0);
        partCost[0] = 0;
        batchUnderWay = true;
    }

    private void finishBatch() {
        int count = partEnd - partStart;
        double cost = backprop.finishBatch(network, count, partGradient, partCost);
        if (partGradient != gradient) {
            System.arraycopy(partGradient, 0, gradient, 0, gradient.length);
        }
        batchRows = partRows;
        batchStart = partStart;
        batchEnd = partEnd;
        if (fullBatch) {
            // A partial epoch left by a switch from mini-batches is abandoned; this pass is a whole epoch.
            position = 0;
            epoch++;
            epochShuffled = false;
        } else if (partEnd == exampleCount) {
            position = 0;
            epoch++;
            epochShuffled = false;
        } else {
            position = partEnd;
        }
        batchUnderWay = false;
        lastBatchCost = cost;
        gradientPending = true;
    }

    /** Whether {@link #computeGradientPart} has begun a batch that is not complete yet. */
    public boolean isGradientPartUnderWay() {
        return batchUnderWay;
    }

    /**
     * Forgets a batch begun by {@link #computeGradientPart} (the weights or the data changed under it); the next
     * call takes the same batch again from its first example. Nothing else changes.
     */
    public void discardGradientPart() {
        batchUnderWay = false;
    }

    /**
     * Gradient descent alone: the optimizer moves every parameter with the gradient the last
     * {@link #computeGradient()} left, at the current learning rate, and the iteration count goes up by
     * one. Allocates nothing.
     *
     * @throws IllegalStateException if no gradient is pending (none computed yet, or it was applied already)
     */
    public void applyGradient() {
        if (!gradientPending) {
            throw new IllegalStateException("no gradient to apply: call computeGradient() first"
                    + " (each computed gradient is applied at most once)");
        }
        optimizer.step(network.parameters(), gradient, config.learningRateAt(iteration));
        iteration++;
        gradientPending = false;
        // a batch begun at the old weights cannot be finished at the new ones
        batchUnderWay = false;
    }

    /** Whether {@link #computeGradient()} has left a gradient that {@link #applyGradient()} has not used yet. */
    public boolean hasPendingGradient() {
        return gradientPending;
    }

    /** Examples per batch: every example for full batch, else the batch size (an epoch's last batch may hold fewer). */
    public int batchExamples() {
        return batchSize;
    }

    /** How many examples the last {@link #computeGradient()} used; 0 before the first. */
    public int lastBatchCount() {
        return batchEnd - batchStart;
    }

    /**
     * The index into {@link #data()} of example {@code k} (0 ≤ k &lt; {@link #lastBatchCount()}) of the
     * batch the last {@link #computeGradient()} used.
     */
    public int lastBatchExample(int k) {
        if (k < 0 || k >= batchEnd - batchStart) {
            throw new IndexOutOfBoundsException("the last batch has " + (batchEnd - batchStart)
                    + " examples, so there is no example " + k);
        }
        return batchRows == null ? batchStart + k : batchRows[batchStart + k];
    }

    /** {@code steps} ≥ 0 steps. */
    public void run(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, but is " + steps);
        }
        for (int s = 0; s < steps; s++) {
            step();
        }
    }

    /** Steps taken since creation or the last {@link #reset}. */
    public long iteration() {
        return (long) iteration;
    }

    /** {@link #iteration()} as the double it is counted in, for what reads it every frame in the browser. */
    public double iterationCount() {
        return iteration;
    }

    /** Completed passes through the data. */
    public int epoch() {
        return epoch;
    }

    /** The cost the last step or {@link #computeGradient()} returned; NaN before the first. */
    public double lastBatchCost() {
        return lastBatchCost;
    }

    /** J on the whole dataset at the current parameters, regularization included; no gradient. */
    public double trainingCost() {
        return backprop.cost(network, inputs, targets, null, 0, exampleCount);
    }

    /** The gradient of the last step or {@link #computeGradient()} (zeros before the first); live array, do not modify. */
    public double[] gradientView() {
        return gradient;
    }

    public Network network() {
        return network;
    }

    public Dataset data() {
        return data;
    }

    public TrainingConfig config() {
        return config;
    }

    /** The optimizer in use (its state is live). */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The rate the next step will use: the config's schedule at the current iteration. */
    public double currentLearningRate() {
        return config.learningRateAt(iteration);
    }

    /** Takes effect from the next step; validated like {@link TrainingConfig#learningRate()}. */
    public void setLearningRate(double learningRate) {
        config = config.withLearningRate(learningRate);
    }

    /**
     * Switches to {@code newConfig} from the next step. A changed optimizer config gets a new optimizer with
     * fresh state (an unchanged one keeps its state, so changing only the learning rate does not reset Adam).
     * A new seed reseeds the shuffling from the next epoch on. A new batch size continues the current epoch's
     * permutation from where it stopped.
     */
    public void setConfig(TrainingConfig newConfig) {
        if (newConfig == null) {
            throw new IllegalArgumentException("training config is missing");
        }
        if (!newConfig.optimizer().equals(config.optimizer())) {
            optimizer = newConfig.optimizer().create(gradient.length);
        }
        if (newConfig.seed() != config.seed()) {
            shuffler = new Rng(newConfig.seed());
        }
        boolean wasFullBatch = fullBatch;
        int oldBatchSize = batchSize;
        config = newConfig;
        applyBatchSize();
        if (fullBatch != wasFullBatch || batchSize != oldBatchSize) {
            // the batch under way is no longer the next one; α, the optimizer or the seed leave its gradient valid
            batchUnderWay = false;
        }
    }

    /** An immutable copy of the state for views; computes the cost on the whole dataset (one forward pass each). */
    public Snapshot snapshot() {
        return new Snapshot(network.shape(), config, (long) iteration, epoch, trainingCost(), lastBatchCost,
                network.parameters(), gradient);
    }

    /**
     * Starts over: weights re-initialised by {@code initializer} from {@code weightSeed}, iteration and epoch 0,
     * optimizer state cleared, and the shuffling reseeded from the config's seed, so that the run replays
     * exactly.
     */
    public void reset(Initializer initializer, long weightSeed) {
        if (initializer == null) {
            throw new IllegalArgumentException("initializer is missing; allowed: uniform, xavier, he");
        }
        network.initialize(initializer, weightSeed);
        optimizer.reset();
        shuffler = new Rng(config.seed());
        position = 0;
        iteration = 0;
        epoch = 0;
        lastBatchCost = Double.NaN;
        gradientPending = false;
        batchUnderWay = false;
        epochShuffled = false;
        batchRows = null;
        batchStart = 0;
        batchEnd = 0;
        Arrays.fill(gradient, 0.0);
    }
}
