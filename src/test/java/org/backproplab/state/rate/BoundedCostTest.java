package org.backproplab.state.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.data.DatasetKind;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.train.Trainer;
import org.backproplab.train.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Why a point set's race has no diverging lane, checked by doing it: mean squared error on a sigmoid output stays
 * at most ½ even at absurd weights; cross-entropy after tanh neurons stays under the stated bound through 400 steps
 * at α = 10; where the bound is not a fact (leaky ReLU, L2) nothing is claimed; and the advice, performed on each
 * point set, gives a diverging lane.
 */
class BoundedCostTest {
    private static final DatasetKind[] POINT_SETS = {DatasetKind.CIRCLE, DatasetKind.XOR, DatasetKind.GAUSS,
        DatasetKind.GAUSS3, DatasetKind.SPIRAL, DatasetKind.MOONS, DatasetKind.RULE};

    private static String reason(AppState state) {
        LabSession lab = new LabSession(state);
        return BoundedCost.reason(lab.initialNetwork(), lab.trainData(), lab.trainer().config(), 400,
                lab.trainer().trainingCost(), AppState.MAX_LEARNING_RATE);
    }

    private static AppState crossEntropy(DatasetKind kind) {
        return AppState.defaults().withDataset(kind)
                .withLoss(kind == DatasetKind.GAUSS3 ? Loss.CROSS_ENTROPY : Loss.BINARY_CROSS_ENTROPY);
    }

    @Test
    void meanSquaredErrorOnASigmoidOutputStaysAtMostAHalfAtAnyWeights() {
        LabSession lab = new LabSession(AppState.defaults());
        Network network = lab.initialNetwork();
        double[] huge = network.parameters();
        for (int i = 0; i < huge.length; i++) {
            huge[i] = (i % 3 == 0 ? -1e6 : 1e6) * (1 + i);
        }
        network.setParameters(huge);
        Trainer trainer = new Trainer(network, lab.trainData(), lab.trainer().config());
        double cost = trainer.trainingCost();
        assertTrue(cost <= 0.5, "J " + cost);
        String reason = reason(AppState.defaults());
        assertTrue(reason.startsWith("With mean squared error on a sigmoid output J cannot blow up"), reason);
        assertTrue(reason.endsWith(BoundedCost.ADVICE_BOTH), reason);
    }

    @Test
    void crossEntropyAfterTanhStaysUnderTheStatedBoundAtTheLargestRate() {
        for (DatasetKind kind : POINT_SETS) {
            AppState state = crossEntropy(kind).withLearningRate(AppState.MAX_LEARNING_RATE).withBatchSize(0);
            LabSession lab = new LabSession(state);
            Network network = lab.initialNetwork();
            double bound = BoundedCost.costBound(network, 400, AppState.MAX_LEARNING_RATE);
            Trainer trainer = new Trainer(network, lab.trainData(), lab.trainer().config());
            double largest = trainer.trainingCost();
            for (int s = 0; s < 400; s++) {
                trainer.step();
                largest = Math.max(largest, trainer.trainingCost());
            }
            assertTrue(largest <= bound, kind + ": J reached " + largest + " over the bound " + bound);
            String reason = reason(state);
            assertTrue(reason.startsWith("With cross-entropy after tanh neurons"), kind + ": " + reason);
            assertTrue(reason.endsWith(BoundedCost.ADVICE_ACTIVATION), reason);
        }
    }

    @Test
    void nothingIsClaimedWhereTheCostIsNotCapped() {
        assertEquals("", reason(crossEntropy(DatasetKind.CIRCLE).withActivation(Activation.LEAKY_RELU)));
        assertEquals("", reason(AppState.defaults().withRegularization(Regularization.Type.L2).withLambda(0.01)));
        assertEquals("", reason(AppState.defaults().withDataset(DatasetKind.SINE)), "a linear output is not capped");
    }

    @Test
    void theAdviceGivesADivergingLaneOnThePointSets() {
        List<String> report = new ArrayList<>();
        for (DatasetKind kind : POINT_SETS) {
            RaceFill before = RaceFillTest.measure(new LabSession(AppState.defaults().withDataset(kind)));
            assertTrue(before.lanes()[3] != before.lanes()[3], kind + " has no diverging lane with the defaults");
            assertTrue(before.summary().contains(BoundedCost.ADVICE_BOTH), before.summary());
            RaceFill after = RaceFillTest.measure(new LabSession(crossEntropy(kind).withActivation(Activation.LEAKY_RELU)));
            report.add(kind + ": diverging α " + after.lanes()[3] + " " + after.expected()[3]);
            if (kind == DatasetKind.GAUSS) {
                // two well separated clusters: every α up to 10 settles, and the page says so rather than advise
                assertTrue(after.lanes()[3] != after.lanes()[3], report.toString());
                assertTrue(after.summary().contains("No α in this range is diverging here (no run's J exploded)."),
                        after.summary());
                assertTrue(!after.summary().contains("To see a run diverge"), after.summary());
            } else {
                assertEquals(Verdict.DIVERGED, after.expected()[3], report.toString());
            }
        }
        System.out.println(String.join("\n", report));
    }
}
