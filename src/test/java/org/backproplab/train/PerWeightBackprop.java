package org.backproplab.train;

import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;

/**
 * Backpropagation written the plainest way, one weight at a time through {@link Network#weight} and
 * {@link Shape#weightIndex}, for comparison with the optimised {@code core.Backprop}: the textbook formulas
 * with the summation order the core documents (a sum starts from the bias, or from 0 for δ, and adds the
 * terms in ascending index; the examples of a batch are added in batch order), so that the two must agree
 * to the last bit.
 */
final class PerWeightBackprop {
    private PerWeightBackprop() {
    }

    /** J of the examples rows[0..count), and ∂J/∂parameter written into gradient. */
    static double costAndGradient(Network net, double[] inputs, double[] targets, int[] rows, double[] gradient) {
        Shape shape = net.shape();
        int layers = shape.layerCount();
        int last = layers - 1;
        int count = rows.length;
        double scale = 1.0 / count;
        java.util.Arrays.fill(gradient, 0.0);
        double costSum = 0;
        for (int row : rows) {
            double[][] z = new double[layers][];
            double[][] a = new double[layers][];
            z[0] = new double[shape.size(0)];
            a[0] = z[0];
            for (int i = 0; i < shape.size(0); i++) {
                z[0][i] = inputs[row * shape.size(0) + i];
            }
            for (int l = 0; l < last; l++) {
                int out = shape.size(l + 1);
                z[l + 1] = new double[out];
                a[l + 1] = new double[out];
                for (int j = 0; j < out; j++) {
                    double sum = net.bias(l, j);
                    for (int i = 0; i < shape.size(l); i++) {
                        sum += net.weight(l, j, i) * a[l][i];
                    }
                    z[l + 1][j] = sum;
                }
                Activation f = shape.activation(l + 1);
                for (int j = 0; j < out; j++) {
                    a[l + 1][j] = f == Activation.SOFTMAX ? softmax(z[l + 1], j) : f.apply(z[l + 1][j]);
                }
            }
            int y = row * shape.outputSize();
            costSum += exampleCost(net.loss(), z[last], a[last], targets, y);
            double[][] delta = new double[layers][];
            delta[last] = outputDelta(net.loss(), shape.activation(last), z[last], a[last], targets, y, scale);
            for (int l = last - 1; l >= 1; l--) {
                delta[l] = new double[shape.size(l)];
                for (int i = 0; i < shape.size(l); i++) {
                    double sum = 0.0;
                    for (int j = 0; j < shape.size(l + 1); j++) {
                        sum += net.weight(l, j, i) * delta[l + 1][j];
                    }
                    delta[l][i] = shape.activation(l).derivative(z[l][i], a[l][i]) * sum;
                }
            }
            for (int l = 0; l < last; l++) {
                for (int j = 0; j < shape.size(l + 1); j++) {
                    gradient[shape.biasIndex(l, j)] += delta[l + 1][j];
                    for (int i = 0; i < shape.size(l); i++) {
                        gradient[shape.weightIndex(l, j, i)] += delta[l + 1][j] * a[l][i];
                    }
                }
            }
        }
        Regularization r = net.regularization();
        double penalty = 0;
        if (r.isActive()) {
            for (int l = 0; l < last; l++) {
                for (int j = 0; j < shape.size(l + 1); j++) {
                    for (int i = 0; i < shape.size(l); i++) {
                        gradient[shape.weightIndex(l, j, i)] += r.penaltyGradient(net.weight(l, j, i));
                    }
                }
            }
            penalty = net.regularizationCost();
        }
        return costSum * scale + penalty;
    }

    /** e^(z_k − max z) / Σ_j e^(z_j − max z), the sum over j ascending. */
    private static double softmax(double[] z, int k) {
        double max = z[0];
        for (double value : z) {
            max = Math.max(max, value);
        }
        double sum = 0;
        for (double value : z) {
            sum += Math.exp(value - max);
        }
        return Math.exp(z[k] - max) / sum;
    }

    private static double exampleCost(Loss loss, double[] z, double[] a, double[] t, int y) {
        double sum = 0;
        switch (loss) {
            case MSE:
                for (int k = 0; k < a.length; k++) {
                    sum += (a[k] - t[y + k]) * (a[k] - t[y + k]);
                }
                return 0.5 * sum;
            case BINARY_CROSS_ENTROPY:
                for (int k = 0; k < z.length; k++) {
                    sum += Math.max(z[k], 0) - z[k] * t[y + k] + Math.log1p(Math.exp(-Math.abs(z[k])));
                }
                return sum;
            default:
                double max = z[0];
                for (double value : z) {
                    max = Math.max(max, value);
                }
                double expSum = 0;
                for (double value : z) {
                    expSum += Math.exp(value - max);
                }
                double logSumExp = max + Math.log(expSum);
                for (int k = 0; k < z.length; k++) {
                    if (t[y + k] != 0) {
                        sum -= t[y + k] * (z[k] - logSumExp);
                    }
                }
                return sum;
        }
    }

    /** scale · ∂(example cost)/∂z of the output layer. */
    private static double[] outputDelta(Loss loss, Activation f, double[] z, double[] a, double[] t, int y,
            double scale) {
        int n = a.length;
        double[] delta = new double[n];
        if (loss == Loss.MSE && f == Activation.SOFTMAX) {
            double weighted = 0;
            for (int m = 0; m < n; m++) {
                weighted += (a[m] - t[y + m]) * a[m];
            }
            for (int k = 0; k < n; k++) {
                delta[k] = scale * a[k] * ((a[k] - t[y + k]) - weighted);
            }
        } else if (loss == Loss.MSE) {
            for (int k = 0; k < n; k++) {
                delta[k] = f.derivative(z[k], a[k]) * (scale * (a[k] - t[y + k]));
            }
        } else if (loss == Loss.BINARY_CROSS_ENTROPY) {
            for (int k = 0; k < n; k++) {
                delta[k] = scale * (a[k] - t[y + k]);
            }
        } else {
            double targetSum = 0;
            for (int m = 0; m < n; m++) {
                targetSum += t[y + m];
            }
            for (int k = 0; k < n; k++) {
                delta[k] = scale * (a[k] * targetSum - t[y + k]);
            }
        }
        return delta;
    }
}
