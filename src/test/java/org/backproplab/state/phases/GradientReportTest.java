package org.backproplab.state.phases;

import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.phases.GradientReport;
import org.backproplab.state.phases.WorkedExample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.junit.jupiter.api.Test;

class GradientReportTest {
    @Test
    void backpropagationOfTheLabIsExactOnItsBatch() {
        LabSession lab = new LabSession(PhaseStepperTest.small(org.backproplab.optim.OptimizerKind.SGD, 7));
        lab.train(3);
        double[] before = lab.network().parameters().clone();
        GradientReport report = WorkedExample.of(lab, null, -1).gradientCheck();
        assertTrue(report.isExact(), "max relative error " + report.maxRelativeError());
        assertTrue(report.maxRelativeError() < 1e-6);
        assertTrue(report.verdict().startsWith("Backpropagation is exact: every gradient agrees with the "
                + "finite-difference estimate to 1e-6 or better"), report.verdict());
        int parameters = lab.network().shape().parameterCount();
        assertEquals(parameters, report.rowCount());
        assertEquals(7, report.checkedExamples());
        assertEquals(7, report.backpropForwardPasses());
        assertEquals(2L * parameters * 7, report.numericForwardPasses());
        assertTrue(report.forwardPassText().contains("Backpropagation: 7 forward passes"), report.forwardPassText());
        assertTrue(report.forwardPassText().contains("2 × " + parameters + " parameters × 7 examples = "
                + (2 * parameters * 7) + " forward passes"), report.forwardPassText());
        assertArrayEquals(before, lab.network().parameters(), "the check changed the lab's weights");
    }

    @Test
    void namesParametersLikeTheWorkedExample() {
        Shape oneHidden = Shape.of(new int[] {2, 2, 1}, Activation.SIGMOID, Activation.SIGMOID);
        assertEquals("x₁ → h₁⁽¹⁾", Notation.UNICODE.connection(oneHidden, oneHidden.weightIndex(0, 0, 0)));
        assertEquals("x₂ → h₁⁽¹⁾", Notation.UNICODE.connection(oneHidden, oneHidden.weightIndex(0, 0, 1)));
        assertEquals("h₂⁽¹⁾ → ŷ", Notation.UNICODE.connection(oneHidden, oneHidden.weightIndex(1, 0, 1)));
        assertEquals("bias of h₂⁽¹⁾", Notation.UNICODE.connection(oneHidden, oneHidden.biasIndex(0, 1)));
        Shape deep = Shape.of(new int[] {2, 4, 3, 1}, Activation.TANH, Activation.SIGMOID);
        assertEquals("h₃⁽¹⁾ → h₂⁽²⁾", Notation.UNICODE.connection(deep, deep.weightIndex(1, 1, 2)));
        assertEquals("x₂ → h₁⁽¹⁾", Notation.UNICODE.connection(deep, deep.weightIndex(0, 0, 1)));
        assertEquals("bias of ŷ", Notation.UNICODE.connection(deep, deep.biasIndex(2, 0)));
        assertThrows(IndexOutOfBoundsException.class, () -> Notation.UNICODE.connection(deep, deep.parameterCount()));
    }

    @Test
    void formatsErrorsShortlyAndNeverAsNaN() {
        assertEquals("3.2e-10", GradientReport.errorText(3.2e-10));
        assertEquals("0", GradientReport.errorText(0));
        assertEquals("\u2014", GradientReport.errorText(Double.NaN));
    }

    @Test
    void cutsLargeBatchesAndSaysSo() {
        AppState state = AppState.defaults().withPointCount(600).withBatchSize(0).withHiddenLayers(new int[] {2});
        LabSession lab = new LabSession(state);
        GradientReport report = WorkedExample.of(lab, null, -1).gradientCheck();
        assertEquals(GradientReport.MAX_EXAMPLES, report.checkedExamples());
        assertEquals(300, report.batchExamples());
        assertTrue(report.forwardPassText().contains("Checked on the first 200 of the batch's 300 examples."),
                report.forwardPassText());
        assertThrows(IllegalArgumentException.class,
                () -> GradientReport.check(lab.network(), new Dataset(2, 1, new double[0], new double[0])));
    }
}
