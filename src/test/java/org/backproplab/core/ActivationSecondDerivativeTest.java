package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** f''(z) of every elementwise activation against the central difference of f'(z). */
class ActivationSecondDerivativeTest {
    @Test
    void secondDerivativeMatchesTheDifferenceOfTheFirst() {
        double h = 1e-5;
        for (Activation f : Activation.values()) {
            if (!f.isElementwise()) {
                continue;
            }
            for (double z = -4.05; z <= 4; z += 0.3) {
                double plus = f.derivative(z + h, f.apply(z + h));
                double minus = f.derivative(z - h, f.apply(z - h));
                double expected = (plus - minus) / (2 * h);
                assertEquals(expected, f.secondDerivative(z, f.apply(z)), 1e-8, f.id() + " at z = " + z);
            }
        }
    }

    @Test
    void softmaxHasNoPerNeuronSecondDerivative() {
        assertThrows(UnsupportedOperationException.class, () -> Activation.SOFTMAX.secondDerivative(0, 0));
    }
}
