package org.backproplab.landscape;

import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;

/**
 * The chain rule for one parameter, with the numbers: for the weight W[l][j][i] from neuron i of layer l to
 * neuron j of layer l+1, over a batch of N examples,
 * <pre>
 *   ∂J/∂w = (1/N) · Σₙ δⱼ⁽ⁿ⁾ · aᵢ⁽ⁿ⁾  (+ the regularization term d(penalty)/dw)
 * </pre>
 * and, for one example n, δⱼ expanded one level: δⱼ = ∂J/∂aⱼ · f′(zⱼ), where ∂J/∂aⱼ comes from the loss on
 * the output layer (ŷⱼ − yⱼ for mse) and is Σₖ W[l+1][k][j] · δₖ on a hidden layer. Per-example values are
 * before the 1/N of the batch mean (δ of the example's own cost). A bias B[l][j] is the weight from a
 * constant input aᵢ = 1.
 *
 * <p>Two output layers do not split into ∂J/∂a · f′ elementwise, and say so in {@link #form()}: a
 * cross-entropy cost after its sigmoid or softmax gives δⱼ = ŷⱼ − yⱼ directly (f′ cancels), and mse after a
 * softmax goes through the softmax's Jacobian, δⱼ = ŷⱼ · (gⱼ − Σₘ gₘ ŷₘ) with gₘ = ŷₘ − yₘ.
 *
 * <p>{@link #gradient()} is backpropagation's own ∂J/∂w on the same examples (the one a full-batch
 * trainer steps with); {@link #sum()}/N + {@link #penaltyGradient()} is the same number built from the
 * shown factors, equal up to rounding. Not thread-safe; allocates only in the constructor.
 */
public final class ChainRule {
    /** How δⱼ of the example is built. */
    public enum Form {
        /** Hidden neuron: δⱼ = (Σₖ wₖⱼ δₖ) · f′(zⱼ). */
        HIDDEN,
        /** Output neuron, mse after an elementwise activation: δⱼ = (ŷⱼ − yⱼ) · f′(zⱼ). */
        OUTPUT,
        /** Output neuron, cross-entropy after sigmoid or softmax: δⱼ = ŷⱼ − yⱼ (f′ cancels). */
        OUTPUT_LOGITS,
        /** Output neuron, mse after softmax: δⱼ = ŷⱼ · (gⱼ − Σₘ gₘ ŷₘ), gₘ = ŷₘ − yₘ. */
        OUTPUT_SOFTMAX
    }

    private final Network network;
    private final Shape shape;
    private final double[] inputs;
    private final double[] targets;
    private final int[] rows;
    private final int count;
    private final Backprop backprop;
    private final double[] gradientAll;
    private final double[] scratch;

    private int index = -1;
    private int layer;
    private int to;
    private int from;
    private boolean bias;
    private double cost = Double.NaN;
    private double gradient = Double.NaN;
    private double sum = Double.NaN;
    private double penaltyGradient;
    private int example = -1;
    private Form form;
    private double activationIn = Double.NaN;
    private double delta = Double.NaN;
    private double upstream = Double.NaN;
    private double slope = Double.NaN;
    private double preActivation = Double.NaN;
    private double output = Double.NaN;
    private double target = Double.NaN;
    private double softmaxMean = Double.NaN;
    private final double[] nextWeights;
    private final double[] nextDeltas;
    private int nextCount;

    /**
     * @param rows the examples of {@code data} the batch is made of, or null for all of them in stored order
     *     (a full-batch trainer's batch; copied)
     * @throws IllegalArgumentException if the data's columns do not fit the network or there are no examples
     */
    public ChainRule(Network network, Dataset data, int[] rows) {
        if (network == null || data == null) {
            throw new IllegalArgumentException("the chain rule needs a network and data");
        }
        Shape s = network.shape();
        if (data.inputSize() != s.inputSize() || data.targetSize() != s.outputSize()) {
            throw new IllegalArgumentException("the network has " + s.inputSize() + " inputs and " + s.outputSize()
                    + " outputs, but the data has " + data.inputSize() + " input and " + data.targetSize()
                    + " target columns");
        }
        if (rows != null) {
            for (int row : rows) {
                if (row < 0 || row >= data.count()) {
                    throw new IndexOutOfBoundsException("example " + row + " does not exist; the data has "
                            + data.count() + " examples");
                }
            }
        }
        this.count = rows == null ? data.count() : rows.length;
        if (count < 1) {
            throw new IllegalArgumentException("the chain rule needs at least one example, but has " + count);
        }
        this.network = network;
        this.shape = s;
        this.inputs = data.inputsView();
        this.targets = data.targetsView();
        this.rows = rows == null ? null : rows.clone();
        this.backprop = new Backprop(s);
        this.gradientAll = new double[s.parameterCount()];
        this.scratch = new double[s.parameterCount()];
        this.nextWeights = new double[s.maxLayerSize()];
        this.nextDeltas = new double[s.maxLayerSize()];
    }

    /** How many examples the batch holds (N). */
    public int exampleCount() {
        return count;
    }

    /**
     * Decomposes ∂J/∂parameter {@code index} at the current parameters over the whole batch, and δ of its
     * neuron for example {@code example} (0 ≤ example &lt; N, a position in the batch).
     */
    public void measure(int index, int example) {
        begin(index, example);
        addExamples(0, count);
        finish();
    }

    /**
     * The first part of {@link #measure}, for work spread over frames: backpropagation's ∂J/∂w over the whole
     * batch. Then {@link #addExamples} over a partition of [0, N) and {@link #finish} complete it; the results
     * are those of {@link #measure}, bit for bit.
     */
    public void begin(int index, int example) {
        if (index < 0 || index >= shape.parameterCount()) {
            throw new IndexOutOfBoundsException("parameter " + index + " does not exist; the network has "
                    + shape.parameterCount() + " (0 to " + (shape.parameterCount() - 1) + ")");
        }
        if (example < 0 || example >= count) {
            throw new IndexOutOfBoundsException("example " + example + " does not exist; the batch has " + count
                    + " (0 to " + (count - 1) + ")");
        }
        locate(index);
        this.example = example;
        double[] parameters = network.parameters();
        cost = backprop.costAndGradient(network, inputs, targets, rows, 0, count, gradientAll);
        gradient = gradientAll[index];
        penaltyGradient = bias ? 0 : network.regularization().penaltyGradient(parameters[index]);
        sum = 0;
    }

    /** Adds δ·a of the batch's examples at positions [first, end) to the sum (a part of {@link #measure}). */
    public void addExamples(int first, int end) {
        if (first < 0 || end > count || first > end) {
            throw new IllegalArgumentException("examples " + first + " to " + end + " are not within the batch's 0 to "
                    + count);
        }
        double[] parameters = network.parameters();
        Loss loss = network.loss();
        double total = sum;
        for (int n = first; n < end; n++) {
            int row = rows == null ? n : rows[n];
            backprop.forward(parameters, inputs, row * shape.inputSize());
            // scale 1: δ of this example's own cost, before the batch's 1/N
            backprop.backward(loss, parameters, targets, row * shape.outputSize(), 1.0, scratch);
            total += backprop.delta(layer + 1, to) * (bias ? 1.0 : backprop.activation(layer, from));
        }
        sum = total;
    }

    /** The last part of {@link #measure}: the chain rule for the example it was begun with. */
    public void finish() {
        explainExample(example);
    }

    private void locate(int index) {
        this.index = index;
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            int weights = shape.weightOffset(l);
            int biases = shape.biasOffset(l);
            if (index >= weights && index < biases) {
                layer = l;
                to = (index - weights) / shape.size(l);
                from = (index - weights) % shape.size(l);
                bias = false;
                return;
            }
            if (index >= biases && index < biases + shape.size(l + 1)) {
                layer = l;
                to = index - biases;
                from = -1;
                bias = true;
                return;
            }
        }
        throw new AssertionError("parameter " + index + " is in no layer");
    }

    private void explainExample(int n) {
        example = n;
        double[] parameters = network.parameters();
        int row = rows == null ? n : rows[n];
        backprop.forward(parameters, inputs, row * shape.inputSize());
        backprop.backward(network.loss(), parameters, targets, row * shape.outputSize(), 1.0, scratch);
        int j = layer + 1;
        activationIn = bias ? 1.0 : backprop.activation(layer, from);
        delta = backprop.delta(j, to);
        preActivation = backprop.preActivation(j, to);
        output = backprop.activation(j, to);
        Activation f = shape.activation(j);
        nextCount = 0;
        softmaxMean = Double.NaN;
        if (j < shape.layerCount() - 1) {
            form = Form.HIDDEN;
            target = Double.NaN;
            int size = shape.size(j);
            int next = shape.size(j + 1);
            int w = shape.weightOffset(j);
            // the same sum, in the same order, as Backprop.backward: δⱼ = (Σₖ W[j][k][to] · δₖ) · f′(zⱼ)
            double total = 0;
            for (int k = 0; k < next; k++) {
                nextWeights[k] = parameters[w + k * size + to];
                nextDeltas[k] = backprop.delta(j + 1, k);
                total += nextWeights[k] * nextDeltas[k];
            }
            nextCount = next;
            upstream = total;
            slope = f.derivative(preActivation, output);
            return;
        }
        target = targets[row * shape.outputSize() + to];
        Loss loss = network.loss();
        if (loss != Loss.MSE) {
            form = Form.OUTPUT_LOGITS;
            upstream = Double.NaN;
            slope = Double.NaN;
        } else if (f == Activation.SOFTMAX) {
            form = Form.OUTPUT_SOFTMAX;
            upstream = output - target;
            slope = Double.NaN;
            double weighted = 0;
            int outputs = shape.outputSize();
            for (int m = 0; m < outputs; m++) {
                weighted += (backprop.activation(j, m) - targets[row * outputs + m]) * backprop.activation(j, m);
            }
            softmaxMean = weighted;
        } else {
            form = Form.OUTPUT;
            upstream = output - target;
            slope = f.derivative(preActivation, output);
        }
    }

    // ---- the parameter

    /** The flat index last measured; −1 before. */
    public int index() {
        return index;
    }

    /** Whether it is a bias (its "input" aᵢ is the constant 1). */
    public boolean isBias() {
        return bias;
    }

    /** l: the parameter feeds from layer l into layer l + 1. */
    public int layer() {
        return layer;
    }

    /** j: the neuron of layer l + 1 it feeds. */
    public int toNeuron() {
        return to;
    }

    /** i: the neuron of layer l it comes from; −1 for a bias. */
    public int fromNeuron() {
        return from;
    }

    /** Its value w. */
    public double weight() {
        return network.parameters()[index];
    }

    // ---- the batch

    /** J over the batch at the current parameters. */
    public double cost() {
        return cost;
    }

    /** ∂J/∂w from backpropagation over the batch: what a gradient-descent step on this batch uses. */
    public double gradient() {
        return gradient;
    }

    /** Σₙ δⱼ⁽ⁿ⁾ · aᵢ⁽ⁿ⁾ over the batch, each δ before the 1/N. */
    public double sum() {
        return sum;
    }

    /** (1/N) · Σₙ δⱼ⁽ⁿ⁾ · aᵢ⁽ⁿ⁾: the cost's part of ∂J/∂w. */
    public double mean() {
        return sum / count;
    }

    /** The regularization's part of ∂J/∂w: λ·w (L2), λ·sign(w) (L1), 0 without (and for biases). */
    public double penaltyGradient() {
        return penaltyGradient;
    }

    /** Whether the network's regularization adds to this parameter's gradient. */
    public boolean hasPenalty() {
        return !bias && network.regularization().isActive();
    }

    // ---- the example

    /** The example explained: a position 0..N−1 in the batch. */
    public int example() {
        return example;
    }

    /** Its row in the data set. */
    public int exampleRow() {
        return rows == null ? example : rows[example];
    }

    /** How δⱼ is built for this neuron and cost. */
    public Form form() {
        return form;
    }

    /** aᵢ: the activation flowing into the weight (1 for a bias). */
    public double activationIn() {
        return activationIn;
    }

    /** δⱼ = ∂(example cost)/∂zⱼ. */
    public double delta() {
        return delta;
    }

    /** δⱼ · aᵢ: this example's share of the sum. */
    public double contribution() {
        return delta * activationIn;
    }

    /**
     * ∂(example cost)/∂aⱼ: Σₖ wₖⱼ δₖ on a hidden layer, ŷⱼ − yⱼ for mse on the output layer; NaN for
     * {@link Form#OUTPUT_LOGITS}.
     */
    public double upstream() {
        return upstream;
    }

    /** f′(zⱼ); NaN for the output forms where it does not appear on its own. */
    public double activationSlope() {
        return slope;
    }

    /** zⱼ. */
    public double preActivation() {
        return preActivation;
    }

    /** aⱼ (ŷⱼ on the output layer). */
    public double output() {
        return output;
    }

    /** yⱼ on the output layer; NaN on a hidden one. */
    public double target() {
        return target;
    }

    /** Σₘ gₘ ŷₘ for {@link Form#OUTPUT_SOFTMAX}; NaN otherwise. */
    public double softmaxMean() {
        return softmaxMean;
    }

    /** How many neurons k the hidden neuron feeds (0 on the output layer). */
    public int nextCount() {
        return nextCount;
    }

    /** wₖⱼ: the weight from this neuron to neuron k of the next layer. */
    public double nextWeight(int k) {
        checkNext(k);
        return nextWeights[k];
    }

    /** δₖ of neuron k of the next layer for the example. */
    public double nextDelta(int k) {
        checkNext(k);
        return nextDeltas[k];
    }

    private void checkNext(int k) {
        if (k < 0 || k >= nextCount) {
            throw new IndexOutOfBoundsException("neuron " + k + " of the next layer does not exist; there are "
                    + nextCount);
        }
    }
}
