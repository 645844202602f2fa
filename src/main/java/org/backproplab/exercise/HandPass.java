package org.backproplab.exercise;

import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;

/**
 * One iteration worked the way a student would by hand — the forward pass, J, δ layer by layer, ∂J/∂w = δ·a,
 * w − α·∂J/∂w — possibly with one {@link Variant mistake} in it. Written out on its own, formula by formula,
 * rather than by calling {@code core.Backprop}: it is what the core's answers are compared with, and what a
 * mistaken answer is recomputed by.
 */
final class HandPass {
    private final Shape shape;
    private final double[][][] z;
    private final double[][][] a;
    private final double[][][] delta;
    private final double cost;
    private final double[] gradient;
    private final double[] updated;
    private final int count;
    private final boolean summed;

    HandPass(Problem problem, Variant variant) {
        Network network = problem.network();
        shape = network.shape();
        double[] w = network.parameters();
        count = problem.count();
        summed = variant.summed();
        int layers = shape.layerCount();
        int last = layers - 1;
        z = new double[count][layers][];
        a = new double[count][layers][];
        delta = new double[count][layers][];
        double costSum = 0;
        for (int r = 0; r < count; r++) {
            forward(problem, w, r);
            double[] outZ = z[r][last];
            double[] outA = a[r][last];
            double[] yHat = variant.outputFromZ() ? outZ : outA;
            double[] y = new double[shape.outputSize()];
            for (int k = 0; k < y.length; k++) {
                y[k] = problem.target(r, k);
            }
            costSum += exampleCost(network.loss(), yHat, outZ, y, variant.outputFromZ());
            for (int l = 0; l < layers; l++) {
                delta[r][l] = new double[shape.size(l)];
            }
            outputDelta(network.loss(), shape.outputActivation(), variant.output(), outZ, outA, yHat, y, delta[r][last]);
            for (int l = last - 1; l >= 1; l--) {
                Activation f = shape.activation(l);
                for (int i = 0; i < shape.size(l); i++) {
                    double sum = 0;
                    for (int j = 0; j < shape.size(l + 1); j++) {
                        if (!(l == variant.skipLayer() && j == variant.skipTerm())) {
                            sum += w[shape.weightIndex(l, j, i)] * delta[r][l + 1][j];
                        }
                    }
                    delta[r][l][i] = slope(f, variant.hidden(), z[r][l][i], a[r][l][i], 0) * sum;
                }
            }
        }
        double scale = summed ? 1 : 1.0 / count;
        Regularization regularization = network.regularization();
        cost = costSum * scale + network.regularizationCost();
        gradient = new double[w.length];
        for (int l = 1; l < layers; l++) {
            for (int j = 0; j < shape.size(l); j++) {
                double biasSum = 0;
                for (int r = 0; r < count; r++) {
                    biasSum += delta[r][l][j];
                }
                gradient[shape.biasIndex(l - 1, j)] = biasSum * scale;
                for (int i = 0; i < shape.size(l - 1); i++) {
                    double sum = 0;
                    for (int r = 0; r < count; r++) {
                        double factor = switch (variant.factor()) {
                            case FROM_A -> a[r][l - 1][i];
                            case FROM_Z -> z[r][l - 1][i];
                            case OWN_A -> a[r][l][j];
                        };
                        sum += delta[r][l][j] * factor;
                    }
                    int p = shape.weightIndex(l - 1, j, i);
                    gradient[p] = sum * scale + regularization.penaltyGradient(w[p]);
                }
            }
        }
        double step = variant.signFlipped() ? problem.learningRate() : -problem.learningRate();
        updated = new double[w.length];
        for (int p = 0; p < w.length; p++) {
            updated[p] = w[p] + step * gradient[p];
        }
    }

    /** z = b + Σᵢ w·a of the layer before, a = f(z), layer by layer. */
    private void forward(Problem problem, double[] w, int r) {
        int layers = shape.layerCount();
        z[r][0] = new double[shape.inputSize()];
        a[r][0] = new double[shape.inputSize()];
        for (int i = 0; i < shape.inputSize(); i++) {
            z[r][0][i] = problem.input(r, i);
            a[r][0][i] = problem.input(r, i);
        }
        for (int l = 1; l < layers; l++) {
            int size = shape.size(l);
            z[r][l] = new double[size];
            a[r][l] = new double[size];
            for (int j = 0; j < size; j++) {
                double sum = w[shape.biasIndex(l - 1, j)];
                for (int i = 0; i < shape.size(l - 1); i++) {
                    sum += w[shape.weightIndex(l - 1, j, i)] * a[r][l - 1][i];
                }
                z[r][l][j] = sum;
            }
            Activation f = shape.activation(l);
            if (f == Activation.SOFTMAX) {
                Activation.softmax(z[r][l], a[r][l], size);
            } else {
                for (int j = 0; j < size; j++) {
                    a[r][l][j] = f.apply(z[r][l][j]);
                }
            }
        }
    }

    /** One example's cost from the outputs ŷ (a, or z by mistake) and targets y: ½Σ(ŷ − y)², or the cross-entropies. */
    private static double exampleCost(Loss loss, double[] yHat, double[] outZ, double[] y, boolean fromZ) {
        double sum = 0;
        for (int k = 0; k < y.length; k++) {
            switch (loss) {
                case MSE -> sum += 0.5 * (yHat[k] - y[k]) * (yHat[k] - y[k]);
                case BINARY_CROSS_ENTROPY -> sum -= y[k] * Math.log(yHat[k]) + (1 - y[k]) * Math.log(1 - yHat[k]);
                case CROSS_ENTROPY -> sum -= y[k] == 0 ? 0 : y[k] * Math.log(yHat[k]);
            }
        }
        return sum;
    }

    /**
     * δ of the output layer for one example, from the outputs ŷ (a, or z by mistake) and targets y: mse
     * (ŷ − y)·f′(z), or through the softmax Jacobian a_k((ŷ_k − y_k) − Σₘ (ŷₘ − yₘ)aₘ); ŷ − y for sigmoid with
     * binary cross-entropy; ŷ_k·Σy − y_k for softmax with cross-entropy.
     */
    private static void outputDelta(Loss loss, Activation f, Variant.Slope slope, double[] outZ, double[] outA,
            double[] yHat, double[] y, double[] out) {
        int n = y.length;
        if (loss == Loss.MSE && f == Activation.SOFTMAX && slope != Variant.Slope.LEFT_OUT) {
            double weighted = 0;
            for (int m = 0; m < n; m++) {
                weighted += (yHat[m] - y[m]) * outA[m];
            }
            for (int k = 0; k < n; k++) {
                out[k] = outA[k] * ((yHat[k] - y[k]) - weighted);
            }
            return;
        }
        double targetSum = 0;
        for (double target : y) {
            targetSum += target;
        }
        for (int k = 0; k < n; k++) {
            out[k] = switch (loss) {
                case MSE -> (yHat[k] - y[k]) * (f == Activation.SOFTMAX ? 1 : slope(f, slope, outZ[k], outA[k], y[k]));
                case BINARY_CROSS_ENTROPY -> yHat[k] - y[k];
                case CROSS_ENTROPY -> yHat[k] * targetSum - y[k];
            };
        }
    }

    /** f′ as the slope asks: f′(z) from z and a, 1, the a-formula at z, or the a-formula at the target. */
    private static double slope(Activation f, Variant.Slope slope, double z, double a, double target) {
        return switch (slope) {
            case RIGHT -> f.derivative(z, a);
            case LEFT_OUT -> 1;
            case FROM_Z -> f.derivative(z, z);
            case FROM_TARGET -> f.derivative(target, target);
        };
    }

    double z(int l, int j, int r) {
        return z[r][l][j];
    }

    double a(int l, int j, int r) {
        return a[r][l][j];
    }

    /** δ of one example, or (r = −1) of the batch: the mean, or the sum when the variant drops the 1/N. */
    double delta(int l, int j, int r) {
        if (r >= 0) {
            return delta[r][l][j];
        }
        double sum = 0;
        for (int e = 0; e < count; e++) {
            sum += delta[e][l][j];
        }
        return summed ? sum : sum / count;
    }

    double cost() {
        return cost;
    }

    double gradient(int index) {
        return gradient[index];
    }

    double updated(int index) {
        return updated[index];
    }
}
