package org.backproplab.core;

/**
 * The arithmetic of every {@link Activation}, one static method per layer-wide operation with the
 * activation chosen by a switch on its {@link Activation#ordinal()}. The training loop picks the kind once
 * per layer; no virtual call per layer or neuron.
 *
 * <p>Deliberately without a static initializer (only compile-time constants): TeaVM then calls these
 * methods directly, without the class-initialisation check it puts in front of every static call into a
 * class that has one (such as an enum).
 */
final class ActivationKernels {
    /** The {@link Activation} ordinals (ActivationKernelsTest checks that they match). */
    static final int LINEAR = 0;
    static final int SIGMOID = 1;
    static final int TANH = 2;
    static final int RELU = 3;
    static final int LEAKY_RELU = 4;
    static final int SOFTMAX = 5;

    /** The slope of leaky relu for negative z. */
    static final double LEAKY_SLOPE = 0.01;

    /** |z| from which tanh z rounds to ±1 (fdlibm's own cut-off). */
    static final double TANH_SATURATION = 22.0;

    private ActivationKernels() {
    }

    /** 1 / (1 + e^−z), written so that e^x never overflows. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** tanh z, ±1 from |z| ≥ 22 on (see {@link Activation#TANH} for why). */
    static double tanh(double z) {
        if (z >= TANH_SATURATION) {
            return 1.0;
        }
        if (z <= -TANH_SATURATION) {
            return -1.0;
        }
        return Math.tanh(z);
    }

    /** softmax(z[0..n)) into a[0..n), max z subtracted first so that no exponential overflows. */
    static void softmax(double[] z, double[] a, int n) {
        double max = z[0];
        for (int k = 1; k < n; k++) {
            if (z[k] > max) {
                max = z[k];
            }
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double e = Math.exp(z[k] - max);
            a[k] = e;
            sum += e;
        }
        for (int k = 0; k < n; k++) {
            a[k] /= sum;
        }
    }

    /** a[k] = f(z[k]) for k &lt; n (softmax: over the n values). */
    static void apply(int kind, double[] z, double[] a, int n) {
        switch (kind) {
            case TANH:
                for (int k = 0; k < n; k++) {
                    a[k] = tanh(z[k]);
                }
                break;
            case SIGMOID:
                for (int k = 0; k < n; k++) {
                    a[k] = sigmoid(z[k]);
                }
                break;
            case RELU:
                for (int k = 0; k < n; k++) {
                    a[k] = z[k] > 0 ? z[k] : 0.0;
                }
                break;
            case LEAKY_RELU:
                for (int k = 0; k < n; k++) {
                    a[k] = z[k] > 0 ? z[k] : LEAKY_SLOPE * z[k];
                }
                break;
            case SOFTMAX:
                softmax(z, a, n);
                break;
            default:
                for (int k = 0; k < n; k++) {
                    a[k] = z[k];
                }
        }
    }

    /** values[k] ×= f'(z[k]) (with a[k] = f(z[k])) for k &lt; n; elementwise kinds only. */
    static void multiplyByDerivative(int kind, double[] z, double[] a, double[] values, int n) {
        switch (kind) {
            case TANH:
                for (int k = 0; k < n; k++) {
                    values[k] = (1.0 - a[k] * a[k]) * values[k];
                }
                break;
            case SIGMOID:
                for (int k = 0; k < n; k++) {
                    // slope first: TeaVM 0.16 prints v * (a * (1 − a)) as v * a * (1 − a), a different rounding
                    values[k] = a[k] * (1.0 - a[k]) * values[k];
                }
                break;
            case RELU:
                for (int k = 0; k < n; k++) {
                    values[k] *= z[k] > 0 ? 1.0 : 0.0;
                }
                break;
            case LEAKY_RELU:
                for (int k = 0; k < n; k++) {
                    values[k] *= z[k] > 0 ? 1.0 : LEAKY_SLOPE;
                }
                break;
            case SOFTMAX:
                throw new UnsupportedOperationException("softmax has a Jacobian, not one derivative per neuron;"
                        + " it is only allowed on the output layer");
            default:
                // linear: f' = 1, nothing to multiply.
        }
    }
}
