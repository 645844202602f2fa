package org.backproplab.core;

/**
 * A neuron's activation function a = f(z), with its derivatives f'(z) and f''(z) beside it.
 *
 * <p>The derivative receives both z and a = f(z), so that sigmoid and tanh can use the cheap forms
 * a(1 − a) and 1 − a². {@link #SOFTMAX} couples the neurons of a layer, so it has no per-neuron form:
 * {@link Backprop} applies it to the whole output layer and goes through its Jacobian.
 */
public enum Activation {
    /** f(z) = z, f'(z) = 1. */
    LINEAR("linear") {
        @Override public double apply(double z) { return z; }
        @Override public double derivative(double z, double a) { return 1.0; }
        @Override public double secondDerivative(double z, double a) { return 0.0; }
    },
    /** f(z) = 1 / (1 + e^−z), f'(z) = a (1 − a). Written so that e^x never overflows. */
    SIGMOID("sigmoid") {
        @Override public double apply(double z) { return ActivationKernels.sigmoid(z); }
        @Override public double derivative(double z, double a) { return a * (1.0 - a); }
        @Override public double secondDerivative(double z, double a) { return a * (1.0 - a) * (1.0 - 2.0 * a); }
    },
    /**
     * f(z) = tanh z, f'(z) = 1 − a². For |z| ≥ 22 tanh z is ±1 in double precision (the JVM's fdlibm
     * returns exactly that); answering so before calling Math.tanh changes nothing on the JVM but keeps
     * the browser finite: TeaVM 0.16 computes tanh as (eᶻ − e⁻ᶻ)/(eᶻ + e⁻ᶻ), which is ∞/∞ = NaN for
     * |z| &gt; 709.
     */
    TANH("tanh") {
        @Override public double apply(double z) { return ActivationKernels.tanh(z); }
        @Override public double derivative(double z, double a) { return 1.0 - a * a; }
        @Override public double secondDerivative(double z, double a) { return -2.0 * a * (1.0 - a * a); }
    },
    /** f(z) = max(0, z), f'(z) = 1 for z &gt; 0 and 0 otherwise (so relu'(0) = 0). */
    RELU("relu") {
        @Override public double apply(double z) { return z > 0 ? z : 0.0; }
        @Override public double derivative(double z, double a) { return z > 0 ? 1.0 : 0.0; }
        @Override public double secondDerivative(double z, double a) { return 0.0; }
    },
    /** f(z) = z for z &gt; 0, else 0.01·z; f'(z) = 1 for z &gt; 0, else 0.01. */
    LEAKY_RELU("leaky_relu") {
        @Override public double apply(double z) { return z > 0 ? z : LEAKY_SLOPE * z; }
        @Override public double derivative(double z, double a) { return z > 0 ? 1.0 : LEAKY_SLOPE; }
        @Override public double secondDerivative(double z, double a) { return 0.0; }
    },
    /**
     * a_k = e^(z_k − m) / Σ_j e^(z_j − m) with m = max_j z_j; output layer only.
     * ∂a_k/∂z_j = a_k (1[k = j] − a_j). The per-neuron methods throw: {@link #applyLayer} is softmax over
     * the layer, and {@link Loss#outputDelta} goes through the Jacobian.
     */
    SOFTMAX("softmax") {
        @Override public double apply(double z) {
            throw new UnsupportedOperationException("softmax acts on a whole layer, not on one neuron");
        }
        @Override public double derivative(double z, double a) {
            throw new UnsupportedOperationException("softmax acts on a whole layer, not on one neuron");
        }
        @Override public double secondDerivative(double z, double a) {
            throw new UnsupportedOperationException("softmax acts on a whole layer, not on one neuron");
        }
    };

    /** The slope of {@link #LEAKY_RELU} for negative z. */
    public static final double LEAKY_SLOPE = ActivationKernels.LEAKY_SLOPE;

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** f(z). */
    public abstract double apply(double z);

    /** f'(z), given z and a = f(z). */
    public abstract double derivative(double z, double a);

    /**
     * f''(z), given z and a = f(z), for Hessian-vector products: linear 0; sigmoid a(1 − a)(1 − 2a);
     * tanh −2a(1 − a²); relu and leaky relu 0 away from their kink at z = 0 (where f' jumps, f'' does not
     * exist; 0 is taken there too, as f'(0) is taken to be one side's slope).
     */
    public abstract double secondDerivative(double z, double a);

    /**
     * a[k] = f(z[k]) for k &lt; n: one layer at a time, so that the training loop dispatches once per layer,
     * not once per neuron. Gives exactly the numbers {@link #apply} gives (softmax: over the layer).
     */
    public final void applyLayer(double[] z, double[] a, int n) {
        ActivationKernels.apply(ordinal(), z, a, n);
    }

    /** values[k] ×= f'(z[k]) (with a[k] = f(z[k])) for k &lt; n; exactly {@link #derivative}'s numbers. */
    public final void multiplyByDerivative(double[] z, double[] a, double[] values, int n) {
        ActivationKernels.multiplyByDerivative(ordinal(), z, a, values, n);
    }

    /** The name used in model files, URLs and the CLI, e.g. {@code "leaky_relu"}. */
    public String id() {
        return id;
    }

    /** Whether f acts on each neuron alone (every activation but softmax). */
    public boolean isElementwise() {
        return this != SOFTMAX;
    }

    /**
     * Writes softmax(z[0..n)) into a[0..n), subtracting max z first so that no exponential overflows.
     */
    public static void softmax(double[] z, double[] a, int n) {
        ActivationKernels.softmax(z, a, n);
    }

    /** The activation called {@code id}, or an exception that lists the allowed names. */
    public static Activation fromId(String id) {
        for (Activation activation : values()) {
            if (activation.id.equals(id)) {
                return activation;
            }
        }
        throw new IllegalArgumentException("unknown activation \"" + id + "\"; allowed: " + allowedIds());
    }

    /** The allowed names, comma-separated, for error messages and help. */
    public static String allowedIds() {
        StringBuilder names = new StringBuilder();
        for (Activation activation : values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(activation.id);
        }
        return names.toString();
    }
}
