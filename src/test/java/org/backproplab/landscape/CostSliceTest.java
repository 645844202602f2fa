package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.train.Trainer;
import org.backproplab.train.TrainingConfig;
import org.junit.jupiter.api.Test;

class CostSliceTest {
    @Test
    void samplesTheClosedFormParabolaAndPutsTheWeightBack() {
        Network line = Fixtures.line();
        CostSlice slice = new CostSlice(line, Fixtures.data(), null);
        double[] ws = new double[9];
        double[] js = new double[9];
        slice.sample(0, 2, 9, ws, js);
        for (int s = 0; s < 9; s++) {
            assertEquals(Fixtures.W - 2 + 0.5 * s, ws[s], 1e-15);
            assertEquals(Fixtures.cost(ws[s], Fixtures.B), js[s], 1e-13);
        }
        assertEquals(Fixtures.W, ws[4], 0.0, "the middle sample is the current weight itself");
        assertEquals(slice.cost(), js[4], 0.0);
        assertArrayEquals(new double[] {Fixtures.W, Fixtures.B}, line.parameters());
        // along the bias: J(b) = 1/(2N)·Σ (w·x + b − y)²
        slice.sample(1, 1, 5, ws, js);
        assertEquals(Fixtures.cost(Fixtures.W, Fixtures.B + 0.5), js[3], 1e-13);
        assertArrayEquals(new double[] {Fixtures.W, Fixtures.B}, line.parameters());
    }

    @Test
    void measuresThePointTheTangentAndTheNextStep() {
        CostSlice slice = new CostSlice(Fixtures.line(), Fixtures.data(), null);
        slice.measure(0, 0.1);
        assertEquals(Fixtures.W, slice.weight(), 0.0);
        assertEquals(Fixtures.cost(Fixtures.W, Fixtures.B), slice.measuredCost(), 1e-14);
        double g = Fixtures.slope(Fixtures.W, Fixtures.B);
        assertEquals(g, slice.slope(), 1e-14);
        assertEquals(Fixtures.W - 0.1 * g, slice.nextWeight(), 1e-14);
        assertEquals(Fixtures.cost(Fixtures.W - 0.1 * g, Fixtures.B), slice.nextCost(), 1e-13);
        assertTrue(slice.nextCost() < slice.measuredCost());
        assertEquals(Fixtures.CURVATURE, slice.curvature(0, Fixtures.W, CostSlice.curvatureStep(Fixtures.W)), 1e-6);
        assertEquals(Fixtures.CURVATURE, slice.secondDerivative(0), 1e-14, "exact on the parabola: mean(x²)");
    }

    @Test
    void secondDerivativeIsTheSlopesFiniteDifferenceOnEveryWeightAndInParts() {
        // J″(w) against the central difference of backpropagation's ∂J/∂w, (g(w + h) − g(w − h)) / 2h, with l2
        // regularization (whose (λ/2)w² adds λ) on a trained default network, for every weight and bias
        LabSession lab = new LabSession(AppState.defaults().withPointCount(120)
                .withRegularization(org.backproplab.core.Regularization.Type.L2).withLambda(0.01));
        lab.train(100);
        Network network = lab.network();
        double[] before = network.parameters().clone();
        CostSlice slice = new CostSlice(network, lab.trainData(), null);
        int n = slice.exampleCount();
        for (int index = 0; index < network.parameters().length; index++) {
            double w = before[index];
            double h = 1e-5 * Math.max(1, Math.abs(w));
            network.parameters()[index] = w + h;
            slice.measure(index, 0.1);
            double up = slice.slope();
            network.parameters()[index] = w - h;
            slice.measure(index, 0.1);
            double down = slice.slope();
            network.parameters()[index] = w;
            double difference = (up - down) / (2 * h);
            double exact = slice.secondDerivative(index);
            assertEquals(difference, exact, 1e-6 * Math.max(1e-3, Math.abs(exact)), "weight " + index);
            double parts = slice.secondDerivativePart(index, 0, 7) + slice.secondDerivativePart(index, 7, 50)
                    + slice.secondDerivativePart(index, 50, n);
            assertEquals(exact, parts / n, 1e-12 * Math.max(1, Math.abs(exact)), "weight " + index + " in parts");
        }
        assertArrayEquals(before, network.parameters());
    }

    @Test
    void suggestedRadiusShowsTheNextStepAndTheMinimum() {
        CostSlice slice = new CostSlice(Fixtures.line(), Fixtures.data(), null);
        double best = Fixtures.bestWeight(Fixtures.B);
        for (double rate : new double[] {0.001, 0.1, 0.5, 0.9}) {
            double r = slice.suggestedRadius(0, rate);
            assertTrue(r >= CostSlice.MIN_RADIUS);
            assertTrue(Math.abs(best - Fixtures.W) < r, "minimum outside for α = " + rate + ": r = " + r);
            assertTrue(Math.abs(slice.nextWeight() - Fixtures.W) < r, "next step outside for α = " + rate);
        }
        // a step far beyond the minimum (α·c = 8) is still shown
        double r = slice.suggestedRadius(0, 8 / Fixtures.CURVATURE);
        assertTrue(Math.abs(slice.nextWeight() - Fixtures.W) < r);
    }

    @Test
    void pointAndSlopeAreTheFullBatchTrainersJAndGradientBitForBit() {
        LabSession lab = new LabSession(AppState.defaults().withPointCount(80));
        Dataset train = lab.trainData();
        Network network = lab.network().copy();
        Trainer trainer = new Trainer(network, train, new TrainingConfig(OptimizerConfig.defaults(OptimizerKind.SGD),
                0.1, TrainingConfig.FULL_BATCH, 1));
        trainer.run(3);
        CostSlice slice = new CostSlice(network, train, null);
        for (int index : new int[] {0, 5, network.parameters().length - 1}) {
            slice.measure(index, 0.1);
            double j = trainer.computeGradient();
            assertEquals(j, slice.measuredCost(), 0.0);
            assertEquals(trainer.gradientView()[index], slice.slope(), 0.0);
            trainer.applyGradient();
            assertEquals(network.parameters()[index], slice.nextWeight(), 0.0, "plain SGD moves w to the next point");
        }
        assertEquals(trainer.trainingCost(), slice.cost(), 0.0);
    }

    @Test
    void aBatchOfRowsIsTheCostOfThoseExamples() {
        CostSlice slice = new CostSlice(Fixtures.line(), Fixtures.data(), new int[] {3, 1});
        assertEquals(2, slice.exampleCount());
        double e3 = 3 * Fixtures.W + Fixtures.B - 5;
        double e1 = 0.5 * Fixtures.W + Fixtures.B - 2;
        assertEquals((e3 * e3 + e1 * e1) / 4, slice.cost(), 1e-15);
        assertThrows(IndexOutOfBoundsException.class, () -> new CostSlice(Fixtures.line(), Fixtures.data(), new int[] {4}));
        assertThrows(IndexOutOfBoundsException.class, () -> slice.measure(2, 0.1));
        assertThrows(IllegalArgumentException.class, () -> slice.sample(0, 0, 3, new double[3], new double[3]));
    }

    @Test
    void trailKeepsTheLastPointsOfOneWeight() {
        SliceTrail trail = new SliceTrail(3);
        for (int s = 0; s < 5; s++) {
            trail.add(2, s, 10 - s);
        }
        assertEquals(3, trail.size());
        assertEquals(2, trail.weight(0), 0.0);
        assertEquals(4, trail.weight(2), 0.0);
        assertEquals(6, trail.cost(2), 0.0);
        trail.add(7, 0.5, 1);
        assertEquals(1, trail.size(), "another weight starts afresh");
        assertEquals(7, trail.index());
        assertThrows(IndexOutOfBoundsException.class, () -> trail.weight(1));
        Trajectory2D path = new Trajectory2D(2);
        path.add(0, 1, 3, 2);
        path.add(0, 3, 3, 4);
        path.add(0, 5, 3, 6);
        assertEquals(2, path.size());
        assertEquals(3, path.w1(0), 0.0);
        assertEquals(6, path.w2(1), 0.0);
        assertEquals(3, path.secondIndex());
    }
}
