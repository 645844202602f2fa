package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Network;
import org.backproplab.data.DatasetKind;
import org.backproplab.landscape.LearningRateDemo.Verdict;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.junit.jupiter.api.Test;

class LearningRateDemoTest {
    static final double C = Fixtures.CURVATURE;

    @Test
    void onAParabolaEachStepMultipliesTheDistanceByOneMinusAlphaC() {
        Network line = Fixtures.line();
        LearningRateDemo demo = new LearningRateDemo(new CostSlice(line, Fixtures.data(), null), 40);
        double best = Fixtures.bestWeight(Fixtures.B);
        double alpha = 0.3 / C;
        demo.run(0, alpha, 10);
        assertEquals(11, demo.count());
        double distance = Fixtures.W - best;
        for (int i = 0; i <= 10; i++) {
            assertEquals(best + distance * Math.pow(1 - alpha * C, i), demo.weight(i), 1e-12, "step " + i);
            assertEquals(Fixtures.cost(demo.weight(i), Fixtures.B), demo.cost(i), 1e-12);
        }
        assertArrayEquals(new double[] {Fixtures.W, Fixtures.B}, line.parameters());
    }

    @Test
    void theFourRegimesOfAParabola() {
        LearningRateDemo demo = new LearningRateDemo(new CostSlice(Fixtures.line(), Fixtures.data(), null), 30);
        assertEquals(Verdict.TINY_STEPS, demo.run(0, 0.05 / C, 30));
        assertEquals(Verdict.CONVERGES, demo.run(0, 0.5 / C, 30));
        assertEquals(Verdict.CONVERGES, demo.run(0, 1 / C, 30), "α = 1/c: the minimum in one step");
        assertEquals(Fixtures.bestWeight(Fixtures.B), demo.weight(1), 1e-12);
        assertEquals(Verdict.OSCILLATES, demo.run(0, 1.5 / C, 30));
        assertEquals(Verdict.OSCILLATES, demo.run(0, 1.9 / C, 30), "just below 2/c still settles");
        assertEquals(Verdict.DIVERGES, demo.run(0, 2.1 / C, 30), "just above 2/c swings ever wider");
        assertEquals(Verdict.DIVERGES, demo.run(0, 3 / C, 30));
        assertTrue(demo.stoppedEarly(), "α = 3/c: J grows 4× a step and passes a million times its start");
        assertTrue(demo.count() < 31);
    }

    @Test
    void aRunTakenAStepAtATimeIsTheRunTakenAtOnce() {
        LabSession lab = new LabSession(AppState.defaults().withPointCount(100));
        CostSlice slice = new CostSlice(lab.network(), lab.trainData(), null);
        LearningRateDemo whole = new LearningRateDemo(slice, 10);
        LearningRateDemo stepwise = new LearningRateDemo(slice, 10);
        for (double rate : new double[] {0.01, 1, 10}) {
            Verdict verdict = whole.run(3, rate, 10);
            stepwise.begin(3, rate, 10);
            int calls = 1;
            while (!stepwise.advance()) {
                calls++;
            }
            assertEquals(verdict, stepwise.verdict());
            assertEquals(whole.count(), stepwise.count());
            assertTrue(calls <= 10, "one step per call");
            for (int k = 0; k < whole.count(); k++) {
                assertEquals(whole.weight(k), stepwise.weight(k), 0.0);
                assertEquals(whole.cost(k), stepwise.cost(k), 0.0);
            }
        }
    }

    @Test
    void anOutputWeightOfARegressionNetworkIsAnExactParabola() {
        // ŷ is linear in the output layer's weights, so J (mse) is a parabola in each of them with
        // c = mean over the examples of a², a the activation the weight multiplies
        LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.SINE).withPointCount(60)
                .withHiddenLayers(new int[] {3}));
        Network network = lab.network();
        int index = network.shape().weightIndex(1, 0, 2);
        double[] before = network.parameters().clone();
        CostSlice slice = new CostSlice(network, lab.trainData(), null);
        LearningRateDemo demo = new LearningRateDemo(slice, 30);
        double c = slice.secondDerivative(index);
        double meanSquare = 0;
        org.backproplab.core.Backprop backprop = new org.backproplab.core.Backprop(network.shape());
        int n = lab.trainData().count();
        for (int row = 0; row < n; row++) {
            backprop.forward(network.parameters(), lab.trainData().inputsView(), row);
            meanSquare += backprop.activation(1, 2) * backprop.activation(1, 2) / n;
        }
        assertEquals(meanSquare, c, 1e-12 * meanSquare);
        double[] timesC = {0.05, 1, 1.6, 2.5};
        Verdict[] expected = {Verdict.TINY_STEPS, Verdict.CONVERGES, Verdict.OSCILLATES, Verdict.DIVERGES};
        for (int p = 0; p < 4; p++) {
            assertEquals(expected[p], demo.run(index, timesC[p] / c, 30), "α·c = " + timesC[p]);
        }
        assertArrayEquals(before, network.parameters());
    }

    @Test
    void classifyReadsTheStepsAlone() {
        double[] w = {0, 1, 1.5, 1.75, 1.875};
        double[] j = {4, 1, 0.25, 0.0625, 0.015625};
        assertEquals(Verdict.CONVERGES, LearningRateDemo.classify(w, j, 5, false));
        double[] swing = {0, 3, 1.5, 2.25, 1.875};
        assertEquals(Verdict.OSCILLATES, LearningRateDemo.classify(swing, j, 5, false));
        double[] wide = {0, 3, -1, 5, -4};
        double[] up = {4, 1, 9, 9, 36};
        assertEquals(Verdict.DIVERGES, LearningRateDemo.classify(wide, up, 5, false));
        assertEquals(Verdict.DIVERGES, LearningRateDemo.classify(w, j, 3, true));
        double[] still = {1, 1, 1};
        assertEquals(Verdict.STUCK, LearningRateDemo.classify(still, j, 3, false));
    }
}
