package org.backproplab.core;

import java.util.Arrays;

/**
 * The architecture of a fully connected network: neurons per layer, one activation per non-input layer,
 * and where each weight and bias lives in the flat parameter array.
 *
 * <p>Layers are numbered from 0 (the inputs) to {@code layerCount() − 1} (the outputs). The weights into
 * layer l+1 form the matrix W[l] with W[l][j][i] the weight from neuron i of layer l to neuron j of layer
 * l+1, and B[l][j] the bias of neuron j of layer l+1 — the model file's nesting. In the flat array, the
 * block for l holds W[l] row by row, then B[l]. Immutable.
 *
 * <p>Layer 0 holds the {@link Features} of a raw data point (by default the point itself): data rows
 * have {@link #inputSize()} columns, the input layer {@code size(0)} = {@code features().count()} neurons.
 */
public final class Shape {
    /** Upper bound on neurons in any one layer and on layers, to keep memory and drawing sane. */
    public static final int MAX_NEURONS = 1024;
    public static final int MAX_LAYERS = 64;

    private final Features features;
    private final int[] sizes;
    private final Activation[] activations;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int parameterCount;
    private final int maxLayerSize;

    /**
     * @param sizes neurons per layer, inputs first; at least two layers, each 1..{@value #MAX_NEURONS}
     * @param activations one per non-input layer ({@code sizes.length − 1}); softmax only on the last
     */
    public Shape(int[] sizes, Activation[] activations) {
        this(null, sizes, activations);
    }

    /**
     * As {@link #Shape(int[], Activation[])} with the input layer computed by {@code features}
     * ({@code sizes[0]} must be its count); null means the identity over {@code sizes[0]} columns.
     */
    public Shape(Features features, int[] sizes, Activation[] activations) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("a network needs at least 2 layers (inputs and outputs), but has "
                    + (sizes == null ? 0 : sizes.length));
        }
        if (sizes.length > MAX_LAYERS) {
            throw new IllegalArgumentException("a network may have at most " + MAX_LAYERS + " layers, but has " + sizes.length);
        }
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] < 1 || sizes[l] > MAX_NEURONS) {
                throw new IllegalArgumentException("layer " + l + " has " + sizes[l]
                        + " neurons; allowed: 1 to " + MAX_NEURONS);
            }
        }
        if (activations == null || activations.length != sizes.length - 1) {
            throw new IllegalArgumentException("a network with " + sizes.length + " layers needs "
                    + (sizes.length - 1) + " activations (one per non-input layer), but has "
                    + (activations == null ? 0 : activations.length));
        }
        for (int l = 0; l < activations.length; l++) {
            if (activations[l] == null) {
                throw new IllegalArgumentException("activation " + l + " is missing; allowed: " + Activation.allowedIds());
            }
            if (activations[l] == Activation.SOFTMAX && l != activations.length - 1) {
                throw new IllegalArgumentException("softmax is allowed only on the output layer, but activation " + l
                        + " (layer " + (l + 1) + " of " + (sizes.length - 1) + ") is softmax");
            }
        }
        if (features != null && features.count() != sizes[0]) {
            throw new IllegalArgumentException("the input layer has " + sizes[0] + " neurons, but the features "
                    + features + " are " + features.count());
        }
        this.features = features == null ? Features.identity(sizes[0]) : features;
        this.sizes = sizes.clone();
        this.activations = activations.clone();
        this.weightOffsets = new int[sizes.length - 1];
        this.biasOffsets = new int[sizes.length - 1];
        int offset = 0;
        int max = 0;
        for (int l = 0; l < sizes.length - 1; l++) {
            weightOffsets[l] = offset;
            offset += sizes[l] * sizes[l + 1];
            biasOffsets[l] = offset;
            offset += sizes[l + 1];
        }
        for (int size : sizes) {
            max = Math.max(max, size);
        }
        this.parameterCount = offset;
        this.maxLayerSize = max;
    }

    /** A shape with the same activation on every hidden layer and {@code output} on the last. */
    public static Shape of(int[] sizes, Activation hidden, Activation output) {
        Activation[] activations = new Activation[Math.max(0, sizes.length - 1)];
        Arrays.fill(activations, hidden);
        if (activations.length > 0) {
            activations[activations.length - 1] = output;
        }
        return new Shape(sizes, activations);
    }

    /** Number of layers, inputs and outputs included. */
    public int layerCount() {
        return sizes.length;
    }

    /** Neurons in layer {@code layer} (0 = inputs). */
    public int size(int layer) {
        return sizes[layer];
    }

    /** A copy of the neurons per layer. */
    public int[] sizes() {
        return sizes.clone();
    }

    /**
     * Columns of a raw data row: what the network reads before its {@link #features()} (equal to
     * {@code size(0)} for the identity).
     */
    public int inputSize() {
        return features.rawInputSize();
    }

    /** How the input layer is computed from a raw data row. */
    public Features features() {
        return features;
    }

    public int outputSize() {
        return sizes[sizes.length - 1];
    }

    /** The largest layer's neuron count. */
    public int maxLayerSize() {
        return maxLayerSize;
    }

    /** The activation of layer {@code layer}, 1 ≤ layer &lt; layerCount(). */
    public Activation activation(int layer) {
        if (layer < 1 || layer >= sizes.length) {
            throw new IndexOutOfBoundsException("layer " + layer + " has no activation; layers with one are 1 to "
                    + (sizes.length - 1));
        }
        return activations[layer - 1];
    }

    /** The output layer's activation. */
    public Activation outputActivation() {
        return activations[activations.length - 1];
    }

    /** A copy of the activations, one per non-input layer. */
    public Activation[] activations() {
        return activations.clone();
    }

    /** Total weights and biases. */
    public int parameterCount() {
        return parameterCount;
    }

    /** Flat index of W[l][j][i]: from neuron i of layer l to neuron j of layer l+1. */
    public int weightIndex(int l, int j, int i) {
        return weightOffsets[l] + j * sizes[l] + i;
    }

    /** Flat index of B[l][j]: the bias of neuron j of layer l+1. */
    public int biasIndex(int l, int j) {
        return biasOffsets[l] + j;
    }

    /** Flat index where W[l] starts (row-major, rows = neurons of layer l+1). */
    public int weightOffset(int l) {
        return weightOffsets[l];
    }

    /** Flat index where B[l] starts. */
    public int biasOffset(int l) {
        return biasOffsets[l];
    }

    /** Whether flat index {@code index} holds a weight (true) or a bias (false). */
    public boolean isWeight(int index) {
        for (int l = 0; l < biasOffsets.length; l++) {
            if (index < biasOffsets[l]) {
                return index >= weightOffsets[l];
            }
        }
        return false;
    }

    /** The {@link Notation} name of flat index {@code index}, e.g. "w₁,₃⁽²⁾" (W[1][0][2]) or "b₂⁽¹⁾" (B[0][1]). */
    public String parameterName(int index) {
        return Notation.UNICODE.parameter(this, index);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Shape that
                && Arrays.equals(sizes, that.sizes) && Arrays.equals(activations, that.activations)
                && features.equals(that.features);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(sizes) + Arrays.hashCode(activations)) + features.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!features.isIdentity()) {
            text.append('[').append(features.ids()).append("] ");
        }
        for (int l = 0; l < sizes.length; l++) {
            if (l > 0) {
                text.append('-');
            }
            text.append(sizes[l]);
        }
        for (Activation activation : activations) {
            text.append(' ').append(activation.id());
        }
        return text.toString();
    }
}
