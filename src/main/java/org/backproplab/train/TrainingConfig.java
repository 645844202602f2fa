package org.backproplab.train;

import org.backproplab.optim.LearningRateSchedule;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;

/**
 * How to train: the optimizer, the learning rate, the batch size and the seed of the mini-batch
 * shuffling. Immutable.
 *
 * <p>batchSize 0 means full batch (every example in every step, in stored order, no shuffling);
 * 1 is stochastic gradient descent; B is a mini-batch of B examples. An epoch is one pass over a fresh
 * random permutation of the examples, cut into ⌈N/B⌉ consecutive batches: when B does not divide N the
 * last batch of each epoch is smaller (N mod B examples), as with PyTorch's DataLoader(drop_last=False).
 * A batch size of N or more is the same as full batch.
 *
 * @param optimizer the update rule and its hyperparameters
 * @param learningRate lr, finite, &gt; 0 and ≤ {@value #MAX_LEARNING_RATE}
 * @param batchSize 0 for full batch, else examples per step
 * @param seed the seed of the shuffling of the examples (not of the weights)
 * @param schedule how the rate changes with the iteration: step t uses schedule.rate(learningRate, t)
 */
public record TrainingConfig(OptimizerConfig optimizer, double learningRate, int batchSize, long seed,
        LearningRateSchedule schedule) {

    /** The largest learning rate allowed: beyond this every lab network diverges at once. */
    public static final double MAX_LEARNING_RATE = 10;

    /** batchSize value meaning "all examples in every step". */
    public static final int FULL_BATCH = 0;

    /** A config with a constant learning rate. */
    public TrainingConfig(OptimizerConfig optimizer, double learningRate, int batchSize, long seed) {
        this(optimizer, learningRate, batchSize, seed, LearningRateSchedule.constant());
    }

    public TrainingConfig {
        if (schedule == null) {
            throw new IllegalArgumentException("learning-rate schedule is missing; allowed: "
                    + LearningRateScheduleKind.allowedIds());
        }
        if (optimizer == null) {
            throw new IllegalArgumentException("optimizer is missing; allowed: " + OptimizerKind.allowedIds());
        }
        checkLearningRate(learningRate);
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be 0 (full batch) or a number of examples >= 1, but is "
                    + batchSize);
        }
    }

    /** Throws unless {@code learningRate} is finite, &gt; 0 and ≤ {@value #MAX_LEARNING_RATE}. */
    static void checkLearningRate(double learningRate) {
        if (!(learningRate > 0 && learningRate <= MAX_LEARNING_RATE)) {
            throw new IllegalArgumentException("learning rate must be a number > 0 and <= 10, but is " + learningRate);
        }
    }

    /** Plain SGD, learning rate 0.03, full batch, seed 1. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(OptimizerConfig.defaults(OptimizerKind.SGD), 0.03, FULL_BATCH, 1);
    }

    public TrainingConfig withOptimizer(OptimizerConfig newOptimizer) {
        return new TrainingConfig(newOptimizer, learningRate, batchSize, seed, schedule);
    }

    public TrainingConfig withLearningRate(double newLearningRate) {
        return new TrainingConfig(optimizer, newLearningRate, batchSize, seed, schedule);
    }

    public TrainingConfig withBatchSize(int newBatchSize) {
        return new TrainingConfig(optimizer, learningRate, newBatchSize, seed, schedule);
    }

    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(optimizer, learningRate, batchSize, newSeed, schedule);
    }

    public TrainingConfig withSchedule(LearningRateSchedule newSchedule) {
        return new TrainingConfig(optimizer, learningRate, batchSize, seed, newSchedule);
    }

    /** α(t): the rate step t (counting from 0) uses. May be 0 late in a decaying schedule. */
    public double learningRateAt(double iteration) {
        return schedule.rate(learningRate, iteration);
    }

    /** Whether every step uses all {@code exampleCount} examples. */
    public boolean isFullBatch(int exampleCount) {
        return batchSize == FULL_BATCH || batchSize >= exampleCount;
    }
}
