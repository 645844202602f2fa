package org.backproplab.state.rate;

import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.rate.RaceFill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backproplab.data.DatasetKind;
import org.backproplab.train.Race;
import org.backproplab.train.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The race's fill-in on every data set with the lab's defaults for it and on six hidden layers of 16: each filled
 * lane's label names the verdict the race then gives (run here as the page runs it, all lanes in one race), the
 * rates are distinct, ordered and inside the α range, and labels no rate earned are said, not faked.
 */
class RaceFillTest {
    static final int STEPS = 400;

    static List<AppState> labs() {
        List<AppState> labs = new ArrayList<>();
        for (DatasetKind kind : DatasetKind.values()) {
            labs.add(AppState.defaults().withDataset(kind));
        }
        labs.add(AppState.defaults().withDataset(DatasetKind.SPIRAL).withHiddenLayers(new int[] {16, 16, 16, 16, 16, 16}));
        return labs;
    }

    static RaceFill measure(LabSession lab) {
        RaceFill fill = new RaceFill(lab.initialNetwork(), lab.trainData(), lab.trainer().config(), STEPS,
                lab.state().seed());
        while (fill.advance(1000)) {
            // measuring
        }
        return fill;
    }

    @Test
    void theRaceGivesEveryLaneTheVerdictItsLabelNames() {
        for (AppState state : labs()) {
            LabSession lab = new LabSession(state);
            RaceFill fill = measure(lab);
            String where = state.dataset().id() + " " + state.hiddenLayers().length + " layers";
            double[] lanes = fill.lanes();
            Verdict[] expected = fill.expected();
            List<Double> used = new ArrayList<>();
            List<Integer> laneOf = new ArrayList<>();
            double previous = 0;
            for (int lane = 0; lane < 4; lane++) {
                if (lanes[lane] == lanes[lane]) {
                    assertTrue(lanes[lane] >= AppState.MIN_LEARNING_RATE && lanes[lane] <= AppState.MAX_LEARNING_RATE);
                    assertTrue(lanes[lane] > previous, where + ": lanes ordered and distinct");
                    previous = lanes[lane];
                    used.add(lanes[lane]);
                    laneOf.add(lane);
                    Set<Verdict> named = switch (lane) {
                        case 0 -> Set.of(Verdict.SLOW);
                        case 1 -> Set.of(Verdict.CONVERGING);
                        case 2 -> Set.of(Verdict.OSCILLATING, Verdict.RISING);
                        default -> Set.of(Verdict.DIVERGED);
                    };
                    assertTrue(named.contains(expected[lane]), where + " lane " + lane + ": " + expected[lane]);
                } else {
                    assertTrue(fill.hint(lane).contains("no α"), fill.hint(lane));
                    assertTrue(fill.summary().contains("No α in this range is"), fill.summary());
                }
            }
            assertTrue(used.size() >= 2, where + ": at least two lanes to compare");
            double[] rates = used.stream().mapToDouble(Double::doubleValue).toArray();
            Race race = new Race(lab.initialNetwork(), lab.trainData(), lab.trainer().config(), rates, STEPS);
            while (race.step(1)) {
                // racing
            }
            StringBuilder report = new StringBuilder(where + ": limit " + fill.limit());
            for (int r = 0; r < rates.length; r++) {
                int lane = laneOf.get(r);
                report.append(" | ").append(fill.hint(lane)).append(" α=").append(rates[r]).append(" → ")
                        .append(race.verdict(r).id());
                assertEquals(expected[lane], race.verdict(r), where + " lane " + lane + " α " + rates[r]);
            }
            System.out.println(report + " || " + fill.summary());
        }
    }

    @Test
    void theFindersBestIsRacedBesideTheLadderAndJudgedAsTheRaceJudgesIt() {
        LabSession lab = new LabSession(AppState.defaults());
        org.backproplab.train.LearningRateFinder finder = new org.backproplab.train.LearningRateFinder(
                lab.initialNetwork(), lab.trainData(), lab.trainer().config());
        finder.advance(Integer.MAX_VALUE);
        double best = finder.bestRate();
        RaceFill fill = new RaceFill(lab.initialNetwork(), lab.trainData(), lab.trainer().config(), STEPS,
                lab.state().seed(), new double[] {best});
        while (fill.advance(1000)) {
            // measuring
        }
        double raced = RateLab.rounded(best);
        Race race = new Race(lab.initialNetwork(), lab.trainData(), lab.trainer().config(), new double[] {raced}, STEPS);
        while (race.step(1)) {
            // the race's own run
        }
        String sentence = fill.checked(best);
        System.out.println("finder's best " + best + ": " + sentence);
        assertTrue(sentence.startsWith("Raced for 400 steps, α = " + org.backproplab.core.NumberFormat.format(raced, 3)
                + " is judged " + RateLab.verdictName(race.verdict(0))), sentence);
        double[] lanes = fill.lanes();
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                assertTrue(lanes[a] != lanes[b], "distinct lanes: " + java.util.Arrays.toString(lanes));
            }
        }
    }
}
