package org.backproplab.state.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.HessianReference;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.train.Race;
import org.backproplab.train.RaceSharpness;
import org.backproplab.train.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The race's note on the limit, performed: on the gauss set α = 10 starts above the stable limit, J settles, and
 * the note says the sharpness fell, which a finite-difference Hessian at the start and at the run's end confirms.
 */
class RaceTextTest {
    private static double sharpness(Network network, Dataset data) {
        return HessianReference.max(HessianReference.eigenvalues(
                HessianReference.hessian(network, data.inputsView(), data.targetsView(), data.count())));
    }

    @Test
    void aRunAboveTheLimitThatSettlesSaysTheSharpnessFell() {
        LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.GAUSS));
        Dataset data = lab.trainData();
        Race race = new Race(lab.initialNetwork(), data, lab.trainer().config(), new double[] {10}, 400);
        RaceSharpness tracker = new RaceSharpness(race, OptimizerKind.SGD, 0, 1);
        while (race.step(1) | tracker.advance(1000)) {
            // racing, sampling every 20 steps
        }
        int last = tracker.count(0) - 1;
        String note = RaceText.limitNote(10, race.verdict(0), tracker.sharpness(0, 0), tracker.sharpness(0, last),
                tracker.limit(0, 0), tracker.limit(0, last), true);
        System.out.println(note);
        assertEquals(Verdict.CONVERGING, race.verdict(0));
        assertTrue(note.startsWith("α = 10 is above the stable limit at the start (≈ "), note);
        assertTrue(note.contains("yet J settles: the sharpness λ_max fell from "), note);

        double atStart = sharpness(lab.initialNetwork(), data);
        double atEnd = sharpness(race.network(0), data);
        assertTrue(2 / atStart < 10, "above the limit at the start: 2/λ = " + 2 / atStart);
        assertTrue(atEnd < atStart && 2 / atEnd > 10, "the sharpness fell from " + atStart + " to " + atEnd);
        assertEquals(atStart, tracker.sharpness(0, 0), 1e-6 * atStart);
    }

    @Test
    void theOtherCasesByHand() {
        // below the limit at the start (2), bouncing, and the limit at the end (0.5) below α = 1: sharpened
        assertEquals("α = 1 is below the stable limit at the start (≈ 2), yet J bounces: the sharpness λ_max grew"
                + " from 1 to 4 as it trained, so the limit fell to ≈ 0.5, below α.",
                RaceText.limitNote(1, Verdict.OSCILLATING, 1, 4, 2, 0.5, false));
        assertEquals("α = 1 is below the stable limit at the start (≈ 2), yet J bounces: each mini-batch's gradient"
                + " is noisy, so steps the limit allows still jump about.",
                RaceText.limitNote(1, Verdict.OSCILLATING, 1, 1, 2, 2, true));
        assertEquals("α = 3 is above the stable limit at the start (≈ 2), yet J settles (the limit at the end is ≈ 2.5).",
                RaceText.limitNote(3, Verdict.CONVERGING, 1, 0.8, 2, 2.5, false));
        assertEquals("", RaceText.limitNote(1, Verdict.CONVERGING, 1, 1, 2, 2, false), "what the picture predicts");
        assertEquals("", RaceText.limitNote(3, Verdict.DIVERGED, 1, 1, 2, 2, false), "what the picture predicts");
        assertEquals("", RaceText.limitNote(3, Verdict.CONVERGING, 1, 1, Double.NaN, Double.NaN, false), "no limit");
    }

    @Test
    void ratesReadInThreeDigits() {
        assertEquals("0.281", RaceText.rate(0.2807216203941174));
        assertEquals("10", RaceText.rate(10));
        assertEquals("1e-5", RaceText.rate(0.00001));
        assertEquals(0.00001, RateLab.parseLane(RaceText.rate(0.00001)), 0, "what a lane shows reads back");
        assertEquals(0.281, RateLab.parseLane(RaceText.rate(0.2807216203941174)), 0);
    }
}
