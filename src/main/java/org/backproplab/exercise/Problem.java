package org.backproplab.exercise;

import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;

/**
 * What one exercise is about: a network (copied, never changed), its batch — one example or a few — and the
 * learning rate α of the gradient-descent step. Immutable.
 */
public final class Problem {
    /** The most examples an exercise batch may have: every one is worked by hand. */
    public static final int MAX_EXAMPLES = 10;

    private final Network network;
    private final Dataset batch;
    private final double learningRate;

    /**
     * @throws IllegalArgumentException if the batch does not fit the network, is empty or larger than
     *     {@value #MAX_EXAMPLES}, or α is not a finite number above 0
     */
    public Problem(Network network, Dataset batch, double learningRate) {
        Shape shape = network.shape();
        if (batch.inputSize() != shape.inputSize() || batch.targetSize() != shape.outputSize()) {
            throw new IllegalArgumentException("the network takes " + shape.inputSize() + " inputs and gives "
                    + shape.outputSize() + " outputs, but the examples have " + batch.inputSize() + " inputs and "
                    + batch.targetSize() + " targets");
        }
        if (batch.count() < 1 || batch.count() > MAX_EXAMPLES) {
            throw new IllegalArgumentException("an exercise has 1 to " + MAX_EXAMPLES + " examples, but this one has "
                    + batch.count());
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate α must be a finite number above 0, but is "
                    + learningRate);
        }
        this.network = network.copy();
        this.batch = batch;
        this.learningRate = learningRate;
    }

    /** A copy of the network (changing it does not change the problem). */
    public Network network() {
        return network.copy();
    }

    public Shape shape() {
        return network.shape();
    }

    public Dataset batch() {
        return batch;
    }

    /** N, the number of examples in the batch. */
    public int count() {
        return batch.count();
    }

    public double learningRate() {
        return learningRate;
    }

    /** Input i of example r. */
    public double input(int r, int i) {
        return batch.input(r, i);
    }

    /** Target k of example r. */
    public double target(int r, int k) {
        return batch.target(r, k);
    }

    /** A copy of the weights and biases, laid out by the shape. */
    public double[] parameters() {
        return network.parameters().clone();
    }
}
