package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.HessianReference;
import org.backproplab.optim.Adam;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/**
 * The stable-rate limits performed: on a network whose cost is exactly a quadratic (see {@link Quadratic}), the
 * measured limit equals 2/λ_max(A) for the A built from the data, and the lab's own Trainer converges at 0.95× the
 * limit and diverges at 1.05× for gradient descent, momentum and Nesterov.
 */
class StableRateTest {
    static final int MAX_STEPS = 4000;

    @Test
    void gradientDescentLimitIsTwoOverTheLargestEigenvalueOfTheQuadratic() {
        Quadratic quadratic = new Quadratic(1);
        Sharpness sharpness = SharpnessMeter.of(quadratic.network, quadratic.data, 3);
        double expected = 2 / quadratic.largestEigenvalue();
        assertTrue(sharpness.converged());
        assertEquals(expected, StableRate.gradientDescent(sharpness.value()), 1e-9 * expected);
        assertEquals(expected, sharpness.stableRate(OptimizerKind.SGD, 0.5), 1e-9 * expected);
        // The eigenvector is A's (up to sign, which is fixed: largest entry positive).
        double[] e = quadratic.eigenvector(quadratic.largestEigenvalue());
        double[] x = sharpness.eigenvector();
        assertEquals(1, Math.abs(e[0] * x[0] + e[1] * x[1] + e[2] * x[2]), 1e-9);
    }

    @Test
    void limitsOfMomentumAndNesterovFollowTheirFormulas() {
        double sharpness = 4;
        assertEquals(0.5, StableRate.gradientDescent(sharpness), 1e-15);
        assertEquals(2 * 1.9 / 4, StableRate.heavyBall(sharpness, 0.9), 1e-15);
        assertEquals(2 * 1.9 / (2.8 * 4), StableRate.nesterov(sharpness, 0.9), 1e-15);
        assertEquals(StableRate.gradientDescent(sharpness), StableRate.heavyBall(sharpness, 0), 0);
        assertEquals(StableRate.gradientDescent(sharpness), StableRate.nesterov(sharpness, 0), 0);
        assertTrue(Double.isNaN(StableRate.of(OptimizerKind.ADAM, 0.9, sharpness)));
        assertTrue(Double.isNaN(StableRate.of(OptimizerKind.RMSPROP, 0.9, sharpness)));
        assertEquals(Double.POSITIVE_INFINITY, StableRate.gradientDescent(0));
        assertEquals(Double.POSITIVE_INFINITY, StableRate.nesterov(-3, 0.5));
        assertTrue(Double.isNaN(StableRate.gradientDescent(Double.NaN)));
    }

    @Test
    void eachOptimizerConvergesAtNinetyFivePercentOfItsLimitAndDivergesAtOneHundredFive() {
        for (OptimizerKind kind : new OptimizerKind[] {OptimizerKind.SGD, OptimizerKind.MOMENTUM, OptimizerKind.NESTEROV}) {
            for (double momentum : new double[] {0.5, 0.9}) {
                double limit = StableRate.of(kind, momentum, new Quadratic(1).largestEigenvalue());
                assertTrue(limit * 1.05 <= TrainingConfig.MAX_LEARNING_RATE, "the test needs a limit the trainer takes");
                String name = kind.id() + " μ=" + momentum + " limit " + limit;
                assertTrue(converges(kind, momentum, 0.95 * limit), name + " should converge at 0.95×");
                assertTrue(diverges(kind, momentum, 1.05 * limit), name + " should diverge at 1.05×");
            }
        }
    }

    /** Full-batch steps until the gradient is 1e-10 of its starting size. */
    static boolean converges(OptimizerKind kind, double momentum, double rate) {
        Quadratic quadratic = new Quadratic(1);
        Trainer trainer = trainer(quadratic, kind, momentum, rate);
        double start = HessianReference.norm(quadratic.gradient());
        for (int s = 0; s < MAX_STEPS; s++) {
            trainer.step();
            if (HessianReference.norm(quadratic.gradient()) <= 1e-10 * start) {
                return true;
            }
        }
        return false;
    }

    /** Full-batch steps until J exceeds a million times its start. */
    static boolean diverges(OptimizerKind kind, double momentum, double rate) {
        Quadratic quadratic = new Quadratic(1);
        Trainer trainer = trainer(quadratic, kind, momentum, rate);
        double start = quadratic.cost();
        for (int s = 0; s < MAX_STEPS; s++) {
            trainer.step();
            if (!(quadratic.cost() <= 1e6 * start)) {
                return true;
            }
        }
        return false;
    }

    static Trainer trainer(Quadratic quadratic, OptimizerKind kind, double momentum, double rate) {
        return new Trainer(quadratic.network, quadratic.data, new TrainingConfig(
                OptimizerConfig.defaults(kind).withMomentum(momentum), rate, TrainingConfig.FULL_BATCH, 1));
    }

    @Test
    void adamHasNoSingleLimitBecauseScalingTheCurvatureDoesNotChangeItsSteps() {
        // On ½·c·wᵀAw the gradient-descent limit is 2/(c·λ_max), yet Adam's steps are the same for c = 1 and
        // c = 1000: it divides each step by the running size of the gradient, so no α/λ_max threshold applies.
        double[][] a = new Quadratic(1).hessian;
        double[] small = {1.5, -2.0, 0.7};
        double[] large = small.clone();
        Adam forSmall = new Adam(3, 0.9, 0.999, 1e-12);
        Adam forLarge = new Adam(3, 0.9, 0.999, 1e-12);
        for (int s = 0; s < 50; s++) {
            double[] g = HessianReference.times(a, small);
            double[] g1000 = HessianReference.times(a, large);
            for (int p = 0; p < 3; p++) {
                g1000[p] *= 1000;
            }
            forSmall.step(small, g, 0.3);
            forLarge.step(large, g1000, 0.3);
        }
        for (int p = 0; p < 3; p++) {
            assertEquals(small[p], large[p], 1e-9);
        }
        assertTrue(StableRate.explanation(OptimizerKind.ADAM).startsWith("Adam has no single limit on α"));
    }
}
