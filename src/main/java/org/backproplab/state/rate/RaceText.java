package org.backproplab.state.rate;

import org.backproplab.core.NumberFormat;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.train.Race;
import org.backproplab.train.RaceSharpness;
import org.backproplab.train.StableRate;
import org.backproplab.train.Verdict;

/**
 * The race's sentences about the stable limit along a run: what a lane's verdict has to do with where its α sits
 * against the limit at the start and at the end, in the cases the straight-line picture does not predict; and α as
 * a lane shows it (three significant digits: 0.2807216203941174 → 0.281).
 */
public final class RaceText {
    private RaceText() {
    }

    /** α as the race shows it in fields, legends and sentences: three significant digits. */
    public static String rate(double rate) {
        return NumberFormat.format(rate, 3);
    }

    /**
     * The lane's note on the limit, or "" when its verdict is what the limit at the start predicts (or no limit is
     * known): a converging run whose α was above the limit at the start, or an unstable run whose α was below it.
     * The sharpness and limits are those measured at the run's first and last samples.
     */
    public static String limitNote(double rate, Verdict verdict, double startSharpness, double endSharpness,
            double startLimit, double endLimit, boolean miniBatch) {
        if (!(startLimit > 0 && startLimit < Double.POSITIVE_INFINITY) || verdict == null) {
            return "";
        }
        boolean unstable = verdict == Verdict.OSCILLATING || verdict == Verdict.RISING || verdict == Verdict.DIVERGED;
        boolean measuredEnd = endLimit > 0 && endSharpness == endSharpness;
        if (verdict == Verdict.CONVERGING && rate >= startLimit) {
            String head = "α = " + rate(rate) + " is above the stable limit at the start (≈ " + rate(startLimit)
                    + "), yet J settles";
            if (measuredEnd && endLimit > rate) {
                return head + ": the sharpness λ_max fell from " + NumberFormat.format(startSharpness, 3) + " to "
                        + NumberFormat.format(endSharpness, 3) + " as it trained, so the limit rose to ≈ "
                        + rate(endLimit) + ", above α.";
            }
            return head + (measuredEnd ? " (the limit at the end is ≈ " + rate(endLimit) + ")." : ".");
        }
        if (unstable && rate < startLimit) {
            String head = "α = " + rate(rate) + " is below the stable limit at the start (≈ " + rate(startLimit)
                    + "), yet J " + (verdict == Verdict.OSCILLATING ? "bounces" : "climbs");
            if (measuredEnd && endLimit < rate) {
                return head + ": the sharpness λ_max grew from " + NumberFormat.format(startSharpness, 3) + " to "
                        + NumberFormat.format(endSharpness, 3) + " as it trained, so the limit fell to ≈ "
                        + rate(endLimit) + ", below α.";
            }
            return head + (miniBatch ? ": each mini-batch's gradient is noisy, so steps the limit allows still"
                    + " jump about." : ".");
        }
        return "";
    }

    /**
     * {@link #limitNote(double, Verdict, double, double, double, double, boolean)} for run {@code run} of
     * {@code race} from its first and last samples, once the run has ended and every sample due is measured; ""
     * before.
     */
    public static String limitNote(Race race, RaceSharpness sharpness, int run, boolean miniBatch) {
        if (race.isRunning(run) || sharpness.count(run) < 2 || !sharpness.isIdle()) {
            return "";
        }
        int last = sharpness.count(run) - 1;
        return limitNote(race.learningRate(run), race.verdict(run), sharpness.sharpness(run, 0),
                sharpness.sharpness(run, last), sharpness.limit(run, 0), sharpness.limit(run, last), miniBatch);
    }

    /** What the chart of the limit along the runs shows, or why {@code optimizer} has none. */
    public static String sharpnessCaption(OptimizerKind optimizer) {
        return StableRate.hasLimit(optimizer) ? "The second chart: the stable limit measured every " + RaceSharpness.INTERVAL
                + " steps along each run (dots), and each run's α (a thin line in the same colour). While a run's α"
                + " lies above its limit, it overshoots along the steepest direction."
                : StableRate.explanation(optimizer);
    }

    /** The race chart for a screen reader (see {@link RateLab#raceDescription}); run r is drawn as laneLines[laneOfRun[r]]. */
    public static String description(Race race, int[] laneOfRun, String[] laneLines) {
        int runs = race.runCount();
        double[] rates = new double[runs];
        String[] lines = new String[runs];
        Verdict[] verdicts = new Verdict[runs];
        double[] costs = new double[runs];
        for (int r = 0; r < runs; r++) {
            rates[r] = race.learningRate(r);
            lines[r] = laneLines[laneOfRun[r]];
            verdicts[r] = race.verdict(r);
            costs[r] = race.lastCost(r);
        }
        return RateLab.raceDescription(rates, lines, verdicts, costs);
    }
}
