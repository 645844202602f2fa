package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/**
 * Each zone's words performed by gradient descent on a network whose cost is exactly quadratic ({@link Quadratic}),
 * where the linear picture is the whole truth; {@code state.StableRateOnLabDataTest} measures the lab's networks.
 */
class RateZoneTest {
    static final double LIMIT = 1.0;

    @Test
    void zonesStartAtATenthOfTheLimitTheLimitAndTwiceIt() {
        assertEquals(RateZone.FAR_BELOW, RateZone.of(0.0999, LIMIT));
        assertEquals(RateZone.BELOW, RateZone.of(0.1, LIMIT));
        assertEquals(RateZone.BELOW, RateZone.of(0.999, LIMIT));
        assertEquals(RateZone.ABOVE, RateZone.of(1.0, LIMIT));
        assertEquals(RateZone.ABOVE, RateZone.of(1.999, LIMIT));
        assertEquals(RateZone.FAR_ABOVE, RateZone.of(2.0, LIMIT));
        assertEquals(RateZone.FAR_ABOVE, RateZone.of(2.0 * 3.7, 3.7));
        for (RateZone zone : new RateZone[] {RateZone.FAR_BELOW, RateZone.BELOW, RateZone.ABOVE, RateZone.FAR_ABOVE}) {
            double start = RateZone.start(zone, 3.7);
            assertEquals(zone, RateZone.of(start == 0 ? 1e-9 : start, 3.7), zone.name());
        }
    }

    @Test
    void withoutALimitThereIsNoZone() {
        assertEquals(RateZone.NO_LIMIT, RateZone.of(0.1, Double.NaN));
        assertEquals(RateZone.NO_LIMIT, RateZone.of(0.1, Double.POSITIVE_INFINITY));
        assertEquals(RateZone.NO_LIMIT, RateZone.of(0.1, StableRate.of(OptimizerKind.ADAM, 0.9, 2.0)));
        assertEquals(RateZone.NO_LIMIT, RateZone.of(0.1, StableRate.of(OptimizerKind.RMSPROP, 0.9, 2.0)));
        assertEquals(RateZone.NO_LIMIT, RateZone.of(0.1, StableRate.gradientDescent(-1)));
    }

    /** J at every step of full-batch gradient descent at {@code fraction} × the limit, J[0] the start. */
    static double[] costs(double fraction, int steps) {
        Quadratic quadratic = new Quadratic(1);
        double limit = 2 / quadratic.largestEigenvalue();
        Trainer trainer = StableRateTest.trainer(quadratic, OptimizerKind.SGD, 0, fraction * limit);
        double[] costs = new double[steps + 1];
        costs[0] = quadratic.cost();
        for (int s = 1; s <= steps; s++) {
            trainer.step();
            costs[s] = quadratic.cost();
        }
        return costs;
    }

    /** (w − w*)·e along the top eigenvector e at every step, at {@code fraction} × the limit. */
    static double[] steepestCoordinate(double fraction, int steps) {
        Quadratic quadratic = new Quadratic(1);
        double lambda = quadratic.largestEigenvalue();
        double[] e = quadratic.eigenvector(lambda);
        double[] minimum = quadratic.minimum();
        Trainer trainer = StableRateTest.trainer(quadratic, OptimizerKind.SGD, 0, fraction * 2 / lambda);
        double[] coordinate = new double[steps + 1];
        for (int s = 0; s <= steps; s++) {
            if (s > 0) {
                trainer.step();
            }
            double[] w = quadratic.network.parameters();
            coordinate[s] = (w[0] - minimum[0]) * e[0] + (w[1] - minimum[1]) * e[1] + (w[2] - minimum[2]) * e[2];
        }
        return coordinate;
    }

    @Test
    void farBelowEveryStepIsStableButTheCostFallsSlowly() {
        assertEquals(RateZone.FAR_BELOW, RateZone.of(0.05, 1));
        double[] slow = costs(0.05, 30);
        double[] fast = costs(0.5, 30);
        for (int s = 1; s <= 30; s++) {
            assertTrue(slow[s] < slow[s - 1], "J rose at step " + s);
        }
        Quadratic quadratic = new Quadratic(1);
        quadratic.network.setParameters(quadratic.minimum());
        double lowest = quadratic.cost();
        assertTrue(slow[30] - lowest > 10 * (fast[30] - lowest),
                "after 30 steps 0.05× the limit should be far behind 0.5×: J − J* = " + (slow[30] - lowest) + " vs "
                        + (fast[30] - lowest));
        assertTrue(RateZone.FAR_BELOW.sentence().contains("falls slowly"));
    }

    @Test
    void belowTheCostFallsFastAndSmoothly() {
        Quadratic quadratic = new Quadratic(1);
        quadratic.network.setParameters(quadratic.minimum());
        double lowest = quadratic.cost();
        for (double fraction : new double[] {0.1, 0.5, 0.95}) {
            assertEquals(RateZone.BELOW, RateZone.of(fraction, 1));
            double[] costs = costs(fraction, 50);
            for (int s = 1; s <= 50; s++) {
                // Falls every step until J* is reached to rounding (then it may wobble in the last bits).
                assertTrue(costs[s] < costs[s - 1] || costs[s - 1] - lowest <= 1e-13 * lowest,
                        fraction + "× the limit: J rose at step " + s + " from " + costs[s - 1]);
            }
            if (fraction >= 0.5) {
                assertTrue(costs[50] - lowest < 1e-3 * (costs[0] - lowest), fraction + "×: not fast");
            }
        }
        assertTrue(RateZone.BELOW.sentence().contains("falls fast and smoothly"));
        assertTrue(RateZone.FAR_BELOW.sentence().contains("falls slowly"));
    }

    @Test
    void aboveEachStepJumpsPastTheMinimumAlongTheSteepestDirectionAndLandsFurtherOut() {
        for (double fraction : new double[] {1.05, 1.5, 1.95}) {
            assertEquals(RateZone.ABOVE, RateZone.of(fraction, 1));
            double[] coordinate = steepestCoordinate(fraction, 40);
            for (int s = 1; s <= 40; s++) {
                assertTrue(coordinate[s] * coordinate[s - 1] < 0, fraction + "×: no jump past the minimum at step " + s);
                double growth = Math.abs(coordinate[s] / coordinate[s - 1]);
                assertTrue(growth > 1 && growth <= 3 + 1e-9, fraction + "×: grew by " + growth + " at step " + s);
            }
            double[] costs = costs(fraction, 200);
            assertTrue(costs[200] > costs[0], fraction + "×: J rises there");
        }
        assertTrue(RateZone.ABOVE.sentence().contains("jumps past the minimum along the steepest direction"));
    }

    @Test
    void farAboveTheStepsOvershootByMoreThanThreeTimesAndTheCostBlowsUp() {
        for (double fraction : new double[] {2.0 + 1e-6, 2.5, 5}) {
            assertEquals(RateZone.FAR_ABOVE, RateZone.of(fraction, 1));
            double[] coordinate = steepestCoordinate(fraction, 20);
            for (int s = 1; s <= 20; s++) {
                assertTrue(Math.abs(coordinate[s] / coordinate[s - 1]) > 3, fraction + "× at step " + s);
            }
            double[] costs = costs(fraction, 30);
            assertTrue(costs[30] > 1e6 * costs[0], fraction + "×: J only reached " + costs[30]);
        }
        assertTrue(RateZone.FAR_ABOVE.sentence().contains("more than three times"));
    }
}
