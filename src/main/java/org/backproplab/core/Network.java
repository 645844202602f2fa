package org.backproplab.core;

/**
 * A fully connected network: its {@link Shape}, its cost ({@link Loss} plus {@link Regularization}) and
 * its weights and biases in one flat array laid out by the shape. The parameters are mutable (an
 * optimizer moves them in place); everything else is fixed.
 */
public final class Network {
    private final Shape shape;
    private final Loss loss;
    private final Regularization regularization;
    private final double[] parameters;

    /** A network with every parameter 0; fill it with {@link #initialize} or {@link #setParameters}. */
    public Network(Shape shape, Loss loss, Regularization regularization) {
        if (shape == null || loss == null || regularization == null) {
            throw new IllegalArgumentException("a network needs a shape, a loss and a regularization");
        }
        String problem = loss.incompatibility(shape.outputActivation());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.shape = shape;
        this.loss = loss;
        this.regularization = regularization;
        this.parameters = new double[shape.parameterCount()];
    }

    /** A network initialised from {@code seed} by {@code initializer}. */
    public static Network initialized(Shape shape, Loss loss, Regularization regularization,
            Initializer initializer, long seed) {
        Network network = new Network(shape, loss, regularization);
        network.initialize(initializer, seed);
        return network;
    }

    public Shape shape() {
        return shape;
    }

    public Loss loss() {
        return loss;
    }

    public Regularization regularization() {
        return regularization;
    }

    /** Overwrites all parameters from {@code seed}. */
    public void initialize(Initializer initializer, long seed) {
        initializer.initialize(shape, parameters, seed);
    }

    /**
     * The live parameter array (weights and biases, laid out by {@link Shape}); optimizers update it in
     * place. Callers outside the training step should read it, not write it.
     */
    public double[] parameters() {
        return parameters;
    }

    /** Copies {@code values} (length {@link Shape#parameterCount()}, all finite) into the parameters. */
    public void setParameters(double[] values) {
        if (values.length != parameters.length) {
            throw new IllegalArgumentException("the network has " + parameters.length + " parameters, but "
                    + values.length + " values were given");
        }
        for (int p = 0; p < values.length; p++) {
            if (!Double.isFinite(values[p])) {
                throw new IllegalArgumentException(shape.parameterName(p) + " (" + Notation.modelFileEntry(shape, p)
                        + " in a model file) must be a finite number, but is " + values[p]);
            }
        }
        System.arraycopy(values, 0, parameters, 0, values.length);
    }

    /** W[l][j][i]: the weight from neuron i of layer l to neuron j of layer l+1. */
    public double weight(int l, int j, int i) {
        return parameters[shape.weightIndex(l, j, i)];
    }

    /** B[l][j]: the bias of neuron j of layer l+1. */
    public double bias(int l, int j) {
        return parameters[shape.biasIndex(l, j)];
    }

    public void setWeight(int l, int j, int i, double value) {
        parameters[shape.weightIndex(l, j, i)] = value;
    }

    public void setBias(int l, int j, double value) {
        parameters[shape.biasIndex(l, j)] = value;
    }

    /** The regularization term alone: Σ over weights (never biases) of the penalty. */
    public double regularizationCost() {
        if (!regularization.isActive()) {
            return 0;
        }
        double sum = 0;
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            int start = shape.weightOffset(l);
            int end = start + shape.size(l) * shape.size(l + 1);
            for (int p = start; p < end; p++) {
                sum += regularization.penalty(parameters[p]);
            }
        }
        return sum;
    }

    /** An independent copy with the same shape, cost and parameters. */
    public Network copy() {
        Network copy = new Network(shape, loss, regularization);
        System.arraycopy(parameters, 0, copy.parameters, 0, parameters.length);
        return copy;
    }
}
