package org.backproplab.core;

import java.util.Arrays;

/**
 * The forward pass and backpropagation for one {@link Shape}, with every intermediate kept: each
 * neuron's pre-activation z and activation a from the forward pass, each neuron's δ = ∂J/∂z from the
 * backward pass, and ∂J/∂w, ∂J/∂b for every parameter.
 *
 * <p>Allocates its workspace once; {@link #costAndGradient} allocates nothing. Not thread-safe: one
 * instance per training loop. Data comes as flat row-major arrays: example r's inputs start at
 * {@code inputs[r · inputSize]}, its targets at {@code targets[r · outputSize]}.
 *
 * <p>Chain rule, for the weight W[l][j][i] from neuron i of layer l to neuron j of layer l+1:
 * ∂J/∂W[l][j][i] = δ(l+1, j) · a(l, i), ∂J/∂B[l][j] = δ(l+1, j), and going back one layer
 * δ(l, i) = f'(z(l, i)) · Σⱼ W[l][j][i] · δ(l+1, j). The output layer's δ comes from {@link Loss#outputDelta}.
 */
public final class Backprop {
    private final Shape shape;
    private final int layers;
    /** The shape's layout, copied into plain arrays read in the inner loops. */
    private final int[] sizes;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final Activation[] activations;
    /** Each layer's activation as its {@link ActivationKernels} kind (the ordinal); 0 for the input layer. */
    private final int[] kinds;
    /** The input layer's features, or null when it is the raw row itself. */
    private final Features features;
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    /** The running sum of the example costs (see {@link Loss#addExampleCost}). */
    private final double[] costSum = new double[1];
    /** The factor {@link #backward} multiplies this example's ∂cost/∂parameter by (1/N in a batch of N). */
    private double batchScale;

    public Backprop(Shape shape) {
        this.shape = shape;
        this.layers = shape.layerCount();
        this.z = new double[layers][];
        this.a = new double[layers][];
        this.delta = new double[layers][];
        this.sizes = shape.sizes();
        this.weightOffsets = new int[layers];
        this.biasOffsets = new int[layers];
        this.activations = new Activation[layers];
        this.kinds = new int[layers];
        this.features = shape.features().isIdentity() ? null : shape.features();
        for (int l = 0; l + 1 < layers; l++) {
            weightOffsets[l] = shape.weightOffset(l);
            biasOffsets[l] = shape.biasOffset(l);
            activations[l + 1] = shape.activation(l + 1);
            kinds[l + 1] = activations[l + 1].ordinal();
        }
        for (int l = 0; l < layers; l++) {
            z[l] = new double[shape.size(l)];
            a[l] = new double[shape.size(l)];
            delta[l] = new double[shape.size(l)];
        }
    }

    public Shape shape() {
        return shape;
    }

    /**
     * Runs the example whose inputs start at {@code inputs[offset]} through the network, recording z and a
     * for every neuron (for the input layer z = a = the features of the raw row, by default the row itself).
     * The row has {@link Shape#inputSize()} values. Returns nothing: read {@link #activation}.
     */
    public void forward(double[] parameters, double[] inputs, int offset) {
        int inputSize = sizes[0];
        double[] z0 = z[0];
        double[] a0 = a[0];
        if (features == null) {
            for (int i = 0; i < inputSize; i++) {
                z0[i] = inputs[offset + i];
                a0[i] = inputs[offset + i];
            }
        } else {
            features.apply(inputs, offset, a0);
            System.arraycopy(a0, 0, z0, 0, inputSize);
        }
        double[][] z = this.z;
        double[][] a = this.a;
        for (int l = 0; l < layers - 1; l++) {
            int out = sizes[l + 1];
            double[] zNext = z[l + 1];
            DenseKernels.weightedSums(parameters, weightOffsets[l], biasOffsets[l], a[l], sizes[l], zNext, out);
            ActivationKernels.apply(kinds[l + 1], zNext, a[l + 1], out);
        }
    }

    /**
     * After {@link #forward}: δ for every neuron, and {@code scale ×} this example's ∂cost/∂parameter added
     * into {@code gradient}. With scale = 1/N over a batch of N the sums are ∂J/∂w of the batch mean.
     */
    public void backward(Loss loss, double[] parameters, double[] targets, int offset, double scale,
            double[] gradient) {
        batchScale = scale;
        backwardAtBatchScale(loss, parameters, targets, offset, gradient);
    }

    /**
     * {@link #backward} with the scale in {@link #batchScale}: the per-example call of a batch passes no
     * fractional number, which the browser would box on the heap for every call it does not inline.
     */
    private void backwardAtBatchScale(Loss loss, double[] parameters, double[] targets, int offset,
            double[] gradient) {
        int last = layers - 1;
        loss.outputDelta(activations[last], z[last], a[last], targets, offset, sizes[last], batchScale, delta[last]);
        for (int l = last - 1; l > 0; l--) {
            // ∂J/∂w = δ(l+1, j)·a(l, i), and δ(l, i) = f'(z(l, i))·Σⱼ W[l][j][i]·δ(l+1, j), j ascending.
            int in = sizes[l];
            DenseKernels.addGradientAndBack(parameters, gradient, weightOffsets[l], biasOffsets[l], a[l], in,
                    delta[l + 1], sizes[l + 1], delta[l]);
            ActivationKernels.multiplyByDerivative(kinds[l], z[l], a[l], delta[l], in);
        }
        // The input layer has no δ: only ∂J/∂w and ∂J/∂b.
        DenseKernels.addGradient(gradient, weightOffsets[0], biasOffsets[0], a[0], sizes[0], delta[1], sizes[1]);
    }

    /**
     * J over the examples {@code rows[from..to)} (or examples from..to when rows is null), regularization
     * included, and ∂J/∂parameter written into {@code gradient} (overwritten, not added to).
     * Afterwards z, a and δ hold the last example's values. Allocates nothing.
     *
     * <p>The same as {@link #addExamples} over the whole batch followed by {@link #finishBatch}, bit for bit: a
     * batch too large for one animation frame is summed in slices that way.
     */
    public double costAndGradient(Network network, double[] inputs, double[] targets, int[] rows, int from,
            int to, double[] gradient) {
        int count = to - from;
        if (count <= 0) {
            throw new IllegalArgumentException("a batch needs at least one example, but has " + count);
        }
        Arrays.fill(gradient, 0, shape.parameterCount(), 0.0);
        costSum[0] = 0;
        addExamples(network, inputs, targets, rows, from, to, count, gradient, costSum);
        return finishBatch(network, count, gradient, costSum);
    }

    /**
     * One slice of a batch of {@code batchCount} examples: adds the examples {@code rows[from..to)} (or from..to
     * when rows is null) into a sum the caller began at zero, each one's cost into {@code costSum[0]} and
     * (1/batchCount) × its ∂cost/∂parameter into {@code gradient}. The weights must not change between the
     * slices of one batch. Allocates nothing.
     */
    public void addExamples(Network network, double[] inputs, double[] targets, int[] rows, int from, int to,
            int batchCount, double[] gradient, double[] costSum) {
        double[] parameters = network.parameters();
        Loss loss = network.loss();
        int inputSize = shape.inputSize();
        int outputSize = shape.outputSize();
        int last = layers - 1;
        batchScale = 1.0 / batchCount;
        for (int n = from; n < to; n++) {
            int row = rows == null ? n : rows[n];
            forward(parameters, inputs, row * inputSize);
            loss.addExampleCost(z[last], a[last], targets, row * outputSize, outputSize, costSum);
            backwardAtBatchScale(loss, parameters, targets, row * outputSize, gradient);
        }
    }

    /**
     * Ends a batch of {@code batchCount} examples summed by {@link #addExamples}: adds the regularization's
     * gradient and returns J, the mean example cost plus the regularization cost.
     */
    public double finishBatch(Network network, int batchCount, double[] gradient, double[] costSum) {
        if (batchCount <= 0) {
            throw new IllegalArgumentException("a batch needs at least one example, but has " + batchCount);
        }
        double[] parameters = network.parameters();
        double scale = 1.0 / batchCount;
        double sum = costSum[0];
        Regularization regularization = network.regularization();
        if (regularization.isActive()) {
            for (int l = 0; l < layers - 1; l++) {
                int start = shape.weightOffset(l);
                int end = start + shape.size(l) * shape.size(l + 1);
                for (int p = start; p < end; p++) {
                    gradient[p] += regularization.penaltyGradient(parameters[p]);
                }
            }
        }
        return sum * scale + network.regularizationCost();
    }

    /** J over the examples (as in {@link #costAndGradient}) without computing any gradient. */
    public double cost(Network network, double[] inputs, double[] targets, int[] rows, int from, int to) {
        int count = to - from;
        if (count <= 0) {
            throw new IllegalArgumentException("a batch needs at least one example, but has " + count);
        }
        costSum[0] = 0;
        addExampleCosts(network, inputs, targets, rows, from, to, costSum);
        return costSum[0] / count + network.regularizationCost();
    }

    /**
     * One slice of {@link #cost}: adds the cost of each example {@code rows[from..to)} (or from..to when rows is
     * null) into {@code costSum[0]}; J is then the sum / N + {@link Network#regularizationCost()}. Allocates nothing.
     */
    public void addExampleCosts(Network network, double[] inputs, double[] targets, int[] rows, int from, int to,
            double[] costSum) {
        double[] parameters = network.parameters();
        int inputSize = shape.inputSize();
        int outputSize = shape.outputSize();
        int last = layers - 1;
        Loss loss = network.loss();
        for (int n = from; n < to; n++) {
            int row = rows == null ? n : rows[n];
            forward(parameters, inputs, row * inputSize);
            loss.addExampleCost(z[last], a[last], targets, row * outputSize, outputSize, costSum);
        }
    }

    /** z of neuron {@code neuron} in layer {@code layer} from the last forward pass (inputs for layer 0). */
    public double preActivation(int layer, int neuron) {
        return z[layer][neuron];
    }

    /** a of neuron {@code neuron} in layer {@code layer} from the last forward pass. */
    public double activation(int layer, int neuron) {
        return a[layer][neuron];
    }

    /** δ = ∂J/∂z of neuron {@code neuron} in layer {@code layer} ≥ 1 from the last backward pass. */
    public double delta(int layer, int neuron) {
        return delta[layer][neuron];
    }

    /** The output layer's activations from the last forward pass (live; do not modify). */
    public double[] outputs() {
        return a[layers - 1];
    }

    /** An immutable copy of every z, a and δ from the last passes. */
    public PassRecord record(double cost, double[] gradient) {
        return new PassRecord(shape, z, a, delta, cost, gradient);
    }
}
