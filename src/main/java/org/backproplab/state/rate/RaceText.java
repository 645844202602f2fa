package org.backproplab.state.rate;

import org.backproplab.core.NumberFormat;
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
}
