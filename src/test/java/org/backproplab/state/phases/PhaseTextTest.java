package org.backproplab.state.phases;

import org.backproplab.state.LabSession;
import org.backproplab.state.phases.Phase;
import org.backproplab.state.phases.PhaseStepper;
import org.backproplab.state.phases.PhaseText;
import org.backproplab.state.phases.PhaseView;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.optim.OptimizerKind;
import org.backproplab.core.NumberFormat;
import org.junit.jupiter.api.Test;

/** The phase stepper's sentences: fixed ones written out, the numbers taken from the phase's own view. */
class PhaseTextTest {
    @Test
    void beforeAPhaseTheBarSaysWhatToPress() {
        assertEquals("Step through one training iteration.", PhaseText.idleHeadline(false, 41));
        assertEquals("Ready for iteration 1,042.", PhaseText.idleHeadline(true, 1041));
        assertEquals("Press ▶, → or Step to run its forward pass.", PhaseText.idleCaption(true, false));
        assertEquals("Training has diverged: choose a smaller α (or Reset) to step again.", PhaseText.idleCaption(true, true));
        assertTrue(PhaseText.idleCaption(false, false).startsWith("Press ▶ or a phase to run it one phase at a time"));
    }

    @Test
    void onlyGradientDescentUnderAnotherOptimizerGetsANote() {
        assertEquals("", PhaseText.optimizerNote(Phase.GRADIENT_DESCENT, OptimizerKind.SGD));
        assertEquals("", PhaseText.optimizerNote(Phase.COST, OptimizerKind.ADAM));
        assertEquals(" (This lab uses adam, which also folds in earlier gradients.)",
                PhaseText.optimizerNote(Phase.GRADIENT_DESCENT, OptimizerKind.ADAM));
    }

    @Test
    void theCopyStatusNamesTheExampleAndAlpha() {
        assertEquals("Copied the worked example (the whole batch, α = 0.1) as Markdown.", PhaseText.copied(-1, 0.1));
        assertEquals("Copied the worked example (example 3, α = 0.003) as Markdown.", PhaseText.copied(2, 0.003));
    }

    @Test
    void theForwardPhaseShowsInputAndOutputOfTheExample() {
        LabSession lab = new LabSession(PhaseStepperTest.small(OptimizerKind.SGD, 7));
        PhaseStepper stepper = new PhaseStepper(lab);
        stepper.next();
        PhaseView shown = stepper.view(2);
        int last = shown.shape().layerCount() - 1;
        assertEquals("Example 3 of 7: x = (" + n(shown.input(0)) + ", " + n(shown.input(1)) + ") → ŷ = "
                + n(shown.activation(last, 0)) + ".", PhaseText.values(shown));
        PhaseView mean = stepper.view(PhaseView.BATCH_MEAN);
        assertTrue(PhaseText.values(mean).startsWith("Mean over the batch's 7 examples: x = ("), PhaseText.values(mean));
    }

    /** x₂ alone of a 2-column row: x is the one input neuron's value, the example's x₂ (was read past it). */
    @Test
    void theForwardPhaseShowsTheInputLayerOfAFeatureNetwork() {
        LabSession lab = new LabSession(PhaseStepperTest.small(OptimizerKind.SGD, 7)
                .withFeatures(org.backproplab.core.Features.parse("x2")));
        PhaseStepper stepper = new PhaseStepper(lab);
        stepper.next();
        PhaseView shown = stepper.view(2);
        int last = shown.shape().layerCount() - 1;
        double x2 = lab.trainData().input(shown.dataRow(), 1);
        assertEquals("Example 3 of 7: x = " + n(x2) + " → ŷ = " + n(shown.activation(last, 0)) + ".",
                PhaseText.values(shown));
    }

    @Test
    void gradientDescentSaysWhetherTheBatchCostFell() {
        LabSession lab = new LabSession(PhaseStepperTest.small(OptimizerKind.SGD, 0));
        PhaseStepper stepper = new PhaseStepper(lab);
        for (int p = 0; p < 4; p++) {
            stepper.next();
        }
        PhaseView shown = stepper.view(PhaseView.BATCH_MEAN);
        String text = PhaseText.values(shown);
        assertTrue(text.startsWith("α = 0.3: each weight moved by −α·∂J/∂w. J of this batch: "), text);
        String verdict = shown.newCost() < shown.cost() ? " (lower)." : " (higher: α may be too large).";
        assertTrue(text.endsWith(verdict), text);
    }

    @Test
    void theNetworkShowsEachPhasesNumbersOnNeuronsAndEdges() {
        LabSession lab = new LabSession(PhaseStepperTest.small(OptimizerKind.SGD, 7));
        PhaseStepper stepper = new PhaseStepper(lab);
        stepper.next();
        PhaseView forward = stepper.view(0);
        assertArrayEquals(new String[] {n(forward.input(1))}, PhaseText.neuronLabel(forward, 0, 1));
        assertArrayEquals(new String[] {"z " + n(forward.preActivation(1, 2)), "h " + n(forward.activation(1, 2))},
                PhaseText.neuronLabel(forward, 1, 2));
        assertArrayEquals(new String[] {"z " + n(forward.preActivation(2, 0)), "\u0177 " + n(forward.activation(2, 0))},
                PhaseText.neuronLabel(forward, 2, 0));
        assertEquals("w " + n(forward.parameter(4)), PhaseText.edgeLabel(forward, 4));
        // a 2-3-1 network: neuron 1 of hidden layer 1 is h₁⁽¹⁾ with weighted input z₁⁽¹⁾ (docs/notation.md)
        assertEquals("\nexample 1:\nz₁⁽¹⁾ = " + n(forward.preActivation(1, 0)) + ", h₁⁽¹⁾ = " + n(forward.activation(1, 0)),
                PhaseText.neuronTooltip(forward, 1, 0));
        stepper.next();
        stepper.next();
        PhaseView backward = stepper.view(PhaseView.BATCH_MEAN);
        assertArrayEquals(new String[] {"\u03b4 " + n(backward.delta(1, 0))}, PhaseText.neuronLabel(backward, 1, 0));
        assertEquals("\u2202J/\u2202w " + n(backward.gradient(4)), PhaseText.edgeLabel(backward, 4));
        assertTrue(PhaseText.weightTooltip(backward, 4).contains("\nmean δ·a over the batch = "));
        int largest = 0;
        for (int p = 0; p < 9; p++) {  // the 2-3-1 network's weights: W[0] is 0 … 5, W[1] is 9 … 11 (6 … 8 are biases)
            if (Math.abs(backward.gradient(p)) > Math.abs(backward.gradient(largest))) {
                largest = p;
            }
        }
        for (int p = 9; p < 12; p++) {
            if (Math.abs(backward.gradient(p)) > Math.abs(backward.gradient(largest))) {
                largest = p;
            }
        }
        String largestName = largest < 6 ? "w" + "₁₂₃".charAt(largest / 2) + "," + "₁₂".charAt(largest % 2) + "⁽¹⁾"
                : "w₁," + "₁₂₃".charAt(largest - 9) + "⁽²⁾";
        assertTrue(PhaseText.values(backward).contains("Largest: ∂J/∂" + largestName + " = " + n(backward.gradient(largest))),
                PhaseText.values(backward));
        // parameter 4 is W[0][2][0], from x₁ to h₃⁽¹⁾: w₃,₁⁽¹⁾
        assertTrue(PhaseText.weightTooltip(backward, 4).startsWith("\nx₁ → h₃⁽¹⁾\n∂J/∂w₃,₁⁽¹⁾ = " + n(backward.gradient(4))));
        assertTrue(PhaseText.neuronTooltip(backward, 1, 0).endsWith("\nδ₁⁽¹⁾ = ∂J/∂z₁⁽¹⁾ = " + n(backward.delta(1, 0))));
        stepper.next();
        PhaseView descent = stepper.view(PhaseView.BATCH_MEAN);
        assertEquals(0, PhaseText.neuronLabel(descent, 0, 0).length);
        assertEquals(n(descent.parameter(4)) + " \u2192 " + n(descent.newParameter(4)), PhaseText.edgeLabel(descent, 4));
        assertTrue(PhaseText.weightTooltip(descent, 4).endsWith("\nw₃,₁⁽¹⁾: " + n(descent.parameter(4)) + " \u2192 "
                + n(descent.newParameter(4))));
    }

    private static String n(double value) {
        return NumberFormat.display(value, 3);
    }

    @Test
    void thePickerListsAtMostAHundredExamplesAndSaysSo() {
        assertEquals(0, PhaseText.listedExamples(0));
        assertEquals(7, PhaseText.listedExamples(7));
        assertEquals(100, PhaseText.listedExamples(100));
        assertEquals(100, PhaseText.listedExamples(1800));
        assertEquals("The example of the batch whose numbers the network shows", PhaseText.examplePickerTitle(100));
        assertEquals("The example of the batch whose numbers the network shows (the first 100 of the batch's 1,800"
                + " are listed)", PhaseText.examplePickerTitle(1800));
        assertEquals("Computing the forward pass and backpropagation over 1,800 examples…",
                PhaseText.computingCaption(1800));
    }
}
