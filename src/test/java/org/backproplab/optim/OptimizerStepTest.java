package org.backproplab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One and two steps of every optimizer on two parameters, against values worked out by hand from
 * torch.optim's update rules (written out beside each expectation; the long decimals were evaluated
 * exactly with 40-digit decimal arithmetic, not by this code).
 *
 * <p>Common inputs: p₀ = (1, −2), first gradient g₁ = (0.5, −0.25), second g₂ = (−0.1, 0.4), lr = 0.1,
 * μ = 0.9, RMSprop α = 0.99, Adam β1 = 0.9, β2 = 0.999, ε = 1e-8.
 */
class OptimizerStepTest {
    static final double LR = 0.1;
    static final double[] G1 = {0.5, -0.25};
    static final double[] G2 = {-0.1, 0.4};
    static final double TOLERANCE = 1e-12;

    static double[] start() {
        return new double[] {1.0, -2.0};
    }

    static Optimizer create(OptimizerKind kind) {
        return OptimizerConfig.defaults(kind).create(2);
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        Optimizer sgd = create(OptimizerKind.SGD);
        double[] p = start();
        sgd.step(p, G1, LR);
        // p = p₀ − lr·g₁ = (1 − 0.05, −2 + 0.025)
        assertArrayEquals(new double[] {0.95, -1.975}, p, TOLERANCE);
        sgd.step(p, G2, LR);
        // p − lr·g₂ = (0.95 + 0.01, −1.975 − 0.04)
        assertArrayEquals(new double[] {0.96, -2.015}, p, TOLERANCE);
    }

    @Test
    void momentumStartsItsBufferAtTheFirstGradientThenAccumulates() {
        Momentum momentum = (Momentum) create(OptimizerKind.MOMENTUM);
        double[] p = start();
        momentum.step(p, G1, LR);
        // buf = g₁ = (0.5, −0.25);  p = p₀ − lr·buf = (0.95, −1.975)
        assertEquals(0.5, momentum.velocity(0), TOLERANCE);
        assertEquals(-0.25, momentum.velocity(1), TOLERANCE);
        assertArrayEquals(new double[] {0.95, -1.975}, p, TOLERANCE);
        momentum.step(p, G2, LR);
        // buf = 0.9·(0.5, −0.25) + (−0.1, 0.4) = (0.35, 0.175);  p = (0.95 − 0.035, −1.975 − 0.0175)
        assertEquals(0.35, momentum.velocity(0), TOLERANCE);
        assertEquals(0.175, momentum.velocity(1), TOLERANCE);
        assertArrayEquals(new double[] {0.915, -1.9925}, p, TOLERANCE);
    }

    @Test
    void nesterovStepsAlongGradientPlusMomentumTimesBuffer() {
        Nesterov nesterov = (Nesterov) create(OptimizerKind.NESTEROV);
        double[] p = start();
        nesterov.step(p, G1, LR);
        // buf = g₁;  p = p₀ − lr·(g₁ + 0.9·g₁) = p₀ − 0.19·g₁ = (1 − 0.095, −2 + 0.0475)
        assertArrayEquals(new double[] {0.905, -1.9525}, p, TOLERANCE);
        nesterov.step(p, G2, LR);
        // buf = (0.35, 0.175);  g₂ + 0.9·buf = (−0.1 + 0.315, 0.4 + 0.1575) = (0.215, 0.5575)
        // p = (0.905 − 0.0215, −1.9525 − 0.05575)
        assertEquals(0.35, nesterov.velocity(0), TOLERANCE);
        assertArrayEquals(new double[] {0.8835, -2.00825}, p, TOLERANCE);
    }

    @Test
    void rmsPropDividesByTheRootOfTheRunningMeanSquare() {
        RmsProp rmsProp = (RmsProp) create(OptimizerKind.RMSPROP);
        double[] p = start();
        rmsProp.step(p, G1, LR);
        // v = 0.01·g₁² = (0.0025, 0.000625), √v = (0.05, 0.025)
        // p = p₀ − 0.1·g₁/(√v + 1e-8) = (1 − 0.05/0.05000001, −2 + 0.025/0.02500001)
        assertEquals(0.0025, rmsProp.squareAverage(0), TOLERANCE);
        assertEquals(0.000625, rmsProp.squareAverage(1), TOLERANCE);
        assertArrayEquals(new double[] {1.9999996000000800e-7, -1.0000003999998400}, p, TOLERANCE);
        rmsProp.step(p, G2, LR);
        // v = 0.99·v + 0.01·g₂² = (0.002475 + 0.0001, 0.00061875 + 0.0016) = (0.002575, 0.00221875)
        // p = p − 0.1·g₂/(√v + 1e-8)
        assertEquals(0.002575, rmsProp.squareAverage(0), TOLERANCE);
        assertEquals(0.00221875, rmsProp.squareAverage(1), TOLERANCE);
        assertArrayEquals(new double[] {0.19706601679787483, -1.8491920476130286}, p, TOLERANCE);
    }

    @Test
    void rmsPropAddsEpsilonOutsideTheSquareRoot() {
        // With ε = 0.05 the difference is plain: one step from 0 with g = 0.5 gives √v = 0.05 and
        // p = −0.1·0.5/(0.05 + 0.05) = −0.5; ε inside the root would give −0.05/√0.0525 = −0.218…
        Optimizer rmsProp = OptimizerConfig.defaults(OptimizerKind.RMSPROP).withEpsilon(0.05).create(1);
        double[] p = {0.0};
        rmsProp.step(p, new double[] {0.5}, LR);
        assertEquals(-0.5, p[0], TOLERANCE);
    }

    @Test
    void adamCorrectsTheBiasOfBothMoments() {
        Adam adam = (Adam) create(OptimizerKind.ADAM);
        double[] p = start();
        adam.step(p, G1, LR);
        // t = 1: m = 0.1·g₁ = (0.05, −0.025), v = 0.001·g₁² = (0.00025, 0.0000625)
        // bc1 = 0.1, bc2 = 0.001, denom = √v/√bc2 + ε = (0.5 + 1e-8, 0.25 + 1e-8)
        // p = p₀ − (0.1/0.1)·m/denom = (1 − 0.05/0.50000001, −2 + 0.025/0.25000001): a step of ≈ lr
        assertEquals(1, adam.stepCount());
        assertEquals(0.05, adam.firstMoment(0), TOLERANCE);
        assertEquals(0.0000625, adam.secondMoment(1), TOLERANCE);
        assertArrayEquals(new double[] {0.90000000199999996, -1.9000000039999998}, p, TOLERANCE);
        adam.step(p, G2, LR);
        // t = 2: m = 0.9·m + 0.1·g₂ = (0.035, 0.0175), v = 0.999·v + 0.001·g₂² = (0.00025975, 0.0002224375)
        // bc1 = 1 − 0.81 = 0.19, bc2 = 1 − 0.998001 = 0.001999
        // p = p − (0.1/0.19)·m/(√v/√0.001999 + 1e-8)
        assertEquals(0.035, adam.firstMoment(0), TOLERANCE);
        assertEquals(0.0175, adam.firstMoment(1), TOLERANCE);
        assertEquals(0.00025975, adam.secondMoment(0), TOLERANCE);
        assertEquals(0.0002224375, adam.secondMoment(1), TOLERANCE);
        assertArrayEquals(new double[] {0.84889739569932348, -1.9276113023756477}, p, TOLERANCE);
    }

    @Test
    void adamLerpMatchesTheMovingAverageForASmallBeta1() {
        // β1 = 0.2 takes torch.lerp's other branch (weight 1 − β1 = 0.8 ≥ 0.5); m must still be β1·0 + 0.8·g.
        Adam adam = (Adam) OptimizerConfig.defaults(OptimizerKind.ADAM).withBeta1(0.2).create(1);
        adam.step(new double[] {0.0}, new double[] {0.5}, LR);
        assertEquals(0.4, adam.firstMoment(0), TOLERANCE);
    }

    @Test
    void resetForgetsAllState() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Optimizer used = create(kind);
            double[] p = start();
            used.step(p, G1, LR);
            used.step(p, G2, LR);
            used.reset();
            double[] afterReset = start();
            used.step(afterReset, G2, LR);
            double[] fresh = start();
            create(kind).step(fresh, G2, LR);
            assertArrayEquals(fresh, afterReset, 0.0, kind.id() + " after reset must step like a new optimizer");
        }
    }

    @Test
    void adamRestartsItsStepCountOnReset() {
        Adam adam = (Adam) create(OptimizerKind.ADAM);
        double[] p = start();
        for (int t = 0; t < 5; t++) {
            adam.step(p, G1, LR);
        }
        adam.reset();
        assertEquals(0, adam.stepCount());
        double[] q = {0.0};
        Optimizer single = OptimizerConfig.defaults(OptimizerKind.ADAM).create(1);
        single.step(q, new double[] {3.0}, LR);
        // A first Adam step moves by lr·|g|/(|g| + ε) ≈ lr whatever the gradient's size.
        assertEquals(-LR, q[0], 1e-9);
    }

    @Test
    void everyOptimizerTreatsBiasesAndWeightsAlike() {
        // Optimizers see a flat array; identical (parameter, gradient) histories must give identical updates.
        for (OptimizerKind kind : OptimizerKind.values()) {
            Optimizer optimizer = create(kind);
            double[] p = {0.3, 0.3};
            optimizer.step(p, new double[] {0.2, 0.2}, LR);
            optimizer.step(p, new double[] {-0.7, -0.7}, LR);
            assertEquals(p[0], p[1], 0.0, kind.id());
        }
    }

    @Test
    void rejectsArraysOfTheWrongLength() {
        Optimizer adam = create(OptimizerKind.ADAM);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> adam.step(new double[3], new double[3], LR));
        assertEquals("adam was created for 2 parameters, but got 3 parameters and 3 gradient values",
                error.getMessage());
    }

    @Test
    void createMakesTheConfiguredKind() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Optimizer optimizer = create(kind);
            assertEquals(kind, optimizer.kind());
            assertEquals(2, optimizer.parameterCount());
        }
        assertTrue(create(OptimizerKind.RMSPROP) instanceof RmsProp);
    }
}
