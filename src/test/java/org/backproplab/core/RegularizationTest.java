package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegularizationTest {

    @Test
    void l1GradientIsLambdaTimesSignWithSignOfZeroZero() {
        Regularization l1 = new Regularization(Regularization.Type.L1, 0.5);
        assertEquals(0.0, l1.penaltyGradient(0.0));
        assertEquals(0.0, l1.penaltyGradient(-0.0));
        assertEquals(0.5, l1.penaltyGradient(2.0));
        assertEquals(-0.5, l1.penaltyGradient(-1e-300));
        // λ·|w|
        assertEquals(0.5 * 3.0, l1.penalty(-3.0), 1e-15);
    }

    @Test
    void l2PenaltyIsHalfLambdaWSquaredWithGradientLambdaW() {
        Regularization l2 = new Regularization(Regularization.Type.L2, 0.2);
        assertEquals(0.5 * 0.2 * 9.0, l2.penalty(-3.0), 1e-15);
        assertEquals(0.2 * -3.0, l2.penaltyGradient(-3.0), 1e-15);
    }

    @Test
    void noneAndZeroLambdaAddNothing() {
        assertFalse(Regularization.NONE.isActive());
        assertFalse(new Regularization(Regularization.Type.L2, 0).isActive());
        assertEquals(0.0, Regularization.NONE.penalty(5.0));
        assertEquals(0.0, Regularization.NONE.penaltyGradient(5.0));
    }

    @Test
    void biasesAreNeverRegularized() {
        Shape shape = Shape.of(new int[] {2, 2, 1}, Activation.TANH, Activation.LINEAR);
        double lambda = 0.1;
        Network plain = new Network(shape, Loss.MSE, Regularization.NONE);
        double[] values = {0.3, -0.4, 0.5, 0.6, /* B[0] */ 5.0, -7.0, /* W[1] */ 0.7, -0.8, /* B[1] */ 9.0};
        plain.setParameters(values);
        Network l2 = new Network(shape, Loss.MSE, new Regularization(Regularization.Type.L2, lambda));
        l2.setParameters(values);
        // (λ/2)·Σ w² over the six weights only; the large biases 5, −7 and 9 contribute nothing
        double weightSquares = 0.09 + 0.16 + 0.25 + 0.36 + 0.49 + 0.64;
        assertEquals(0.5 * lambda * weightSquares, l2.regularizationCost(), 1e-15);

        double[] inputs = {0.2, -0.1};
        double[] targets = {0.5};
        double[] plainGradient = new double[shape.parameterCount()];
        double[] l2Gradient = new double[shape.parameterCount()];
        double plainCost = new Backprop(shape).costAndGradient(plain, inputs, targets, null, 0, 1, plainGradient);
        double l2Cost = new Backprop(shape).costAndGradient(l2, inputs, targets, null, 0, 1, l2Gradient);
        assertEquals(plainCost + 0.5 * lambda * weightSquares, l2Cost, 1e-13);
        for (int p = 0; p < values.length; p++) {
            double penalty = shape.isWeight(p) ? lambda * values[p] : 0.0;
            assertEquals(plainGradient[p] + penalty, l2Gradient[p], 1e-15, shape.parameterName(p));
        }
    }

    @Test
    void rejectsNegativeOrNonFiniteLambda() {
        assertEquals("regularization lambda must be a finite number >= 0, but is -0.1",
                assertThrows(IllegalArgumentException.class, () -> new Regularization(Regularization.Type.L2, -0.1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Regularization(Regularization.Type.L1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Regularization(Regularization.Type.L1, Double.POSITIVE_INFINITY));
        assertEquals("regularization type is missing; allowed: none, l1, l2",
                assertThrows(IllegalArgumentException.class, () -> new Regularization(null, 0.1)).getMessage());
        assertEquals("unknown regularization \"l3\"; allowed: none, l1, l2",
                assertThrows(IllegalArgumentException.class, () -> Regularization.Type.fromId("l3")).getMessage());
    }
}
