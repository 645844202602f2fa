package org.backproplab.state.phases;

import org.backproplab.state.LabSession;
import org.backproplab.state.phases.PhaseStepper;
import org.backproplab.state.phases.PhaseView;
import org.backproplab.state.phases.WorkedExample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class WorkedExampleTest {
    @Test
    void whileSteppingItWorksTheIterationsBatchAtTheWeightsBeforeTheUpdate() {
        LabSession lab = new LabSession(PhaseStepperTest.small(OptimizerKind.SGD, 7));
        PhaseStepper stepper = new PhaseStepper(lab);
        double[] before = lab.network().parameters().clone();
        for (int p = 0; p < 4; p++) {
            stepper.next();
        }
        WorkedExample worked = WorkedExample.of(lab, stepper, 2);
        assertArrayEquals(before, worked.network().parameters(), "not the weights of the forward pass");
        assertEquals(7, worked.batch().count());
        assertEquals(2, worked.example());
        for (int k = 0; k < 7; k++) {
            assertEquals(lab.trainData().input(stepper.batchExample(k), 0), worked.batch().input(k, 0));
        }
        String markdown = worked.markdown("circle");
        assertTrue(markdown.contains("J ="), markdown);
        assertTrue(markdown.contains("0.3"), "α missing: " + markdown);
        assertTrue(markdown.contains("2-3-1 tanh network of the circle lab"), markdown);
    }

    @Test
    void whenIdleItWorksTheLastBatchOrTheFirstExamples() {
        LabSession lab = new LabSession(PhaseStepperTest.small(OptimizerKind.SGD, 7));
        WorkedExample fresh = WorkedExample.of(lab, null, 99);
        assertEquals(7, fresh.batch().count());
        assertEquals(PhaseView.BATCH_MEAN, fresh.example());
        assertEquals(lab.trainData().input(0, 0), fresh.batch().input(0, 0));
        lab.train(2);
        WorkedExample last = WorkedExample.of(lab, new PhaseStepper(lab), 0);
        assertEquals(lab.trainData().input(lab.trainer().lastBatchExample(0), 1), last.batch().input(0, 1));
        assertArrayEquals(lab.network().parameters(), last.network().parameters());
        assertTrue(last.batchName().contains("iteration 2"), last.batchName());
    }
}
