package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivationTest {
    /** Points away from relu's kink at 0, where the finite difference is meaningful for every activation. */
    static final double[] POINTS = {-4.0, -1.7, -0.35, -0.01, 0.02, 0.4, 1.3, 3.5};

    @Test
    void derivativeMatchesFiniteDifferencesOfApply() {
        double h = 1e-5;
        for (Activation f : Activation.values()) {
            if (!f.isElementwise()) {
                continue;
            }
            for (double z : POINTS) {
                // (f(z + h) − f(z − h)) / 2h, error ~h²·f'''/6 + ε/h ≈ 1e-10
                double numeric = (f.apply(z + h) - f.apply(z - h)) / (2 * h);
                assertEquals(numeric, f.derivative(z, f.apply(z)), 1e-9, f.id() + " at z = " + z);
            }
        }
    }

    @Test
    void applyMatchesTheTextbookFormulas() {
        for (double z : POINTS) {
            assertEquals(z, Activation.LINEAR.apply(z), 0.0);
            assertEquals(1.0 / (1.0 + Math.exp(-z)), Activation.SIGMOID.apply(z), 1e-15);
            assertEquals((Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z)), Activation.TANH.apply(z), 1e-15);
            assertEquals(Math.max(0, z), Activation.RELU.apply(z), 0.0);
        }
    }

    @Test
    void reluDerivativeAtZeroIsZero() {
        assertEquals(0.0, Activation.RELU.apply(0.0));
        assertEquals(0.0, Activation.RELU.derivative(0.0, 0.0));
        assertEquals(1.0, Activation.RELU.derivative(1e-300, 1e-300));
        assertEquals(0.0, Activation.RELU.derivative(-2.0, 0.0));
    }

    @Test
    void leakyReluHasSlopeOneHundredthBelowZero() {
        assertEquals(0.01, Activation.LEAKY_SLOPE);
        assertEquals(-0.02, Activation.LEAKY_RELU.apply(-2.0), 1e-17);
        assertEquals(0.01, Activation.LEAKY_RELU.derivative(-2.0, -0.02));
        assertEquals(0.01, Activation.LEAKY_RELU.derivative(0.0, 0.0));
        assertEquals(3.0, Activation.LEAKY_RELU.apply(3.0));
        assertEquals(1.0, Activation.LEAKY_RELU.derivative(3.0, 3.0));
    }

    @Test
    void sigmoidAndTanhSaturateWithoutNaN() {
        assertEquals(1.0, Activation.SIGMOID.apply(1000));
        assertEquals(0.0, Activation.SIGMOID.apply(-1000));
        assertEquals(0.0, Activation.SIGMOID.derivative(1000, 1.0));
        assertEquals(1.0, Activation.TANH.apply(1000));
        assertEquals(-1.0, Activation.TANH.apply(-1000));
    }

    @Test
    void softmaxSumsToOneAndMatchesTheFormula() {
        double[] z = {0.5, -1.25, 2.0, 0.0};
        double[] a = new double[4];
        Activation.softmax(z, a, 4);
        double denominator = Math.exp(0.5) + Math.exp(-1.25) + Math.exp(2.0) + Math.exp(0.0);
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            // a_k = e^{z_k} / Σ_j e^{z_j}
            assertEquals(Math.exp(z[k]) / denominator, a[k], 1e-15);
            sum += a[k];
        }
        assertEquals(1.0, sum, 1e-15);
    }

    @Test
    void softmaxSurvivesHugeLogits() {
        double[] a = new double[3];
        Activation.softmax(new double[] {1000, -1000, 0}, a, 3);
        assertEquals(1.0, a[0]);
        assertEquals(0.0, a[1]);
        assertEquals(0.0, a[2], 1e-300);
        Activation.softmax(new double[] {1000, 1000, 0}, a, 3);
        assertEquals(0.5, a[0]);
        assertEquals(0.5, a[1]);
        Activation.softmax(new double[] {-1000, -1000, -1000}, a, 3);
        for (double value : a) {
            assertEquals(1.0 / 3, value, 1e-16);
            assertFalse(Double.isNaN(value));
        }
    }

    @Test
    void softmaxHasNoPerNeuronForm() {
        assertFalse(Activation.SOFTMAX.isElementwise());
        assertThrows(UnsupportedOperationException.class, () -> Activation.SOFTMAX.apply(0.0));
        assertThrows(UnsupportedOperationException.class, () -> Activation.SOFTMAX.derivative(0.0, 0.5));
        double[] values = {1.0};
        assertThrows(UnsupportedOperationException.class,
                () -> Activation.SOFTMAX.multiplyByDerivative(new double[] {0.0}, new double[] {1.0}, values, 1));
    }

    /** The layer-at-a-time forms the training loop uses give exactly the per-neuron numbers, bit for bit. */
    @Test
    void layerFormsEqualThePerNeuronFormsBitForBit() {
        Rng rng = new Rng(2026);
        int n = 400;
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            // wide range incl. saturation, exact zeros and relu's kink
            z[k] = k % 50 == 0 ? 0.0 : (rng.nextDouble() - 0.5) * (k < 200 ? 8 : 2000);
        }
        for (Activation f : Activation.values()) {
            if (!f.isElementwise()) {
                continue;
            }
            double[] a = new double[n];
            f.applyLayer(z, a, n);
            double[] values = new double[n];
            for (int k = 0; k < n; k++) {
                values[k] = rng.nextDouble() * 4 - 2;
            }
            double[] scaled = values.clone();
            f.multiplyByDerivative(z, a, scaled, n);
            for (int k = 0; k < n; k++) {
                double expected = f.apply(z[k]);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(a[k]),
                        f.id() + " applyLayer at z = " + z[k]);
                double product = values[k] * f.derivative(z[k], expected);
                assertEquals(Double.doubleToRawLongBits(product), Double.doubleToRawLongBits(scaled[k]),
                        f.id() + " multiplyByDerivative at z = " + z[k]);
            }
        }
        double[] logits = {0.3, -1.2, 2.5};
        double[] viaLayer = new double[3];
        double[] direct = new double[3];
        Activation.SOFTMAX.applyLayer(logits, viaLayer, 3);
        Activation.softmax(logits, direct, 3);
        for (int k = 0; k < 3; k++) {
            assertEquals(direct[k], viaLayer[k], 0.0);
        }
    }

    @Test
    void idsRoundTripAndUnknownIdsListTheAllowedOnes() {
        for (Activation f : Activation.values()) {
            assertEquals(f, Activation.fromId(f.id()));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Activation.fromId("gelu"));
        assertEquals("unknown activation \"gelu\"; allowed: linear, sigmoid, tanh, relu, leaky_relu, softmax",
                error.getMessage());
        assertTrue(Activation.TANH.isElementwise());
    }
}
