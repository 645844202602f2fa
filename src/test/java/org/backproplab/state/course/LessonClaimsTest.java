package org.backproplab.state.course;

import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.StateCodec;
import org.backproplab.state.course.Lesson;
import org.backproplab.state.course.Lessons;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.landscape.CostSlice;
import org.backproplab.train.RateZone;
import org.junit.jupiter.api.Test;

/**
 * Each lesson's "Try it", performed on one lab that walks through the lessons in order as a learner would
 * (so a lesson that started from the previous lesson's weights would show here), with {@link Lessons#start}.
 */
class LessonClaimsTest {
    private static final String[] IDS = {"wrong-output", "cost", "backpropagation", "gradient-descent",
        "alpha-too-small", "alpha-too-large", "repeat"};

    private static LabSession fresh(String id) {
        return new LabSession(Lessons.opening(Lessons.get(Lessons.indexOf(id))));
    }

    private static double sliceSlope(LabSession lab, int weight) {
        double[] p = lab.network().parameters();
        double h = 1e-5;
        double saved = p[weight];
        p[weight] = saved + h;
        double up = lab.trainer().trainingCost();
        p[weight] = saved - h;
        double down = lab.trainer().trainingCost();
        p[weight] = saved;
        return (up - down) / (2 * h);
    }

    @Test
    void everyLessonStartsFromItsOwnLabAndTheSeedsWeightsWhateverCameBefore() {
        LabSession walk = new LabSession(AppState.defaults());
        for (int i = 0; i < Lessons.count(); i++) {
            Lessons.start(walk, i);
            LabSession fresh = fresh(Lessons.get(i).id());
            assertEquals(Lessons.opening(Lessons.get(i)), walk.state(), Lessons.get(i).id());
            assertArrayEquals(fresh.network().parameters(), walk.network().parameters(), 0.0, Lessons.get(i).id());
            assertEquals(0, walk.iteration(), Lessons.get(i).id());
            walk.train(200); // the learner plays with it: α = 3 diverges here
        }
        // back from the diverged α = 3 lesson to the one before, and on to the last
        Lessons.start(walk, Lessons.indexOf("alpha-too-large"));
        walk.train(60);
        assertTrue(walk.isDiverged(), "α = 3 diverges");
        Lessons.start(walk, Lessons.indexOf("repeat"));
        assertTrue(!walk.isDiverged() && walk.trainCost() < 10, "the last lesson starts fresh: J " + walk.trainCost());
        assertArrayEquals(fresh("repeat").network().parameters(), walk.network().parameters(), 0.0);
    }

    @Test
    void aLinkNamingOnlyTheLessonOpensItsWholeLab() {
        for (String id : IDS) {
            Lesson lesson = Lessons.get(Lessons.indexOf(id));
            StateCodec.Decoded decoded = StateCodec.decode("#lesson=" + id, AppState.defaults());
            assertEquals(Lessons.opening(lesson), decoded.state(), id);
            assertTrue(decoded.notices().isEmpty(), id);
        }
        assertEquals(0.001, StateCodec.decode("#lesson=alpha-too-small", AppState.defaults()).state().learningRate());
        // the link's other settings still apply on top, so a full link restores what the learner changed
        AppState changed = Lessons.opening(Lessons.get(Lessons.indexOf("alpha-too-small"))).withLearningRate(0.1);
        assertEquals(changed, StateCodec.decode(StateCodec.encode(changed), AppState.defaults()).state());
        assertEquals(0.1, StateCodec.decode("#lesson=alpha-too-small&lr=0.1", AppState.defaults()).state()
                .learningRate());
    }

    @Test
    void gradientDescentLessonOneStepLowersTheCost() {
        LabSession lab = fresh("gradient-descent");
        double before = lab.trainCost();
        lab.train(1);
        assertTrue(lab.trainCost() < before, before + " -> " + lab.trainCost());
    }

    /** The α of each learning-rate lesson sits in the zone its words claim, against the measured limit. */
    @Test
    void theLearningRateLessonsRatesSitInTheZonesTheirWordsClaim() {
        LabSession small = fresh("alpha-too-small");
        double limit = small.stableRate();
        assertTrue(limit > 0.1 && limit < 1.5, "limit " + limit);
        assertEquals(RateZone.FAR_BELOW, RateZone.of(0.001, limit), "0.001 is slow against " + limit);
        assertEquals(RateZone.FAR_ABOVE, RateZone.of(3, limit), "3 is far above " + limit);
        RateZone good = RateZone.of(0.1, limit);
        assertTrue(good == RateZone.BELOW, "0.1 against " + limit + ": " + good);
    }

    /** "Press Step a few times and watch the point on the slice jump across the valley, higher each time." */
    @Test
    void tooLargeLessonJumpsAcrossTheSlicesValleyHigherEachTime() {
        LabSession lab = fresh("alpha-too-large");
        int weight = lab.state().selectedWeight();
        assertTrue(weight >= 0, "the slice lesson selects a weight");
        double cost = lab.trainCost();
        double slope = sliceSlope(lab, weight);
        for (int step = 1; step <= 4; step++) {
            lab.train(1);
            double nextSlope = sliceSlope(lab, weight);
            assertTrue(lab.trainCost() > cost, "step " + step + ": J " + cost + " -> " + lab.trainCost());
            assertTrue(Math.signum(nextSlope) == -Math.signum(slope), "step " + step + ": slope " + slope + " -> "
                    + nextSlope + " (same side of the valley)");
            cost = lab.trainCost();
            slope = nextSlope;
        }
    }
}
