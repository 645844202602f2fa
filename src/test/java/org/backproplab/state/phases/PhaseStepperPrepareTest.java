package org.backproplab.state.phases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.DatasetKind;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.train.TrainingSlice;
import org.junit.jupiter.api.Test;

/**
 * A new iteration whose batch is too large for one frame is computed ahead in slices ({@link PhaseStepper#prepare}):
 * the iteration it then shows is the one computed at once, bit for bit, no weight or phase moves meanwhile, each
 * call with a spent budget does one slice, and a lab that moves on meanwhile is prepared afresh.
 */
class PhaseStepperPrepareTest {
    /** Six hidden layers of 16 on 400 spiral points, full batch: a batch of 200 is several slices. */
    private static AppState heavy() {
        return AppState.defaults().withDataset(DatasetKind.SPIRAL)
                .withHiddenLayers(new int[] {16, 16, 16, 16, 16, 16}).withBatchSize(0);
    }

    private static final LabSession.StepBudget SPENT = () -> true;

    /** Calls prepare with a spent budget until it is done; returns the calls. */
    private static int prepareInSlices(PhaseStepper stepper) {
        int calls = 1;
        while (!stepper.prepare(SPENT)) {
            calls++;
            assertTrue(calls < 10_000, "preparation never ended");
        }
        return calls;
    }

    /** Moves both steppers to backpropagation (where every value shows) and compares what they show. */
    private static void assertSameIteration(PhaseStepper expected, PhaseStepper actual) {
        while (expected.phase() != Phase.BACKPROPAGATION) {
            expected.next();
            actual.next();
        }
        assertEquals(expected.batchCount(), actual.batchCount());
        int parameters = expected.view(PhaseView.BATCH_MEAN).shape().parameterCount();
        int[] sizes = expected.view(PhaseView.BATCH_MEAN).shape().sizes();
        for (int example : new int[] {PhaseView.BATCH_MEAN, 0, 17}) {
            PhaseView a = expected.view(example);
            PhaseView b = actual.view(example);
            assertEquals(a.cost(), b.cost(), "J of the batch");
            assertEquals(a.exampleCost(), b.exampleCost(), "cost of example " + example);
            for (int p = 0; p < parameters; p++) {
                assertEquals(a.parameter(p), b.parameter(p));
                assertEquals(a.gradient(p), b.gradient(p));
                assertEquals(a.exampleGradient(p), b.exampleGradient(p), "gradient of example " + example);
            }
            for (int layer = 0; layer < sizes.length; layer++) {
                for (int j = 0; j < sizes[layer]; j++) {
                    assertEquals(a.preActivation(layer, j), b.preActivation(layer, j));
                    assertEquals(a.activation(layer, j), b.activation(layer, j));
                    assertEquals(a.delta(layer, j), b.delta(layer, j), "δ of layer " + layer + ", example " + example);
                }
            }
        }
    }

    @Test
    void anIterationPreparedInSlicesIsTheOneComputedAtOnceBitForBit() {
        LabSession sliced = new LabSession(heavy());
        LabSession whole = new LabSession(heavy());
        PhaseStepper slicedStepper = new PhaseStepper(sliced);
        PhaseStepper wholeStepper = new PhaseStepper(whole);
        double[] before = sliced.network().parameters().clone();
        int batch = sliced.trainData().count();
        int slice = TrainingSlice.examples(sliced.network().shape());
        int meanSlice = PhaseStepper.meanExamples(sliced.network().shape());
        assertTrue(batch > 2 * slice, batch + " examples in slices of " + slice);

        int calls = prepareInSlices(slicedStepper);
        // the call that completes the gradient also does the mean's first slice
        int expectedCalls = (batch + slice - 1) / slice + (batch + meanSlice - 1) / meanSlice - 1;
        assertEquals(expectedCalls, calls, "one slice per call with a spent budget");
        assertFalse(slicedStepper.isActive(), "preparing shows no phase");
        assertNull(slicedStepper.phase());
        assertArrayEquals(before, sliced.network().parameters(), "preparing moved a weight");
        assertEquals(0, sliced.iteration());

        slicedStepper.next();
        wholeStepper.next();
        assertEquals(Phase.FORWARD, slicedStepper.phase());
        assertSameIteration(wholeStepper, slicedStepper);
        slicedStepper.next();
        wholeStepper.next();
        assertEquals(Phase.GRADIENT_DESCENT, slicedStepper.phase());
        assertArrayEquals(whole.network().parameters(), sliced.network().parameters());
        assertEquals(whole.iteration(), sliced.iteration());
    }

    @Test
    void aPreparationIsDoneAfreshWhenTheLabMovedOn() {
        LabSession sliced = new LabSession(heavy());
        LabSession whole = new LabSession(heavy());
        PhaseStepper slicedStepper = new PhaseStepper(sliced);
        PhaseStepper wholeStepper = new PhaseStepper(whole);
        assertFalse(slicedStepper.prepare(SPENT));
        assertTrue(slicedStepper.isPreparing());
        // the gradient done so far belongs to these weights; a played step moves them
        sliced.train(1);
        whole.train(1);
        assertFalse(slicedStepper.isPreparing(), "a step makes the preparation stale");
        prepareInSlices(slicedStepper);
        slicedStepper.next();
        wholeStepper.next();
        assertEquals(2, slicedStepper.iteration());
        assertSameIteration(wholeStepper, slicedStepper);
    }

    @Test
    void anEditedWeightMakesThePreparationStale() {
        LabSession sliced = new LabSession(heavy());
        LabSession whole = new LabSession(heavy());
        PhaseStepper slicedStepper = new PhaseStepper(sliced);
        PhaseStepper wholeStepper = new PhaseStepper(whole);
        prepareInSlices(slicedStepper);
        for (LabSession lab : new LabSession[] {sliced, whole}) {
            lab.network().parameters()[5] += 0.25;
            lab.parametersEdited();
        }
        slicedStepper.next();
        wholeStepper.next();
        assertSameIteration(wholeStepper, slicedStepper);
        assertEquals(whole.network().parameters()[5], slicedStepper.view(PhaseView.BATCH_MEAN).parameter(5));
    }

    @Test
    void withinAnIterationThereIsNothingToPrepare() {
        LabSession lab = new LabSession(heavy());
        PhaseStepper stepper = new PhaseStepper(lab);
        stepper.next();
        int revision = stepper.revision();
        assertTrue(stepper.prepare(SPENT));
        assertEquals(Phase.FORWARD, stepper.phase());
        assertEquals(revision, stepper.revision());
    }
}
