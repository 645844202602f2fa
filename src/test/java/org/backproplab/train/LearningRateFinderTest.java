package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.data.Generators;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class LearningRateFinderTest {
    private static final Dataset LINE = Generators.generate(DatasetKind.LINEAR, 100, 0.2, 7);

    /** ŷ = w·x + b (one identity neuron) with mse: linear least squares, a convex quadratic in (w, b). */
    private static Network linearModel() {
        Shape shape = Shape.of(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR);
        return Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.UNIFORM, 3);
    }

    private static TrainingConfig fullBatchSgd() {
        return TrainingConfig.defaults();
    }

    /**
     * The largest eigenvalue of the Hessian of J = 1/(2N)·Σ(w·x + b − y)², which is constant:
     * H = (1/N)·[[Σx², Σx], [Σx, N]]; for a symmetric 2×2 matrix λ_max = tr/2 + √(tr²/4 − det).
     */
    private static double largestHessianEigenvalue(Dataset data) {
        int n = data.count();
        double sumX = 0;
        double sumXX = 0;
        for (int r = 0; r < n; r++) {
            double x = data.input(r, 0);
            sumX += x;
            sumXX += x * x;
        }
        double hww = sumXX / n;
        double hwb = sumX / n;
        double hbb = 1;
        double trace = hww + hbb;
        double det = hww * hbb - hwb * hwb;
        return trace / 2 + Math.sqrt(trace * trace / 4 - det);
    }

    @Test
    void gridIsLogarithmicFromTheSmallestToTheLargestRate() {
        LearningRateFinder finder = new LearningRateFinder(linearModel(), LINE, fullBatchSgd());
        assertEquals(30, finder.rateCount());
        assertEquals(1e-4, finder.rate(0));
        assertEquals(10, finder.rate(29));
        double ratio = Math.pow(10 / 1e-4, 1.0 / 29);
        for (int i = 1; i < 30; i++) {
            assertEquals(ratio, finder.rate(i) / finder.rate(i - 1), 1e-12, "i = " + i);
        }
    }

    @Test
    void onLeastSquaresTheBestRateIsStableAndTheLargestRatesDiverge() {
        // Gradient descent on a quadratic contracts each eigen-direction by |1 − α·λ| per step: it converges
        // iff α < 2/λ_max. Beyond 1.2·(2/λ_max) the top direction grows by ≥ 1.4 per step, so its cost grows
        // by ≥ 1.4^100 ≈ 4e14 in 50 steps: far past the million-fold limit.
        double edge = 2 / largestHessianEigenvalue(LINE);
        LearningRateFinder finder = new LearningRateFinder(linearModel(), LINE, fullBatchSgd());
        while (!finder.advance(100)) {
            // slices of 100 steps, as a frame loop would spend them
        }
        assertEquals(30, finder.measuredCount());
        assertTrue(finder.bestRate() < edge, "best " + finder.bestRate() + " vs 2/λ_max = " + edge);
        assertFalse(finder.isDiverged(finder.bestIndex()));
        for (int i = 0; i < 30; i++) {
            double rate = finder.rate(i);
            if (rate < edge) {
                assertFalse(finder.isDiverged(i), "α = " + rate + " < 2/λ_max must converge");
                assertTrue(finder.finalCost(i) < finder.startingCost(), "α = " + rate);
            }
            if (rate > 1.2 * edge) {
                assertTrue(finder.isDiverged(i), "α = " + rate + " > 1.2·2/λ_max must diverge");
                assertEquals(Double.POSITIVE_INFINITY, finder.finalCost(i));
            }
        }
        assertTrue(finder.isDiverged(29), "α = 10 diverges");
        assertTrue(finder.rate(finder.smallestDivergedIndex()) > edge);
        assertTrue(finder.rate(finder.largestStableIndex()) >= finder.bestRate());
    }

    @Test
    void advanceTakesAtMostTheBudget() {
        LearningRateFinder finder = new LearningRateFinder(linearModel(), LINE, fullBatchSgd());
        int total = 30 * 50;
        assertEquals(0, finder.progress());
        assertFalse(finder.advance(0));
        assertEquals(0, finder.progress());
        assertFalse(finder.advance(7));
        assertEquals(7.0 / total, finder.progress());
        assertFalse(finder.advance(50)); // crosses into the second α: 57 steps = 1 α + 7
        assertEquals(1, finder.measuredCount());
        assertEquals(57.0 / total, finder.progress());
        int slices = 2;
        while (!finder.advance(50)) {
            slices++;
        }
        slices++;
        assertEquals(1.0, finder.progress());
        // Without divergence the sweep would need 1500 steps = 30 slices of 50 after the first 57; diverged
        // α end early, so it can only need fewer slices.
        assertTrue(slices <= 2 + 29, "slices " + slices);
        assertThrows(IllegalArgumentException.class, () -> finder.advance(-1));
    }

    @Test
    void slicingDoesNotChangeTheResults() {
        LearningRateFinder inOneGo = new LearningRateFinder(linearModel(), LINE, fullBatchSgd());
        assertTrue(inOneGo.advance(Integer.MAX_VALUE));
        LearningRateFinder stepByStep = new LearningRateFinder(linearModel(), LINE, fullBatchSgd());
        while (!stepByStep.advance(1)) {
            // one step per call
        }
        assertArrayEquals(inOneGo.finalCostsView(), stepByStep.finalCostsView());
        assertEquals(inOneGo.bestRate(), stepByStep.bestRate());
    }

    @Test
    void eachRateTrainsExactlyLikeAFreshTrainer() {
        // Mini-batches with Adam: the optimizer state and the shuffling must both start afresh for every α.
        Shape shape = Shape.of(new int[] {1, 4, 1}, Activation.TANH, Activation.LINEAR);
        Network start = Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.XAVIER, 11);
        Dataset sine = Generators.generate(DatasetKind.SINE, 60, 0.1, 5);
        TrainingConfig config = new TrainingConfig(OptimizerConfig.defaults(OptimizerKind.ADAM), 0.01, 8, 42);
        LearningRateFinder finder = new LearningRateFinder(start, sine, config, 1e-3, 1, 4, 20);
        finder.advance(Integer.MAX_VALUE);
        for (int i = 0; i < 4; i++) {
            Trainer fresh = new Trainer(start.copy(), sine, config.withLearningRate(finder.rate(i)));
            fresh.run(20);
            assertEquals(fresh.trainingCost(), finder.finalCost(i), 0.0, "α = " + finder.rate(i));
        }
    }

    @Test
    void theStartingNetworkIsNotTouched() {
        Network start = linearModel();
        double[] before = start.parameters().clone();
        new LearningRateFinder(start, LINE, fullBatchSgd()).advance(Integer.MAX_VALUE);
        assertArrayEquals(before, start.parameters());
    }

    @Test
    void cancelStopsTheSweepAndKeepsWhatWasMeasured() {
        LearningRateFinder finder = new LearningRateFinder(linearModel(), LINE, fullBatchSgd());
        finder.advance(120); // two α measured, 20 steps into the third
        finder.cancel();
        assertTrue(finder.isCancelled());
        assertTrue(finder.isDone());
        double progress = finder.progress();
        assertTrue(finder.advance(1000));
        assertEquals(progress, finder.progress());
        assertEquals(2, finder.measuredCount());
        assertEquals(1, finder.bestIndex(), "on least squares the larger of two tiny rates gets further");
        assertTrue(Double.isNaN(finder.finalCost(2)));
    }

    @Test
    void noBestRateBeforeAnyIsMeasured() {
        LearningRateFinder finder = new LearningRateFinder(linearModel(), LINE, fullBatchSgd());
        assertEquals(-1, finder.bestIndex());
        assertTrue(Double.isNaN(finder.bestRate()));
        assertEquals(-1, finder.largestStableIndex());
        assertEquals(-1, finder.smallestDivergedIndex());
    }

    @Test
    void rejectsBadSweeps() {
        Network start = linearModel();
        TrainingConfig config = fullBatchSgd();
        assertEquals("the learning rates must satisfy 0 < smallest < largest <= 10.0, but are 0.1 and 20.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new LearningRateFinder(start, LINE, config, 0.1, 20, 10, 10)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LearningRateFinder(start, LINE, config, 0, 1, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new LearningRateFinder(start, LINE, config, 1, 1, 10, 10));
        assertEquals("the sweep needs at least 2 learning rates, but has 1",
                assertThrows(IllegalArgumentException.class,
                        () -> new LearningRateFinder(start, LINE, config, 1e-3, 1, 1, 10)).getMessage());
        assertEquals("steps per learning rate must be >= 1, but is 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new LearningRateFinder(start, LINE, config, 1e-3, 1, 5, 0)).getMessage());
    }
}
