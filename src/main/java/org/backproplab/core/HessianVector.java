package org.backproplab.core;

/**
 * Exact Hessian-vector products H·v of the cost J (the batch mean, regularization included) with respect to
 * every weight and bias, by the R-operator (Pearlmutter 1994): backpropagation differentiated once more along
 * the direction v, R{x} = d/dε x(w + ε·v) at ε = 0. One product costs about two forward and two backward
 * passes and is exact up to rounding, unlike a difference of two gradients.
 *
 * <p>With V the direction's weights and biases laid out like the parameters, for each example:
 * <pre>
 * forward    z(l+1) = W a(l) + b             R{z(l+1)} = V_W a(l) + W R{a(l)} + V_b,   R{a(0)} = 0
 *            a = f(z)                        R{a} = f'(z) R{z}   (softmax: R{aₖ} = aₖ (R{zₖ} − Σⱼ aⱼ R{zⱼ}))
 * backward   δ(l) = f'(z(l)) ⊙ Wᵀ δ(l+1)      R{δ(l)} = f''(z) R{z} ⊙ Wᵀδ(l+1) + f'(z) ⊙ (V_Wᵀ δ(l+1) + Wᵀ R{δ(l+1)})
 * gradient   ∂J/∂W = δ(l+1) a(l)ᵀ            (H v)_W = R{δ(l+1)} a(l)ᵀ + δ(l+1) R{a(l)}ᵀ,   (H v)_b = R{δ(l+1)}
 * </pre>
 * and at the output, from each loss's δ (see {@link Loss#outputDelta}), with e = a − y:
 * mse R{δₖ} = f'(zₖ) R{aₖ} + eₖ f''(zₖ) R{zₖ}; mse on softmax, δₖ = aₖ(eₖ − s) with s = Σₘ eₘaₘ, so
 * R{δₖ} = R{aₖ}(eₖ − s) + aₖ(R{aₖ} − R{s}), R{s} = Σₘ R{aₘ}(aₘ + eₘ); binary cross-entropy R{δₖ} = R{aₖ};
 * cross-entropy R{δₖ} = R{aₖ}·Σₘ yₘ.
 *
 * <p>Regularization: l2's (λ/2)·Σw² adds λ·v on every weight. l1's λ·Σ|w| adds nothing: its second derivative
 * is 0 wherever w ≠ 0 (at w = 0 it does not exist, and 0 is taken). Likewise relu and leaky relu contribute no
 * f'' term: their f'' is 0 away from the kink z = 0.
 *
 * <p>Allocates its workspace once; {@link #multiply} allocates nothing. Not thread-safe.
 */
public final class HessianVector {
    private final Shape shape;
    private final int layers;
    private final int[] sizes;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final Activation[] activations;
    /** The input layer's features, or null when it is the raw row itself. */
    private final Features features;
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    private final double[][] rz;
    private final double[][] ra;
    private final double[][] rdelta;
    /** Wᵀ δ(l+1) and its R{·}, the sums into one layer before f' is applied. */
    private final double[] back;
    private final double[] rback;

    public HessianVector(Shape shape) {
        this.shape = shape;
        this.layers = shape.layerCount();
        this.sizes = shape.sizes();
        this.features = shape.features().isIdentity() ? null : shape.features();
        this.weightOffsets = new int[layers];
        this.biasOffsets = new int[layers];
        this.activations = new Activation[layers];
        for (int l = 0; l + 1 < layers; l++) {
            weightOffsets[l] = shape.weightOffset(l);
            biasOffsets[l] = shape.biasOffset(l);
            activations[l + 1] = shape.activation(l + 1);
        }
        z = new double[layers][];
        a = new double[layers][];
        delta = new double[layers][];
        rz = new double[layers][];
        ra = new double[layers][];
        rdelta = new double[layers][];
        for (int l = 0; l < layers; l++) {
            z[l] = new double[sizes[l]];
            a[l] = new double[sizes[l]];
            delta[l] = new double[sizes[l]];
            rz[l] = new double[sizes[l]];
            ra[l] = new double[sizes[l]];
            rdelta[l] = new double[sizes[l]];
        }
        back = new double[shape.maxLayerSize()];
        rback = new double[shape.maxLayerSize()];
    }

    public Shape shape() {
        return shape;
    }

    /**
     * Writes H·{@code direction} into {@code result} (overwritten), H the Hessian of J over the examples
     * {@code rows[from..to)} (or from..to when rows is null) at the network's current parameters, the same J as
     * {@link Backprop#costAndGradient}. Both arrays hold at least {@link Shape#parameterCount()} values and must
     * not be the same array. Allocates nothing.
     */
    public void multiply(Network network, double[] inputs, double[] targets, int[] rows, int from, int to,
            double[] direction, double[] result) {
        int count = to - from;
        int parameterCount = shape.parameterCount();
        if (count <= 0) {
            throw new IllegalArgumentException("a batch needs at least one example, but has " + count);
        }
        if (direction.length < parameterCount || result.length < parameterCount || direction == result) {
            throw new IllegalArgumentException("the direction and the result need " + parameterCount
                    + " values each, in two different arrays, but have " + direction.length + " and " + result.length);
        }
        beginProduct(result);
        addExamples(network, inputs, targets, rows, from, to, direction, result);
        finishProduct(network, count, direction, result);
    }

    /** Begins a product made in slices ({@link #addExamples}, then {@link #finishProduct}): result set to 0. */
    public void beginProduct(double[] result) {
        int parameterCount = shape.parameterCount();
        for (int p = 0; p < parameterCount; p++) {
            result[p] = 0.0;
        }
    }

    /**
     * One slice of a product: adds the examples {@code rows[from..to)} (or from..to when rows is null) into
     * {@code result}, each one's Hessian of its cost times the direction, before the batch's 1/N. The weights must
     * not change between the slices of one product. Allocates nothing.
     */
    public void addExamples(Network network, double[] inputs, double[] targets, int[] rows, int from, int to,
            double[] direction, double[] result) {
        double[] parameters = network.parameters();
        Loss loss = network.loss();
        // a raw row has shape.inputSize() columns; the input layer holds its sizes[0] features
        int inputSize = shape.inputSize();
        int outputSize = sizes[layers - 1];
        for (int n = from; n < to; n++) {
            int row = rows == null ? n : rows[n];
            forward(parameters, direction, inputs, row * inputSize);
            backward(loss, parameters, direction, targets, row * outputSize, result);
        }
    }

    /** Ends a product over {@code count} examples: the mean (× 1/count), plus l2's λ·v on the weights. */
    public void finishProduct(Network network, int count, double[] direction, double[] result) {
        int parameterCount = shape.parameterCount();
        double scale = 1.0 / count;
        for (int p = 0; p < parameterCount; p++) {
            result[p] *= scale;
        }
        Regularization regularization = network.regularization();
        if (regularization.type() == Regularization.Type.L2) {
            double lambda = regularization.lambda();
            for (int l = 0; l + 1 < layers; l++) {
                int start = weightOffsets[l];
                int end = start + sizes[l] * sizes[l + 1];
                for (int p = start; p < end; p++) {
                    result[p] += lambda * direction[p];
                }
            }
        }
    }

    private void forward(double[] parameters, double[] direction, double[] inputs, int offset) {
        if (features == null) {
            for (int i = 0; i < sizes[0]; i++) {
                z[0][i] = inputs[offset + i];
                a[0][i] = inputs[offset + i];
            }
        } else {
            features.apply(inputs, offset, a[0]);
            System.arraycopy(a[0], 0, z[0], 0, sizes[0]);
        }
        for (int i = 0; i < sizes[0]; i++) {
            rz[0][i] = 0.0;
            ra[0][i] = 0.0;
        }
        for (int l = 0; l + 1 < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] previous = a[l];
            double[] rPrevious = ra[l];
            double[] zNext = z[l + 1];
            double[] rzNext = rz[l + 1];
            int w = weightOffsets[l];
            int b = biasOffsets[l];
            for (int j = 0; j < out; j++) {
                double sum = parameters[b + j];
                double rSum = direction[b + j];
                int row = w + j * in;
                for (int i = 0; i < in; i++) {
                    sum += parameters[row + i] * previous[i];
                    rSum += direction[row + i] * previous[i] + parameters[row + i] * rPrevious[i];
                }
                zNext[j] = sum;
                rzNext[j] = rSum;
            }
            Activation activation = activations[l + 1];
            double[] aNext = a[l + 1];
            double[] raNext = ra[l + 1];
            activation.applyLayer(zNext, aNext, out);
            if (activation == Activation.SOFTMAX) {
                double weighted = 0;
                for (int k = 0; k < out; k++) {
                    weighted += aNext[k] * rzNext[k];
                }
                for (int k = 0; k < out; k++) {
                    raNext[k] = aNext[k] * (rzNext[k] - weighted);
                }
            } else {
                for (int k = 0; k < out; k++) {
                    raNext[k] = rzNext[k];
                }
                activation.multiplyByDerivative(zNext, aNext, raNext, out);
            }
        }
    }

    private void backward(Loss loss, double[] parameters, double[] direction, double[] targets, int offset,
            double[] result) {
        int last = layers - 1;
        outputDeltas(loss, targets, offset);
        for (int l = last - 1; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] deltaNext = delta[l + 1];
            double[] rdeltaNext = rdelta[l + 1];
            double[] aHere = a[l];
            double[] raHere = ra[l];
            int w = weightOffsets[l];
            int b = biasOffsets[l];
            for (int i = 0; i < in; i++) {
                back[i] = 0.0;
                rback[i] = 0.0;
            }
            for (int j = 0; j < out; j++) {
                double d = deltaNext[j];
                double rd = rdeltaNext[j];
                result[b + j] += rd;
                int row = w + j * in;
                for (int i = 0; i < in; i++) {
                    result[row + i] += rd * aHere[i] + d * raHere[i];
                    back[i] += parameters[row + i] * d;
                    rback[i] += direction[row + i] * d + parameters[row + i] * rd;
                }
            }
            if (l > 0) {
                Activation activation = activations[l];
                double[] zHere = z[l];
                double[] rzHere = rz[l];
                double[] deltaHere = delta[l];
                double[] rdeltaHere = rdelta[l];
                for (int i = 0; i < in; i++) {
                    double slope = activation.derivative(zHere[i], aHere[i]);
                    double bend = activation.secondDerivative(zHere[i], aHere[i]);
                    deltaHere[i] = slope * back[i];
                    rdeltaHere[i] = bend * rzHere[i] * back[i] + slope * rback[i];
                }
            }
        }
    }

    /** δ and R{δ} of the output layer for one example (before the batch's 1/N). */
    private void outputDeltas(Loss loss, double[] targets, int offset) {
        int last = layers - 1;
        int n = sizes[last];
        Activation output = activations[last];
        double[] zOut = z[last];
        double[] aOut = a[last];
        double[] raOut = ra[last];
        double[] rzOut = rz[last];
        double[] rdeltaOut = rdelta[last];
        loss.outputDelta(output, zOut, aOut, targets, offset, n, 1.0, delta[last]);
        switch (loss) {
            case MSE -> {
                if (output == Activation.SOFTMAX) {
                    double s = 0;
                    double rs = 0;
                    for (int m = 0; m < n; m++) {
                        double error = aOut[m] - targets[offset + m];
                        s += error * aOut[m];
                        rs += raOut[m] * (aOut[m] + error);
                    }
                    for (int k = 0; k < n; k++) {
                        double error = aOut[k] - targets[offset + k];
                        rdeltaOut[k] = raOut[k] * (error - s) + aOut[k] * (raOut[k] - rs);
                    }
                } else {
                    for (int k = 0; k < n; k++) {
                        double error = aOut[k] - targets[offset + k];
                        rdeltaOut[k] = output.derivative(zOut[k], aOut[k]) * raOut[k]
                                + error * output.secondDerivative(zOut[k], aOut[k]) * rzOut[k];
                    }
                }
            }
            case BINARY_CROSS_ENTROPY -> {
                for (int k = 0; k < n; k++) {
                    rdeltaOut[k] = raOut[k];
                }
            }
            case CROSS_ENTROPY -> {
                double targetSum = 0;
                for (int m = 0; m < n; m++) {
                    targetSum += targets[offset + m];
                }
                for (int k = 0; k < n; k++) {
                    rdeltaOut[k] = raOut[k] * targetSum;
                }
            }
            default -> throw new AssertionError(loss);
        }
    }
}
