package org.backproplab.core;

/**
 * An immutable record of one forward and backward pass: every neuron's z, a and δ, every parameter's
 * ∂J/∂parameter and the cost J. The views display these; nothing here changes once made.
 */
public final class PassRecord {
    private final Shape shape;
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    private final double cost;
    private final double[] gradient;

    PassRecord(Shape shape, double[][] z, double[][] a, double[][] delta, double cost, double[] gradient) {
        this.shape = shape;
        this.z = deepCopy(z);
        this.a = deepCopy(a);
        this.delta = deepCopy(delta);
        this.cost = cost;
        this.gradient = gradient.clone();
    }

    private static double[][] deepCopy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int l = 0; l < values.length; l++) {
            copy[l] = values[l].clone();
        }
        return copy;
    }

    public Shape shape() {
        return shape;
    }

    /** Pre-activation z of a neuron (the input itself for layer 0). */
    public double preActivation(int layer, int neuron) {
        return z[layer][neuron];
    }

    /** Activation a of a neuron. */
    public double activation(int layer, int neuron) {
        return a[layer][neuron];
    }

    /** δ = ∂J/∂z of a neuron in layer ≥ 1 (0 for the input layer). */
    public double delta(int layer, int neuron) {
        return delta[layer][neuron];
    }

    /** J of the pass. */
    public double cost() {
        return cost;
    }

    /** ∂J/∂parameter at flat index {@code index}. */
    public double gradient(int index) {
        return gradient[index];
    }

    /** ∂J/∂W[l][j][i]. */
    public double weightGradient(int l, int j, int i) {
        return gradient[shape.weightIndex(l, j, i)];
    }

    /** ∂J/∂B[l][j]. */
    public double biasGradient(int l, int j) {
        return gradient[shape.biasIndex(l, j)];
    }

    /** A copy of the whole gradient, laid out by the shape. */
    public double[] gradient() {
        return gradient.clone();
    }
}
