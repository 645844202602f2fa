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
    void presetsComeFromTheCurvature() {
        LearningRateDemo demo = new LearningRateDemo(new CostSlice(Fixtures.line(), Fixtures.data(), null), 30);
        double[] rates = new double[4];
        assertEquals(C, demo.presets(0, rates), 1e-6);
        assertArrayEquals(new double[] {0.05 / C, 1 / C, 1.6 / C, 2.5 / C}, rates, 1e-6);
        Verdict[] expected = {Verdict.TINY_STEPS, Verdict.CONVERGES, Verdict.OSCILLATES, Verdict.DIVERGES};
        for (int p = 0; p < 4; p++) {
            assertEquals(expected[p], demo.run(0, rates[p], 30), LearningRateDemo.Preset.values()[p].name());
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
        double[] rates = new double[4];
        double c = demo.presets(index, rates);
        double meanSquare = 0;
        org.backproplab.core.Backprop backprop = new org.backproplab.core.Backprop(network.shape());
        int n = lab.trainData().count();
        for (int row = 0; row < n; row++) {
            backprop.forward(network.parameters(), lab.trainData().inputsView(), row);
            meanSquare += backprop.activation(1, 2) * backprop.activation(1, 2) / n;
        }
        assertEquals(meanSquare, c, 1e-6 * meanSquare);
        Verdict[] expected = {Verdict.TINY_STEPS, Verdict.CONVERGES, Verdict.OSCILLATES, Verdict.DIVERGES};
        for (int p = 0; p < 4; p++) {
            assertEquals(expected[p], demo.run(index, rates[p], 30), LearningRateDemo.Preset.values()[p].name());
        }
        assertArrayEquals(before, network.parameters());
    }

    @Test
    void hiddenWeightsOfTheDefaultNetworkFollowThePresetsMostly() {
        // a hidden weight's slice is no parabola: the presets, from the curvature at the slice's minimum, are
        // estimates. What holds for every weight: small α takes tiny steps, and where the slice is convex, too
        // large or diverging α jump past the minimum on the first step (the slope changes sign). For most
        // weights all four verdicts match.
        LabSession lab = new LabSession(AppState.defaults().withPointCount(100));
        lab.train(200);
        Network network = lab.network();
        double[] before = network.parameters().clone();
        CostSlice slice = new CostSlice(network, lab.trainData(), null);
        LearningRateDemo demo = new LearningRateDemo(slice, 30);
        Verdict[] expected = {Verdict.TINY_STEPS, Verdict.CONVERGES, Verdict.OSCILLATES, Verdict.DIVERGES};
        int weights = network.shape().weightOffset(1) - network.shape().weightOffset(0);
        int allFour = 0;
        for (int index = 0; index < weights; index++) {
            double[] rates = new double[4];
            double c = demo.presets(index, rates);
            assertTrue(c > 0, "weight " + index);
            boolean matches = true;
            for (int p = 0; p < 4; p++) {
                Verdict verdict = demo.run(index, rates[p], 30);
                matches &= verdict == expected[p];
                if (p == 0) {
                    assertEquals(Verdict.TINY_STEPS, verdict, "weight " + index);
                }
                double w = network.parameters()[index];
                if (p >= 2 && slice.curvature(index, w, CostSlice.curvatureStep(w)) > 0) {
                    double w0 = demo.weight(0);
                    double w1 = demo.weight(1);
                    double h = 1e-6;
                    double slopeBefore = (slice.costAt(index, w0 + h) - slice.costAt(index, w0 - h)) / (2 * h);
                    double slopeAfter = (slice.costAt(index, w1 + h) - slice.costAt(index, w1 - h)) / (2 * h);
                    assertTrue(slopeBefore * slopeAfter < 0, "weight " + index + ", preset " + p + " did not overshoot");
                }
            }
            if (matches) {
                allFour++;
            }
        }
        assertTrue(2 * allFour > weights, "all four verdicts as on a parabola for only " + allFour + " of " + weights);
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
