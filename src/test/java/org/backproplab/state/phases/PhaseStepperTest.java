package org.backproplab.state.phases;

import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.phases.Phase;
import org.backproplab.state.phases.PhaseStepper;
import org.backproplab.state.phases.PhaseView;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.backproplab.core.Backprop;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class PhaseStepperTest {
    /** A small lab: 60 circle points (30 to train on), 2-3-1 tanh, mini-batches of 7, L2. */
    static AppState small(OptimizerKind optimizer, int batchSize) {
        return AppState.defaults().withPointCount(60).withHiddenLayers(new int[] {3})
                .withRegularization(Regularization.Type.L2).withLambda(0.01).withOptimizer(optimizer)
                .withBatchSize(batchSize).withLearningRate(0.3);
    }

    static double[] parameters(LabSession lab) {
        return lab.network().parameters().clone();
    }

    @Test
    void onlyGradientDescentChangesTheWeights() {
        LabSession lab = new LabSession(small(OptimizerKind.SGD, 7));
        PhaseStepper stepper = new PhaseStepper(lab);
        double[] start = parameters(lab);
        assertFalse(stepper.isActive());
        for (Phase expected : new Phase[] {Phase.FORWARD, Phase.COST, Phase.BACKPROPAGATION}) {
            stepper.next();
            assertEquals(expected, stepper.phase());
            assertArrayEquals(start, parameters(lab), "phase " + expected + " moved a weight");
        }
        stepper.next();
        assertEquals(Phase.GRADIENT_DESCENT, stepper.phase());
        assertFalse(Arrays.equals(start, parameters(lab)), "gradient descent moved no weight");
    }

    @Test
    void fourPhasesAreOneTrainerStepBitForBit() {
        for (OptimizerKind kind : new OptimizerKind[] {OptimizerKind.SGD, OptimizerKind.MOMENTUM, OptimizerKind.ADAM}) {
            for (int batchSize : new int[] {0, 7}) {
                LabSession stepped = new LabSession(small(kind, batchSize));
                LabSession played = new LabSession(small(kind, batchSize));
                PhaseStepper stepper = new PhaseStepper(stepped);
                for (int iteration = 1; iteration <= 6; iteration++) {
                    for (int p = 0; p < 4; p++) {
                        stepper.next();
                    }
                    played.trainer().step();
                    String where = kind.id() + ", batch " + batchSize + ", iteration " + iteration;
                    assertEquals(iteration, stepper.iteration(), where);
                    assertArrayEquals(parameters(played), parameters(stepped), where);
                }
                stepper.finish();
                assertArrayEquals(parameters(played), parameters(stepped));
                assertEquals(played.iteration(), stepped.iteration());
                // the play mode goes on from there exactly like the twin
                stepped.train(5);
                played.train(5);
                assertArrayEquals(parameters(played), parameters(stepped));
            }
        }
    }

    @Test
    void backFromGradientDescentRestoresTheWeightsBitForBit() {
        LabSession lab = new LabSession(small(OptimizerKind.ADAM, 7));
        LabSession twin = new LabSession(small(OptimizerKind.ADAM, 7));
        lab.train(3);
        twin.train(3);
        PhaseStepper stepper = new PhaseStepper(lab);
        for (int p = 0; p < 3; p++) {
            stepper.next();
        }
        double[] before = parameters(lab);
        stepper.next();
        double[] after = parameters(lab);
        stepper.back();
        assertEquals(Phase.BACKPROPAGATION, stepper.phase());
        assertArrayEquals(before, parameters(lab));
        stepper.back();
        stepper.back();
        assertEquals(Phase.FORWARD, stepper.phase());
        assertFalse(stepper.canGoBack());
        assertThrows(IllegalStateException.class, stepper::back);
        assertArrayEquals(before, parameters(lab));
        stepper.next();
        stepper.next();
        stepper.next();
        assertArrayEquals(after, parameters(lab), "forward again puts the same update back");
        twin.trainer().step();
        assertArrayEquals(parameters(twin), parameters(lab));
        stepper.next(); // the next iteration, with Adam's state as after one update
        stepper.finish();
        twin.trainer().step();
        assertArrayEquals(parameters(twin), parameters(lab));
    }

    @Test
    void finishingMidIterationCompletesIt() {
        for (int backs : new int[] {-1, 0, 1, 2, 3}) {
            LabSession lab = new LabSession(small(OptimizerKind.MOMENTUM, 7));
            LabSession twin = new LabSession(small(OptimizerKind.MOMENTUM, 7));
            PhaseStepper stepper = new PhaseStepper(lab);
            if (backs < 0) {
                stepper.next(); // leave at the forward pass
            } else {
                for (int p = 0; p < 4; p++) {
                    stepper.next();
                }
                for (int b = 0; b < backs; b++) {
                    stepper.back();
                }
            }
            stepper.finish();
            assertFalse(stepper.isActive());
            twin.trainer().step();
            assertArrayEquals(parameters(twin), parameters(lab), backs + " steps back");
            assertEquals(1, lab.iteration());
            lab.train(4);
            twin.train(4);
            assertArrayEquals(parameters(twin), parameters(lab), backs + " steps back, then play");
        }
    }

    @Test
    void perExampleValuesAreAFreshBackpropOnThatExample() {
        LabSession lab = new LabSession(small(OptimizerKind.SGD, 7));
        lab.train(2);
        double[] weights = parameters(lab);
        PhaseStepper stepper = new PhaseStepper(lab);
        stepper.next();
        stepper.next();
        stepper.next();
        Shape shape = lab.network().shape();
        Dataset data = lab.trainData();
        assertEquals(7, stepper.batchCount());
        Backprop fresh = new Backprop(shape);
        for (int k = 0; k < stepper.batchCount(); k++) {
            PhaseView view = stepper.view(k);
            int row = stepper.batchExample(k);
            assertEquals(row, view.dataRow());
            fresh.forward(weights, data.inputsView(), row * 2);
            fresh.backward(lab.network().loss(), weights, data.targetsView(), row, 1.0, new double[weights.length]);
            for (int l = 0; l < shape.layerCount(); l++) {
                for (int j = 0; j < shape.size(l); j++) {
                    assertEquals(fresh.preActivation(l, j), view.preActivation(l, j), 0.0);
                    assertEquals(fresh.activation(l, j), view.activation(l, j), 0.0);
                    if (l > 0) {
                        assertEquals(fresh.delta(l, j), view.delta(l, j), 0.0);
                    }
                }
            }
            // the sigmoid output under mse, by hand: cost ½(ŷ − y)², δ = (ŷ − y)·ŷ(1 − ŷ), ∂cost/∂w = δ·a
            double out = view.output(0);
            double y = data.target(row, 0);
            assertEquals(y, view.target(0), 0.0);
            assertEquals(out - y, view.error(0), 0.0);
            assertEquals(0.5 * (out - y) * (out - y), view.exampleCost(), 1e-15);
            assertEquals((out - y) * out * (1 - out), view.delta(2, 0), 1e-15);
            assertEquals(view.delta(2, 0) * view.activation(1, 1), view.exampleGradient(shape.weightIndex(1, 0, 1)), 1e-15);
            assertEquals(data.input(row, 1), view.input(1), 0.0);
        }
    }

    @Test
    void batchMeanIsTheMeanOfTheExamplesAndGivesTheBatchGradient() {
        LabSession lab = new LabSession(small(OptimizerKind.SGD, 7));
        PhaseStepper stepper = new PhaseStepper(lab);
        stepper.next();
        stepper.next();
        stepper.next();
        Shape shape = lab.network().shape();
        int n = stepper.batchCount();
        PhaseView mean = stepper.view(PhaseView.BATCH_MEAN);
        assertTrue(mean.isBatchMean());
        assertEquals(-1, mean.dataRow());
        for (int l = 0; l < shape.layerCount(); l++) {
            for (int j = 0; j < shape.size(l); j++) {
                double z = 0;
                double a = 0;
                double d = 0;
                for (int k = 0; k < n; k++) {
                    z += stepper.view(k).preActivation(l, j);
                    a += stepper.view(k).activation(l, j);
                    d += stepper.view(k).delta(l, j);
                }
                assertEquals(z / n, mean.preActivation(l, j), 1e-14);
                assertEquals(a / n, mean.activation(l, j), 1e-14);
                assertEquals(d / n, mean.delta(l, j), 1e-14);
            }
        }
        double cost = 0;
        double error = 0;
        for (int k = 0; k < n; k++) {
            cost += stepper.view(k).exampleCost();
            error += stepper.view(k).error(0);
        }
        assertEquals(cost / n, mean.exampleCost(), 1e-15);
        assertEquals(error / n, mean.error(0), 1e-15);
        // J of the batch = mean example cost + (λ/2)·Σw², and ∂J/∂w = mean ∂cost/∂w + λ·w (biases: no λ term)
        double[] w = parameters(lab);
        double penalty = 0;
        for (int p = 0; p < w.length; p++) {
            if (shape.isWeight(p)) {
                penalty += 0.5 * 0.01 * w[p] * w[p];
            }
        }
        assertEquals(cost / n + penalty, mean.cost(), 1e-14);
        for (int p = 0; p < w.length; p++) {
            double expected = mean.exampleGradient(p) + (shape.isWeight(p) ? 0.01 * w[p] : 0);
            assertEquals(expected, mean.gradient(p), 1e-14, shape.parameterName(p));
        }
    }

    @Test
    void theBatchGradientMatchesFiniteDifferencesOfTheBatchCost() {
        LabSession lab = new LabSession(small(OptimizerKind.SGD, 7));
        PhaseStepper stepper = new PhaseStepper(lab);
        stepper.next();
        stepper.next();
        stepper.next();
        PhaseView view = stepper.view(0);
        int[] rows = new int[stepper.batchCount()];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = stepper.batchExample(k);
        }
        Dataset batch = lab.trainData().subset(rows);
        Backprop backprop = new Backprop(lab.network().shape());
        double[] w = lab.network().parameters();
        assertEquals(backprop.cost(lab.network(), batch.inputsView(), batch.targetsView(), null, 0, rows.length),
                view.cost(), 1e-15);
        double h = 1e-6;
        for (int p = 0; p < w.length; p++) {
            double original = w[p];
            w[p] = original + h;
            double plus = backprop.cost(lab.network(), batch.inputsView(), batch.targetsView(), null, 0, rows.length);
            w[p] = original - h;
            double minus = backprop.cost(lab.network(), batch.inputsView(), batch.targetsView(), null, 0, rows.length);
            w[p] = original;
            assertEquals((plus - minus) / (2 * h), view.gradient(p), 1e-8, "parameter " + p);
        }
    }

    @Test
    void gradientDescentShowsOldAndNewWeightsAndTheNewCost() {
        LabSession lab = new LabSession(small(OptimizerKind.SGD, 7));
        PhaseStepper stepper = new PhaseStepper(lab);
        for (int p = 0; p < 4; p++) {
            stepper.next();
        }
        PhaseView view = stepper.view(3);
        double[] now = parameters(lab);
        int[] rows = new int[stepper.batchCount()];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = stepper.batchExample(k);
        }
        for (int p = 0; p < now.length; p++) {
            assertEquals(now[p], view.newParameter(p), 0.0);
            assertEquals(view.parameter(p) - 0.3 * view.gradient(p), view.newParameter(p), 0.0, "w ← w − α·∂J/∂w");
            assertEquals(-0.3 * view.gradient(p), view.parameterChange(p), 1e-15);
        }
        Dataset batch = lab.trainData().subset(rows);
        double expected = new Backprop(lab.network().shape()).cost(lab.network(), batch.inputsView(),
                batch.targetsView(), null, 0, rows.length);
        assertEquals(expected, view.newCost(), 0.0);
        assertTrue(view.newCost() < view.cost(), "a small step downhill lowers J of the batch");
        // the forward values stay those of the pass before the update
        stepper.back();
        PhaseView before = stepper.view(3);
        assertEquals(before.activation(1, 0), view.activation(1, 0), 0.0);
    }

    @Test
    void valuesAppearOnlyFromTheirPhase() {
        LabSession lab = new LabSession(small(OptimizerKind.SGD, 7));
        PhaseStepper stepper = new PhaseStepper(lab);
        assertThrows(IllegalStateException.class, () -> stepper.view(0), "idle");
        stepper.next();
        PhaseView forward = stepper.view(0);
        assertTrue(Double.isFinite(forward.activation(2, 0)));
        IllegalStateException early = assertThrows(IllegalStateException.class, forward::cost);
        assertTrue(early.getMessage().contains("from phase 2 (Cost)"), early.getMessage());
        assertThrows(IllegalStateException.class, () -> forward.delta(1, 0));
        assertThrows(IllegalStateException.class, () -> forward.newParameter(0));
        stepper.next();
        assertTrue(Double.isFinite(stepper.view(0).cost()));
        assertThrows(IllegalStateException.class, () -> stepper.view(0).gradient(0));
        stepper.next();
        assertTrue(Double.isFinite(stepper.view(0).gradient(0)));
        assertThrows(IllegalStateException.class, () -> stepper.view(0).newCost());
        assertThrows(IndexOutOfBoundsException.class, () -> stepper.view(7));
        assertSame(stepper.view(2), stepper.view(2), "the same view while nothing changes");
    }

    @Test
    void aReplacedTrainerSendsTheStepperIdle() {
        LabSession lab = new LabSession(small(OptimizerKind.SGD, 7));
        PhaseStepper stepper = new PhaseStepper(lab);
        stepper.next();
        stepper.next();
        int revision = stepper.revision();
        lab.reset();
        double[] fresh = parameters(lab);
        assertFalse(stepper.isActive());
        assertNull(stepper.phase());
        assertNotEquals(revision, stepper.revision());
        stepper.finish();
        assertArrayEquals(fresh, parameters(lab), "the new network is not touched");
        stepper.next();
        assertEquals(Phase.FORWARD, stepper.phase());
        assertEquals(1, stepper.iteration());
    }

    @Test
    void captionsKeepTheTwoKeySentences() {
        assertTrue(Phase.BACKPROPAGATION.caption().contains("computes the gradient"));
        assertTrue(Phase.BACKPROPAGATION.caption().contains("No weight has changed yet."));
        assertTrue(Phase.GRADIENT_DESCENT.caption().contains("uses the gradient and the learning rate α to change the weights"));
        assertEquals(Phase.COST, Phase.FORWARD.next());
        assertNull(Phase.GRADIENT_DESCENT.next());
        assertNull(Phase.FORWARD.previous());
        for (Phase phase : Phase.values()) {
            assertEquals(phase.ordinal() + 1, phase.number());
        }
    }
}
