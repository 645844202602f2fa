package org.backproplab.state.rate;

import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.state.NumberText;
import org.backproplab.train.Divergence;
import org.backproplab.train.TrainingConfig;

/**
 * Why no run of a race can diverge, where that is a fact rather than a guess: a run counts as diverged when J
 * passes {@link Divergence#GROWTH_LIMIT} × its start, and on some problems J provably cannot get there.
 * <ul>
 *   <li>Mean squared error on a sigmoid or softmax output with targets in [0, 1]: every (ŷ − y)² ≤ 1, so
 *       J ≤ K/2 for K outputs, whatever the weights (without L1/L2, whose term grows with them).</li>
 *   <li>Cross-entropy after sigmoid or tanh hidden neurons (|h| ≤ 1) under gradient descent or momentum μ: the
 *       output's error signal |ŷ − y| ≤ 1, so each output weight and bias moves at most α/(1 − μ) per step and
 *       after T steps every logit |z| ≤ Z₀ + (n + 1)·α·T/(1 − μ) (n neurons in the last hidden layer, Z₀ the
 *       largest Σ|w| + |b| of an output neuron at the start). Per example −log softmax(z)_y ≤ 2 max|z| + log K
 *       and the binary form ≤ |z| + log 2, so J ≤ K·(2Z + log max(2, K)).</li>
 * </ul>
 * When the bound at the lab's largest α stays under the growth limit the page says why and what lets J blow up:
 * cross-entropy on leaky ReLU neurons, whose outputs are not capped.
 */
public final class BoundedCost {
    /** What to change to see a run diverge on a point set. */
    public static final String ADVICE_BOTH = "To see a run diverge, choose cross-entropy as the cost and leaky ReLU"
            + " as the hidden activation: then nothing caps J.";
    public static final String ADVICE_ACTIVATION = "To see a run diverge, choose leaky ReLU as the hidden"
            + " activation: its outputs are not capped, so neither is J.";

    private BoundedCost() {
    }

    /**
     * Why no α up to {@code maxRate} can make J reach the growth limit within {@code steps} steps from
     * {@code start} on {@code data} with {@code config}, followed by the advice; "" when that cannot be shown.
     */
    public static String reason(Network start, Dataset data, TrainingConfig config, int steps, double startingCost,
            double maxRate) {
        if (!(startingCost > 0 && startingCost < Double.POSITIVE_INFINITY)
                || start.regularization().isActive()) {
            return "";
        }
        Shape shape = start.shape();
        Activation output = shape.outputActivation();
        int outputs = shape.outputSize();
        double ceiling = Divergence.GROWTH_LIMIT * startingCost;
        if (start.loss() == Loss.MSE && (output == Activation.SIGMOID || output == Activation.SOFTMAX)
                && targetsWithinUnit(data) && outputs / 2.0 < ceiling) {
            return "With mean squared error on a " + (output == Activation.SIGMOID ? "sigmoid" : "softmax")
                    + " output J cannot blow up: ŷ and y both lie between 0 and 1, so J stays at most "
                    + NumberText.format(outputs / 2.0) + ", never a million times its start. " + ADVICE_BOTH;
        }
        if (start.loss() == Loss.MSE || shape.layerCount() < 3) {
            return "";
        }
        String hidden = null;
        for (int layer = 1; layer < shape.layerCount() - 1; layer++) {
            Activation activation = shape.activation(layer);
            if (activation != Activation.TANH && activation != Activation.SIGMOID) {
                return "";
            }
            hidden = hidden == null || hidden.equals(activation.id()) ? activation.id() : "sigmoid and tanh";
        }
        OptimizerKind kind = config.optimizer().kind();
        double momentum = kind == OptimizerKind.SGD ? 0 : config.optimizer().momentum();
        if (kind != OptimizerKind.SGD && kind != OptimizerKind.MOMENTUM && kind != OptimizerKind.NESTEROV
                || !(momentum < 1)) {
            return "";
        }
        double bound = costBound(start, steps, maxRate / (1 - momentum));
        if (!(bound < ceiling)) {
            return "";
        }
        return "With cross-entropy after " + hidden + " neurons (outputs between −1 and 1) J grows no faster than"
                + " the output weights: in " + steps + " steps of α ≤ " + NumberText.format(maxRate)
                + " it stays below " + NumberText.grouped(Math.ceil(bound)) + ", short of a million times its start. "
                + ADVICE_ACTIVATION;
    }

    /** K·(2Z + log max(2, K)) with Z = Z₀ + (n + 1)·step·T, as the class comment derives. */
    static double costBound(Network start, int steps, double largestStep) {
        Shape shape = start.shape();
        int last = shape.layerCount() - 1;
        int outputs = shape.outputSize();
        int inputs = shape.size(last - 1);
        double largest = 0;
        for (int k = 0; k < outputs; k++) {
            double sum = Math.abs(start.bias(last - 1, k));
            for (int j = 0; j < inputs; j++) {
                sum += Math.abs(start.weight(last - 1, k, j));
            }
            largest = Math.max(largest, sum);
        }
        double logit = largest + (inputs + 1) * largestStep * steps;
        return outputs * (2 * logit + Math.log(Math.max(2, outputs)));
    }

    private static boolean targetsWithinUnit(Dataset data) {
        double[] targets = data.targetsView();
        int count = data.count() * data.targetSize();
        for (int i = 0; i < count; i++) {
            if (!(targets[i] >= 0 && targets[i] <= 1)) {
                return false;
            }
        }
        return true;
    }
}
