package org.backproplab.exercise;

import org.backproplab.core.Backprop;
import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;

/**
 * The right answers of a {@link Problem}, all from {@code core.Backprop}: every neuron's z and a and δ per
 * example, δ averaged over the batch, J, ∂J/∂w and ∂J/∂b of the batch, the parameters after one step
 * w − α·∂J/∂w, and J after that step. Immutable.
 *
 * <p>δ of one example is ∂(that example's cost)/∂z, without the 1/N of the batch; the batch's δ is their mean,
 * ∂J/∂z summed over the examples' copies of z. Regularization, if the network has it, is in J and ∂J/∂w.
 */
public final class AnswerKey {
    private final Shape shape;
    private final double[][][] z;
    private final double[][][] a;
    private final double[][][] delta;
    private final double[][] meanDelta;
    private final double cost;
    private final double[] gradient;
    private final double[] parameters;
    private final double[] updated;
    private final double costAfter;

    public AnswerKey(Problem problem) {
        Network network = problem.network();
        shape = network.shape();
        Dataset batch = problem.batch();
        int n = batch.count();
        int layers = shape.layerCount();
        Backprop backprop = new Backprop(shape);
        parameters = network.parameters().clone();
        double[] scratch = new double[shape.parameterCount()];
        z = new double[n][layers][];
        a = new double[n][layers][];
        delta = new double[n][layers][];
        meanDelta = new double[layers][];
        for (int l = 0; l < layers; l++) {
            meanDelta[l] = new double[shape.size(l)];
        }
        for (int r = 0; r < n; r++) {
            backprop.forward(parameters, batch.inputsView(), r * shape.inputSize());
            backprop.backward(network.loss(), parameters, batch.targetsView(), r * shape.outputSize(), 1.0, scratch);
            for (int l = 0; l < layers; l++) {
                int size = shape.size(l);
                z[r][l] = new double[size];
                a[r][l] = new double[size];
                delta[r][l] = new double[size];
                for (int j = 0; j < size; j++) {
                    z[r][l][j] = backprop.preActivation(l, j);
                    a[r][l][j] = backprop.activation(l, j);
                    delta[r][l][j] = l == 0 ? 0 : backprop.delta(l, j);
                    meanDelta[l][j] += delta[r][l][j] / n;
                }
            }
        }
        gradient = new double[shape.parameterCount()];
        cost = backprop.costAndGradient(network, batch.inputsView(), batch.targetsView(), null, 0, n, gradient);
        updated = new double[parameters.length];
        for (int p = 0; p < parameters.length; p++) {
            updated[p] = parameters[p] - problem.learningRate() * gradient[p];
        }
        Network after = network.copy();
        after.setParameters(updated);
        costAfter = backprop.cost(after, batch.inputsView(), batch.targetsView(), null, 0, n);
    }

    public Shape shape() {
        return shape;
    }

    /** z of neuron j in layer l for example r (the input itself in layer 0). */
    public double z(int l, int j, int r) {
        return z[r][l][j];
    }

    /** a of neuron j in layer l for example r. */
    public double a(int l, int j, int r) {
        return a[r][l][j];
    }

    /** δ of neuron j in layer l ≥ 1: of example r alone, or with r = −1 the batch mean. */
    public double delta(int l, int j, int r) {
        return r < 0 ? meanDelta[l][j] : delta[r][l][j];
    }

    /** J of the batch (mean cost, regularization included). */
    public double cost() {
        return cost;
    }

    /** ∂J/∂parameter at a flat index of the shape. */
    public double gradient(int index) {
        return gradient[index];
    }

    /** A copy of ∂J/∂parameter, laid out by the shape. */
    public double[] gradient() {
        return gradient.clone();
    }

    /** The parameter at a flat index before the step. */
    public double parameter(int index) {
        return parameters[index];
    }

    /** The parameter at a flat index after the step: w − α·∂J/∂w. */
    public double updated(int index) {
        return updated[index];
    }

    /** A copy of every parameter after the step. */
    public double[] updated() {
        return updated.clone();
    }

    /** J of the batch after the step, evaluated afresh. */
    public double costAfter() {
        return costAfter;
    }

    /** +1 when J goes up after the step, −1 when it goes down, 0 when it stays exactly the same. */
    public double direction() {
        return Math.signum(costAfter - cost);
    }
}
