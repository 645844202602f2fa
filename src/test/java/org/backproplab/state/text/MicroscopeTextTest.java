package org.backproplab.state.text;

import org.backproplab.state.AppState;
import org.backproplab.state.text.MicroscopeText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.data.Dataset;
import org.backproplab.landscape.LearningRateDemo;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/** The microscope's sentences, against texts written out by hand. */
class MicroscopeTextTest {
    @Test
    void theBatchLeadSaysWhatIsAveraged() {
        assertEquals("The mean over the 1,200 training examples of \u03b4\u00b7a, \u03b4 = \u2202cost/\u2202z of the "
                + "neuron the weight feeds, a = what flows in through it:", MicroscopeText.batchLead(false, 1200));
        assertEquals("With one training example, \u2202J/\u2202w is \u03b4\u00b7a for that example:",
                MicroscopeText.batchLead(false, 1));
        assertEquals("A bias is a weight on a constant input a = 1, so \u2202J/\u2202b is the mean of \u03b4 over the 40 "
                + "training examples, \u03b4 = \u2202cost/\u2202z of its neuron:", MicroscopeText.batchLead(true, 40));
    }

    @Test
    void anExampleShowsItsInputsAndItsTargetOrClass() {
        Dataset points = new Dataset(2, 1, new double[] {0.5, -1, 2, 3}, new double[] {1, 0});
        assertEquals("example 1 of 2: x\u2081 = 0.5, x\u2082 = \u22121, y = 1", MicroscopeText.example(0, 2, points, 0));
        Dataset curve = new Dataset(1, 1, new double[] {0.25}, new double[] {-2});
        assertEquals("example 1 of 1: x = 0.25, y = \u22122", MicroscopeText.example(0, 1, curve, 0));
        Dataset classes = new Dataset(2, 3, new double[] {1, 2}, new double[] {0, 0, 1});
        assertEquals("example 7 of 9: x\u2081 = 1, x\u2082 = 2, class 2", MicroscopeText.example(6, 9, classes, 0));
    }

    @Test
    void theUpdateNoteIsEmptyOnlyForTheExactNextStep() {
        AppState sgd = AppState.defaults();
        assertEquals("This is the step the next training step takes for this weight (all other weights move too).",
                MicroscopeText.updateNote(sgd, true, 200, 0.1));
        assertEquals("Training uses mini-batches of 10: each step's \u2202J/\u2202w comes from one batch and wobbles "
                + "around this mean over all 2,000 examples.", MicroscopeText.updateNote(sgd, false, 2000, 0.1));
        AppState adam = sgd.withOptimizer(OptimizerKind.ADAM).withSchedule(LearningRateScheduleKind.STEP);
        assertEquals("Training uses adam, which turns \u2202J/\u2202w into a step its own way; this line is plain "
                + "gradient descent. \u03b1 = 0.05 is the schedule's rate at this iteration.",
                MicroscopeText.updateNote(adam, true, 200, 0.05));
    }

    @Test
    void theMapCaptionSaysWhenItUsesFewerExamples() {
        String rest = ". Light is low J; the lines are levels of J spaced by equal factors. The orange line is the "
                + "path the two weights took while training.";
        assertEquals("J over a (across) and b (up), every other parameter fixed" + rest,
                MicroscopeText.mapCaption("a", "b", 150, 150));
        assertEquals("J over a (across) and b (up), every other parameter fixed, on 200 of the 5,000 training examples"
                + rest, MicroscopeText.mapCaption("a", "b", 200, 5000));
    }

    @Test
    void theSummaryGivesFourDigits() {
        assertEquals("w: w = 0.1235, \u2202J/\u2202w = \u22122, next w = 0.3235, J = 1.5, J after the step = 1.25.",
                MicroscopeText.summary("w", 0.123456, -2, 0.323456, 1.5, 1.25));
    }

    @Test
    void theDemoCaptionStartsWithACapital() {
        assertEquals("Good \u03b1, \u03b1 = 0.5, 10 steps on this weight alone. "
                + LearningRateDemo.Verdict.CONVERGES.explanation(),
                MicroscopeText.demoCaption("good \u03b1", 0.5, 10, LearningRateDemo.Verdict.CONVERGES));
    }

    @Test
    void pickerGroupsNameTheLayerTheWeightsFeed() {
        assertEquals("Into layer 1", MicroscopeText.pickerGroup(0, 4));
        assertEquals("Into layer 2", MicroscopeText.pickerGroup(1, 4));
        assertEquals("Into \u0177 (layer 3)", MicroscopeText.pickerGroup(2, 4));
    }

    @org.junit.jupiter.api.Test
    void curvatureSentenceGivesTheSlicesOwnLimitOrSaysItCurvesDownward() {
        // J″ = 0.8: 2/J″ = 2.5 by hand; J″ = 0.1: 2/J″ = 20, above the lab's largest α
        org.junit.jupiter.api.Assertions.assertEquals("Here J\u2033(w) = 0.8: along this weight alone, gradient descent"
                + " settles only while \u03b1 < 2/J\u2033 = 2.5.", MicroscopeText.curvature(0.8, 10));
        org.junit.jupiter.api.Assertions.assertTrue(MicroscopeText.curvature(0.1, 10).endsWith(
                "= 20, above the lab\u2019s largest \u03b1 (10)."));
        org.junit.jupiter.api.Assertions.assertTrue(MicroscopeText.curvature(0, 10).contains("curves downward"));
        org.junit.jupiter.api.Assertions.assertTrue(MicroscopeText.curvature(-2, 10).contains(
                "no step size is \u201ctoo large\u201d"));
    }
}
