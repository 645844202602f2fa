package org.backproplab.core;

/**
 * The cost J that measures the output error, with its gradient ∂J/∂z at the output layer beside it.
 *
 * <p>For a batch of N examples, J is the mean of the per-example costs below (mse also halves them):
 * <ul>
 *   <li>{@link #MSE}: J = 1/(2N) · Σₙ Σₖ (ŷ − y)²; any output activation, softmax included.</li>
 *   <li>{@link #BINARY_CROSS_ENTROPY}: J = −(1/N) Σₙ Σₖ [y log ŷ + (1 − y) log(1 − ŷ)]; sigmoid outputs,
 *       targets anywhere in [0, 1].</li>
 *   <li>{@link #CROSS_ENTROPY}: J = −(1/N) Σₙ Σₖ y log ŷ; softmax output, one-hot targets.</li>
 * </ul>
 * The cross-entropies are computed from the logits z, so that ŷ = 0 or 1 in floating point never makes
 * log ŷ infinite; where nothing under- or overflows the value is the formula's.
 */
public enum Loss {
    /** J = ½ Σₖ (aₖ − yₖ)² per example; δₖ = (aₖ − yₖ)·f'(zₖ), or through the Jacobian for softmax. */
    MSE("mse") {
        @Override public void addExampleCost(double[] z, double[] a, double[] targets, int offset, int n,
                double[] total) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                double error = a[k] - targets[offset + k];
                sum += error * error;
            }
            total[0] += 0.5 * sum;
        }
        @Override public void outputDelta(Activation output, double[] z, double[] a, double[] targets, int offset,
                int n, double scale, double[] delta) {
            if (output == Activation.SOFTMAX) {
                double weighted = 0;
                for (int m = 0; m < n; m++) {
                    weighted += (a[m] - targets[offset + m]) * a[m];
                }
                for (int k = 0; k < n; k++) {
                    delta[k] = scale * a[k] * ((a[k] - targets[offset + k]) - weighted);
                }
                return;
            }
            for (int k = 0; k < n; k++) {
                delta[k] = scale * (a[k] - targets[offset + k]);
            }
            output.multiplyByDerivative(z, a, delta, n);
        }
    },
    /** −[y log σ(z) + (1 − y) log(1 − σ(z))] per output; δₖ = σ(zₖ) − yₖ. */
    BINARY_CROSS_ENTROPY("binary_cross_entropy") {
        @Override public void addExampleCost(double[] z, double[] a, double[] targets, int offset, int n,
                double[] total) {
            // −[y log σ(z) + (1 − y) log(1 − σ(z))] = max(z, 0) − z·y + log(1 + e^−|z|)
            double sum = 0;
            for (int k = 0; k < n; k++) {
                double zk = z[k];
                sum += Math.max(zk, 0) - zk * targets[offset + k] + Math.log1p(Math.exp(-Math.abs(zk)));
            }
            total[0] += sum;
        }
        @Override public void outputDelta(Activation output, double[] z, double[] a, double[] targets, int offset,
                int n, double scale, double[] delta) {
            for (int k = 0; k < n; k++) {
                delta[k] = scale * (a[k] - targets[offset + k]);
            }
        }
    },
    /** −Σₖ yₖ log softmax(z)ₖ per example; δₖ = aₖ·Σₘ yₘ − yₖ (= aₖ − yₖ for one-hot targets). */
    CROSS_ENTROPY("cross_entropy") {
        @Override public void addExampleCost(double[] z, double[] a, double[] targets, int offset, int n,
                double[] total) {
            // −Σₖ yₖ log softmax(z)ₖ = −Σₖ yₖ (zₖ − m − log Σⱼ e^(zⱼ − m)),  m = max z
            double max = z[0];
            for (int k = 1; k < n; k++) {
                max = Math.max(max, z[k]);
            }
            double expSum = 0;
            for (int k = 0; k < n; k++) {
                expSum += Math.exp(z[k] - max);
            }
            double logSumExp = max + Math.log(expSum);
            double sum = 0;
            for (int k = 0; k < n; k++) {
                double y = targets[offset + k];
                if (y != 0) {
                    sum -= y * (z[k] - logSumExp);
                }
            }
            total[0] += sum;
        }
        @Override public void outputDelta(Activation output, double[] z, double[] a, double[] targets, int offset,
                int n, double scale, double[] delta) {
            double targetSum = 0;
            for (int m = 0; m < n; m++) {
                targetSum += targets[offset + m];
            }
            for (int k = 0; k < n; k++) {
                delta[k] = scale * (a[k] * targetSum - targets[offset + k]);
            }
        }
    };

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    /** The name used in model files, URLs and the CLI, e.g. {@code "binary_cross_entropy"}. */
    public String id() {
        return id;
    }

    /**
     * Why this loss cannot follow {@code output}, or null when the pair is allowed: cross_entropy needs
     * softmax, binary_cross_entropy needs sigmoid, mse takes any output activation.
     */
    public String incompatibility(Activation output) {
        if (this == CROSS_ENTROPY && output != Activation.SOFTMAX) {
            return "loss cross_entropy needs a softmax output layer, but the output layer is " + output.id();
        }
        if (this == BINARY_CROSS_ENTROPY && output != Activation.SIGMOID) {
            return "loss binary_cross_entropy needs a sigmoid output layer, but the output layer is "
                    + output.id();
        }
        return null;
    }

    /**
     * One example's cost, before the 1/N of the batch mean: ½ Σₖ (aₖ − yₖ)² for mse, the negative
     * log-likelihood for the cross-entropies.
     *
     * @param z the output layer's pre-activations, {@code n} of them
     * @param a the output layer's activations
     * @param targets the example's targets start at {@code targets[offset]}
     */
    public final double exampleCost(double[] z, double[] a, double[] targets, int offset, int n) {
        double[] sum = {0};
        addExampleCost(z, a, targets, offset, n, sum);
        return sum[0];
    }

    /**
     * Adds {@link #exampleCost} to {@code total[0]}: the form the passes over many examples use, as in
     * the browser a double returned from a call V8 did not inline is a new heap number, one per example
     * (the cost of the whole data set is measured every frame).
     */
    public abstract void addExampleCost(double[] z, double[] a, double[] targets, int offset, int n, double[] total);

    /**
     * Writes δ = scale · ∂(example cost)/∂z for the output layer into {@code delta}. With scale = 1/N this
     * is the example's share of ∂J/∂z.
     *
     * <ul>
     *   <li>mse: ∂/∂aₖ = aₖ − yₖ, then through f' (elementwise) or the softmax Jacobian:
     *       δₖ = aₖ (gₖ − Σₘ gₘ aₘ).</li>
     *   <li>binary_cross_entropy with sigmoid: δₖ = aₖ − yₖ.</li>
     *   <li>cross_entropy with softmax: δₖ = aₖ Σₘ yₘ − yₖ (= aₖ − yₖ for one-hot targets).</li>
     * </ul>
     */
    public abstract void outputDelta(Activation output, double[] z, double[] a, double[] targets, int offset, int n,
            double scale, double[] delta);

    /** The loss called {@code id}, or an exception that lists the allowed names. */
    public static Loss fromId(String id) {
        for (Loss loss : values()) {
            if (loss.id.equals(id)) {
                return loss;
            }
        }
        throw new IllegalArgumentException("unknown loss \"" + id + "\"; allowed: mse, binary_cross_entropy, cross_entropy");
    }
}
