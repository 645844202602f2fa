package org.backproplab.train;

import org.backproplab.core.Backprop;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;

/**
 * J on a training set and a test set at a network's current weights (regularization included), measured at once
 * or in slices of examples: on a large network and 2,000 points one measurement is a few milliseconds of forward
 * passes, so a frame that has spent its time on training leaves the rest to the next. A measurement in slices
 * gives the same numbers bit for bit as one at once ({@link Backprop#cost}); the weights must not change while it
 * is under way. Allocates nothing after construction. Not thread-safe.
 */
public final class CostMeasurement {
    private final Network network;
    private final Dataset train;
    private final Dataset test;
    private final Backprop backprop;
    private final double[] trainSum = new double[1];
    private final double[] testSum = new double[1];
    /** The next example of the measurement under way, counting the training set's first, then the test set's. */
    private int next;
    private boolean underWay;
    private double trainCost = Double.NaN;
    private double testCost = Double.NaN;

    /** {@code test} may be empty (its cost is then NaN); {@code train} may not. */
    public CostMeasurement(Network network, Dataset train, Dataset test) {
        if (network == null || train == null || test == null || train.count() < 1) {
            throw new IllegalArgumentException("a cost measurement needs a network, training examples and a test set");
        }
        this.network = network;
        this.train = train;
        this.test = test;
        this.backprop = new Backprop(network.shape());
    }

    /** Measures both costs now. */
    public void measureAll() {
        begin();
        advance(Integer.MAX_VALUE);
    }

    /** Starts a new measurement at the current weights (one under way is dropped). */
    public void begin() {
        next = 0;
        trainSum[0] = 0;
        testSum[0] = 0;
        underWay = true;
    }

    /**
     * Up to {@code maxExamples} more examples (at least 1) of the measurement under way; returns true once it is
     * complete, when {@link #trainCost()} and {@link #testCost()} hold its result (and true at once when none is
     * under way).
     */
    public boolean advance(int maxExamples) {
        if (!underWay) {
            return true;
        }
        int trainCount = train.count();
        int total = trainCount + test.count();
        int end = total - next <= maxExamples ? total : next + Math.max(1, maxExamples);
        if (next < trainCount) {
            int to = Math.min(end, trainCount);
            backprop.addExampleCosts(network, train.inputsView(), train.targetsView(), null, next, to, trainSum);
        }
        if (end > trainCount) {
            int from = Math.max(next, trainCount) - trainCount;
            backprop.addExampleCosts(network, test.inputsView(), test.targetsView(), null, from, end - trainCount,
                    testSum);
        }
        next = end;
        if (end < total) {
            return false;
        }
        double regularization = network.regularizationCost();
        trainCost = trainSum[0] / trainCount + regularization;
        testCost = test.count() == 0 ? Double.NaN : testSum[0] / test.count() + regularization;
        underWay = false;
        return true;
    }

    /** Whether a measurement has begun and is not complete. */
    public boolean isUnderWay() {
        return underWay;
    }

    /** How many examples a whole measurement adds up. */
    public int examples() {
        return train.count() + test.count();
    }

    /** J on the training set from the last complete measurement; NaN before the first. */
    public double trainCost() {
        return trainCost;
    }

    /** J on the test set from the last complete measurement; NaN before the first or without test examples. */
    public double testCost() {
        return testCost;
    }
}
