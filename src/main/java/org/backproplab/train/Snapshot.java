package org.backproplab.train;

import org.backproplab.core.Shape;

/**
 * The state of a {@link Trainer} at one moment, for views: immutable (arrays are copied in and out).
 */
public final class Snapshot {
    private final Shape shape;
    private final TrainingConfig config;
    private final long iteration;
    private final int epoch;
    private final double cost;
    private final double batchCost;
    private final double[] parameters;
    private final double[] gradient;

    Snapshot(Shape shape, TrainingConfig config, long iteration, int epoch, double cost, double batchCost,
            double[] parameters, double[] gradient) {
        this.shape = shape;
        this.config = config;
        this.iteration = iteration;
        this.epoch = epoch;
        this.cost = cost;
        this.batchCost = batchCost;
        this.parameters = parameters.clone();
        this.gradient = gradient.clone();
    }

    public Shape shape() {
        return shape;
    }

    public TrainingConfig config() {
        return config;
    }

    /** Steps taken. */
    public long iteration() {
        return iteration;
    }

    /** Completed passes through the data. */
    public int epoch() {
        return epoch;
    }

    /** J on the whole dataset at {@link #parameters()}; NaN or ∞ if training diverged. */
    public double cost() {
        return cost;
    }

    /** The cost the last step returned (on its batch, before its update); NaN before the first step. */
    public double batchCost() {
        return batchCost;
    }

    public int parameterCount() {
        return parameters.length;
    }

    /** The parameter at flat index {@code index} (layout: {@link Shape}). */
    public double parameter(int index) {
        return parameters[index];
    }

    /** The last step's ∂J/∂parameter at flat index {@code index}; 0 before the first step. */
    public double gradient(int index) {
        return gradient[index];
    }

    /** A copy of all parameters. */
    public double[] parameters() {
        return parameters.clone();
    }

    /** A copy of the last step's gradient. */
    public double[] gradient() {
        return gradient.clone();
    }
}
