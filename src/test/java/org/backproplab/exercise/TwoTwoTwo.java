package org.backproplab.exercise;

import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;

/**
 * A 2-2-2 sigmoid network with mse worked out in plain formulas, written for the tests only: the article's
 * network (Mazur) and its iteration, and each typical mistake made on purpose. Nothing here calls the code under
 * test.
 */
final class TwoTwoTwo {
    /** W0[j][i] into hidden neuron j, b0[j]; W1[k][j] into output k, b1[k]. */
    final double[][] w0;
    final double[] b0;
    final double[][] w1;
    final double[] b1;
    final double[][] x;
    final double[][] t;
    final double alpha;

    TwoTwoTwo(double[][] w0, double[] b0, double[][] w1, double[] b1, double[][] x, double[][] t, double alpha) {
        this.w0 = w0;
        this.b0 = b0;
        this.w1 = w1;
        this.b1 = b1;
        this.x = x;
        this.t = t;
        this.alpha = alpha;
    }

    /** The article: i = (0.05, 0.10), t = (0.01, 0.99), w1..w8 = 0.15 … 0.55, biases 0.35 and 0.60, α = 0.5. */
    static TwoTwoTwo mazur() {
        return new TwoTwoTwo(new double[][] {{0.15, 0.20}, {0.25, 0.30}}, new double[] {0.35, 0.35},
                new double[][] {{0.40, 0.45}, {0.50, 0.55}}, new double[] {0.60, 0.60},
                new double[][] {{0.05, 0.10}}, new double[][] {{0.01, 0.99}}, 0.5);
    }

    /** The article's network with a second example, (0.30, −0.20) → (0.80, 0.20). */
    static TwoTwoTwo mazurBatchOfTwo() {
        TwoTwoTwo m = mazur();
        return new TwoTwoTwo(m.w0, m.b0, m.w1, m.b1, new double[][] {{0.05, 0.10}, {0.30, -0.20}},
                new double[][] {{0.01, 0.99}, {0.80, 0.20}}, 0.5);
    }

    TwoTwoTwo withTargets(double[][] targets) {
        return new TwoTwoTwo(w0, b0, w1, b1, x, targets, alpha);
    }

    Problem problem() {
        Network network = new Network(Shape.of(new int[] {2, 2, 2}, Activation.SIGMOID, Activation.SIGMOID), Loss.MSE,
                Regularization.NONE);
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                network.setWeight(0, j, i, w0[j][i]);
                network.setWeight(1, j, i, w1[j][i]);
            }
            network.setBias(0, j, b0[j]);
            network.setBias(1, j, b1[j]);
        }
        double[] inputs = new double[x.length * 2];
        double[] targets = new double[x.length * 2];
        for (int r = 0; r < x.length; r++) {
            inputs[2 * r] = x[r][0];
            inputs[2 * r + 1] = x[r][1];
            targets[2 * r] = t[r][0];
            targets[2 * r + 1] = t[r][1];
        }
        return new Problem(network, new Dataset(2, 2, inputs, targets), alpha);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    double zh(int r, int j) {
        return w0[j][0] * x[r][0] + w0[j][1] * x[r][1] + b0[j];
    }

    double h(int r, int j) {
        return sigmoid(zh(r, j));
    }

    double zo(int r, int k) {
        return w1[k][0] * h(r, 0) + w1[k][1] * h(r, 1) + b1[k];
    }

    double o(int r, int k) {
        return sigmoid(zo(r, k));
    }

    int n() {
        return x.length;
    }

    /** ½Σ_k (o − t)², per example. */
    double exampleCost(int r) {
        return 0.5 * (Math.pow(o(r, 0) - t[r][0], 2) + Math.pow(o(r, 1) - t[r][1], 2));
    }

    double cost() {
        double sum = 0;
        for (int r = 0; r < n(); r++) {
            sum += exampleCost(r);
        }
        return sum / n();
    }

    /** (o − t)·o(1 − o). */
    double deltaO(int r, int k) {
        return (o(r, k) - t[r][k]) * o(r, k) * (1 - o(r, k));
    }

    /** (Σ_k W1[k][j]·δo_k)·h(1 − h). */
    double deltaH(int r, int j) {
        return (w1[0][j] * deltaO(r, 0) + w1[1][j] * deltaO(r, 1)) * h(r, j) * (1 - h(r, j));
    }

    /** ∂J/∂W1[k][j] = mean of δo_k·h_j. */
    double gradW1(int k, int j) {
        double sum = 0;
        for (int r = 0; r < n(); r++) {
            sum += deltaO(r, k) * h(r, j);
        }
        return sum / n();
    }

    double meanDeltaO(int k) {
        double sum = 0;
        for (int r = 0; r < n(); r++) {
            sum += deltaO(r, k);
        }
        return sum / n();
    }

    double meanDeltaH(int j) {
        double sum = 0;
        for (int r = 0; r < n(); r++) {
            sum += deltaH(r, j);
        }
        return sum / n();
    }
}
