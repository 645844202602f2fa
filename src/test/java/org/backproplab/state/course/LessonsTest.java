package org.backproplab.state.course;

import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.StateCodec;
import org.backproplab.state.course.Lesson;
import org.backproplab.state.course.Lessons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.junit.jupiter.api.Test;

class LessonsTest {
    static Lesson lesson(String id) {
        int index = Lessons.indexOf(id);
        assertTrue(index >= 0, "no lesson " + id);
        return Lessons.get(index);
    }

    @Test
    void idsAreUniqueAndEveryLessonIsComplete() {
        assertTrue(Lessons.count() >= 5 && Lessons.count() <= 7, Lessons.count() + " lessons");
        Set<String> ids = new HashSet<>();
        for (Lesson lesson : Lessons.all()) {
            assertTrue(ids.add(lesson.id()), "duplicate id " + lesson.id());
            assertTrue(lesson.id().matches("[a-z]+(-[a-z]+)*"), "id for links: " + lesson.id());
            int sentences = lesson.text().split("[.?!](\\s|$)").length;
            assertTrue(sentences >= 2 && sentences <= 4, lesson.id() + " has " + sentences + " sentences");
            assertTrue(lesson.task().endsWith("."), lesson.id());
        }
        assertEquals(-1, Lessons.indexOf("nope"));
        assertThrows(IndexOutOfBoundsException.class, () -> Lessons.get(Lessons.count()));
        assertThrows(IllegalArgumentException.class,
                () -> new Lesson("x", "X", "Text.", AppState.defaults(), "sidebar", "Do it."));
    }

    @Test
    void everyStateIsAValidLabThatSurvivesTheUrl() {
        for (Lesson lesson : Lessons.all()) {
            AppState state = lesson.state();
            LabSession lab = new LabSession(state);
            assertTrue(Double.isFinite(lab.trainCost()), lesson.id());
            StateCodec.Decoded decoded = StateCodec.decode(StateCodec.encode(state), AppState.defaults());
            assertEquals(state, decoded.state(), lesson.id());
            assertTrue(decoded.notices().isEmpty(), lesson.id() + ": " + decoded.notices());
        }
    }

    @Test
    void theArgumentRunsInTheArticlesOrder() {
        String[] order = {"wrong-output", "cost", "backpropagation", "gradient-descent", "alpha-too-small",
            "alpha-too-large", "repeat"};
        for (int i = 0; i < order.length; i++) {
            assertEquals(i, Lessons.indexOf(order[i]));
        }
        assertTrue(lesson("backpropagation").text().contains("Backpropagation computes the gradient; no weight has changed yet."));
        assertTrue(lesson("gradient-descent").text().contains("uses the gradient and the learning rate α to change the weights"));
        assertEquals(Lesson.STEPPER, lesson("backpropagation").highlight());
    }

    @Test
    void theEarlyLessonsUseATinySigmoidNetworkWithWrongRandomOutputs() {
        AppState tiny = lesson("wrong-output").state();
        for (String id : new String[] {"cost", "backpropagation", "gradient-descent"}) {
            assertEquals(tiny, lesson(id).state(), id + " continues the same lab");
        }
        assertEquals(3, tiny.layerSizes().length);
        assertEquals(2, tiny.layerSizes()[1]);
        assertEquals(Activation.SIGMOID, tiny.activation());
        assertEquals(Loss.MSE, tiny.loss());
        assertEquals(0, tiny.batchSize(), "full batch: one step of the stepper uses every training point");
        LabSession lab = new LabSession(tiny);
        // random weights: most outputs sit near 0.5, far from the 0/1 targets
        org.backproplab.core.Backprop backprop = new org.backproplab.core.Backprop(lab.network().shape());
        int nearHalf = 0;
        int n = lab.trainData().count();
        for (int row = 0; row < n; row++) {
            backprop.forward(lab.network().parameters(), lab.trainData().inputsView(), 2 * row);
            if (Math.abs(backprop.outputs()[0] - 0.5) < 0.2) {
                nearHalf++;
            }
        }
        assertTrue(2 * nearHalf > n, nearHalf + " of " + n + " outputs near 0.5");
        assertTrue(lab.trainCost() > 0.1, "J " + lab.trainCost());
    }

    @Test
    void theLearningRateLessonsDifferOnlyInAlphaAndShowWhatTheySay() {
        AppState small = lesson("alpha-too-small").state();
        AppState large = lesson("alpha-too-large").state();
        AppState good = lesson("repeat").state();
        assertEquals(0.001, small.learningRate(), 0.0);
        assertEquals(3, large.learningRate(), 0.0);
        assertEquals(large, small.withLearningRate(3));
        assertEquals(good.withStepsPerFrame(1), small.withLearningRate(0.1));
        assertNotEquals(small, large);

        // "it takes a hundred of these steps to get as far as one step with α = 0.1"
        for (int k : new int[] {1, 5, 20}) {
            LabSession slow = new LabSession(small);
            LabSession fine = new LabSession(good);
            slow.train(100 * k);
            fine.train(k);
            double ratio = slow.trainCost() / fine.trainCost();
            assertTrue(ratio > 0.9 && ratio < 1.2, k + " step(s): J " + fine.trainCost() + " vs " + slow.trainCost());
        }
        LabSession tenSteps = new LabSession(small);
        double start = tenSteps.trainCost();
        tenSteps.train(10);
        assertTrue(tenSteps.trainCost() > 0.95 * start, "ten steps of α = 0.001 barely move J");
        LabSession fine = new LabSession(good);
        fine.train(10);
        double afterTen = fine.trainCost();
        fine.train(20);
        assertTrue(start - afterTen > 2 * (afterTen - fine.trainCost()), "J falls fast at first, then more slowly");
        fine.train(270);
        assertTrue(fine.trainCost() < 0.1 * start, "α = 0.1 gets near the minimum: " + start + " -> " + fine.trainCost());

        LabSession wild = new LabSession(large);
        double before = wild.trainCost();
        wild.train(1);
        assertTrue(wild.trainCost() > before, "α = 3: the first step lands higher");
        wild.train(50);
        assertTrue(wild.isDiverged(), "α = 3 diverges");
    }
}
